/**
 * When a quarter's report is due, from the governance calendar: `daysBefore` days before the
 * first board meeting after the quarter ends (docs/decisions/board.md). Pure.
 */
import type { IQuarter } from '../model';
import { compareQuarters, previousQuarter } from '../quarter';
import { addDays, daysBetween, isIsoDate, quarterEndDate, quarterOfDate } from './dates';
import { DUE_SOON_DAYS, type IBoardMeeting, type IReportDue } from './model';

/** Meetings sorted by date, invalid dates left out. */
export function sortMeetings(meetings: readonly IBoardMeeting[]): IBoardMeeting[] {
  return meetings.filter((m) => isIsoDate(m.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The first meeting strictly after the last day of the quarter, or undefined when the calendar has none. */
export function firstMeetingAfter(period: IQuarter, meetings: readonly IBoardMeeting[]): IBoardMeeting | undefined {
  const end = quarterEndDate(period);
  return sortMeetings(meetings).find((m) => m.date > end);
}

/**
 * The due state of a quarter's report on `today` (ISO date, site time zone).
 * - `submitted`: the object's latest submitted or approved report is for this quarter or later;
 * - `noMeeting`: the calendar has no meeting after the quarter;
 * - `overdue`: today is after the due date;
 * - `dueSoon`: the due date is at most DUE_SOON_DAYS days away (the due date itself included);
 * - `notDue`: otherwise.
 * A negative or non-integer `daysBefore` counts as 0.
 */
export function reportDue(
  period: IQuarter,
  meetings: readonly IBoardMeeting[],
  daysBefore: number,
  today: string,
  latestSubmittedOrApproved?: IQuarter
): IReportDue {
  const meeting = firstMeetingAfter(period, meetings);
  const offset = Number.isFinite(daysBefore) && daysBefore > 0 ? Math.floor(daysBefore) : 0;
  const dueDate = meeting ? addDays(meeting.date, -offset) : undefined;
  const base = { period, ...(dueDate ? { dueDate } : {}), ...(meeting ? { meeting } : {}) };
  if (latestSubmittedOrApproved && compareQuarters(latestSubmittedOrApproved, period) >= 0) {
    return { ...base, state: 'submitted' };
  }
  if (!dueDate) {
    return { ...base, state: 'noMeeting' };
  }
  const left = daysBetween(today, dueDate);
  if (left < 0) {
    return { ...base, state: 'overdue' };
  }
  return { ...base, state: left <= DUE_SOON_DAYS ? 'dueSoon' : 'notDue' };
}

/** The quarter whose report is due on `today`: the latest quarter that has ended (Q4 2025 all through Q1 2026). */
export function quarterDueOn(today: string): IQuarter {
  return previousQuarter(quarterOfDate(today));
}

/** `reportDue` for the quarter due on `today`. */
export function reportDueOn(
  meetings: readonly IBoardMeeting[],
  daysBefore: number,
  today: string,
  latestSubmittedOrApproved?: IQuarter
): IReportDue {
  return reportDue(quarterDueOn(today), meetings, daysBefore, today, latestSubmittedOrApproved);
}
