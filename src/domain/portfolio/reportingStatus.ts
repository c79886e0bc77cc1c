import type { IQuarter, QuarterNumber } from '../model';
import { addQuarters, compareQuarters, quarterIndex } from '../quarter';

/** The calendar quarter a date falls in (local time). */
export function quarterOfDate(date: Date): IQuarter {
  return { year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as QuarterNumber };
}

export type ReportingState = 'upToDate' | 'overdue' | 'neverApproved';

export interface IReportingStatus {
  readonly state: ReportingState;
  /** The oldest quarter whose report must be approved by `today`. */
  readonly requiredPeriod: IQuarter;
  /** Quarters that should have an approved report but have none (0 when up to date). */
  readonly missedQuarters: number;
}

/**
 * Whether a full quarter has passed without an approved report. A quarter's report is written
 * during the following quarter, so on `today` the report of the quarter before last must be
 * approved: in Q1 2026 that is Q3 2025 (its report was due during Q4 2025, which has ended).
 */
export function reportingStatus(latestApproved: IQuarter | undefined, today: Date): IReportingStatus {
  const requiredPeriod = addQuarters(quarterOfDate(today), -2);
  if (!latestApproved) {
    return { state: 'neverApproved', requiredPeriod, missedQuarters: 0 };
  }
  if (compareQuarters(latestApproved, requiredPeriod) >= 0) {
    return { state: 'upToDate', requiredPeriod, missedQuarters: 0 };
  }
  return { state: 'overdue', requiredPeriod, missedQuarters: quarterIndex(requiredPeriod) - quarterIndex(latestApproved) };
}
