/**
 * Whether an object's report is due or overdue: the one function the portfolio asks. Today it
 * is the quarter rule of `reportingStatus`; the board's governance calendar replaces it here.
 */
import type { IPortfolioEntry } from './model';
import { reportingStatus, type IReportingStatus } from './reportingStatus';

export function dueOf(entry: IPortfolioEntry, today: Date): IReportingStatus {
  return reportingStatus(entry.latestApprovedPeriod, today);
}

/** True when a report is missing: overdue or never approved. */
export function isOverdue(entry: IPortfolioEntry, today: Date): boolean {
  return dueOf(entry, today).state !== 'upToDate';
}
