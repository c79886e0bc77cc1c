/** Which report the card and the Teams personal app call "next", and today as the calendar counts it. Pure. */
import { reportDue, reportDueOn } from './due';
import type { IBoardMeeting, IReportDue } from './model';
import type { IQuarter } from '../model';
import { compareQuarters, nextQuarter } from '../quarter';

/** The local calendar date of `now` as yyyy-mm-dd (the site's and the user's time zone are taken to agree). */
export function isoDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The latest of some quarters (undefined for none). */
export function latestQuarter(periods: readonly IQuarter[]): IQuarter | undefined {
  return periods.reduce<IQuarter | undefined>((latest, p) => (!latest || compareQuarters(p, latest) > 0 ? p : latest), undefined);
}

/**
 * The object's next report: the quarter due today (the latest ended quarter) unless its report
 * is already in, then the quarter after it (not due before that quarter ends).
 */
export function nextReportDue(meetings: readonly IBoardMeeting[], daysBefore: number, today: string, latestSubmittedOrApproved: IQuarter | undefined): IReportDue {
  const due = reportDueOn(meetings, daysBefore, today, latestSubmittedOrApproved);
  if (due.state !== 'submitted') return due;
  const after = latestSubmittedOrApproved && compareQuarters(latestSubmittedOrApproved, due.period) > 0 ? latestSubmittedOrApproved : due.period;
  return reportDue(nextQuarter(after), meetings, daysBefore, today, latestSubmittedOrApproved);
}
