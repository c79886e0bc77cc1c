/**
 * Whether an object's report is due or overdue: the one function the portfolio asks. With the
 * board's governance calendar the report of the quarter due today is due a set number of days
 * before the first meeting after that quarter (`reportDue`); a site without the board's lists
 * keeps the quarter rule of `reportingStatus`.
 */
import type { IBoardMeeting, IReportDue } from '../board/model';
import { reportDueOn } from '../board/due';
import type { IPortfolioEntry } from './model';
import { reportingStatus, type IReportingStatus } from './reportingStatus';

/** The board's meetings and its setting, as the portfolio needs them. */
export interface IDueCalendar {
  readonly meetings: readonly IBoardMeeting[];
  readonly daysBefore: number;
}

export type PortfolioDue =
  | { readonly rule: 'calendar'; readonly due: IReportDue }
  | { readonly rule: 'quarter'; readonly status: IReportingStatus };

/** yyyy-mm-dd of a date in local time (the site's day, as the calendar's dates are). */
function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The entries with their due state by the calendar. Only approved reports are known to the
 * portfolio (it reads what the board may read), so a report that is submitted but not yet
 * approved still counts as due.
 */
export function withCalendarDue(entries: readonly IPortfolioEntry[], calendar: IDueCalendar, today: Date): IPortfolioEntry[] {
  const day = localDay(today);
  return entries.map((entry) => ({ ...entry, calendarDue: reportDueOn(calendar.meetings, calendar.daysBefore, day, entry.latestApprovedPeriod) }));
}

export function dueOf(entry: IPortfolioEntry, today: Date): PortfolioDue {
  if (entry.calendarDue) return { rule: 'calendar', due: entry.calendarDue };
  return { rule: 'quarter', status: reportingStatus(entry.latestApprovedPeriod, today) };
}

/** True when a report is missing: overdue by the calendar, or overdue or never approved by the quarter rule. */
export function isLate(due: PortfolioDue): boolean {
  return due.rule === 'calendar' ? due.due.state === 'overdue' : due.status.state !== 'upToDate';
}

export function isOverdue(entry: IPortfolioEntry, today: Date): boolean {
  return isLate(dueOf(entry, today));
}

const CALENDAR_RANK: Readonly<Record<IReportDue['state'], number>> = { submitted: 0, notDue: 1, noMeeting: 1, dueSoon: 2, overdue: 3 };

/** Sort value: higher is more urgent. */
export function dueRank(due: PortfolioDue): number {
  if (due.rule === 'calendar') return CALENDAR_RANK[due.due.state];
  return due.status.state === 'upToDate' ? 0 : due.status.state === 'overdue' ? due.status.missedQuarters : Number.MAX_SAFE_INTEGER;
}
