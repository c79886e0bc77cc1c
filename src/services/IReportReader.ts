import type { IKpiSeries, IQuarter, IReportSnapshot } from '../domain/model';
import type { IPortfolioEntry } from '../domain/portfolio/model';
import type { IReportSummary } from '../data/repository/IStatusReportRepository';
import type { IStatusHistoryPoint } from '../domain/judgement';

export type { IPortfolioEntry } from '../domain/portfolio/model';

/** What a reader sees of one object: an approved snapshot (undefined when none) and the KPI trend. */
export interface IApprovedReport {
  readonly snapshot?: IReportSnapshot;
  readonly history: readonly IKpiSeries[];
}

/**
 * The read side the UI needs. Kept narrow and owned by the UI so components do not depend
 * on how the data layer is organised; `createReportReader` adapts IStatusReportRepository.
 * Methods reject with an object carrying a `messageKey` (see localizeError) on failure.
 */
export interface IReportReader {
  /** Quarters of an object that have a report which may have been approved, oldest first. */
  listReportPeriods(objectKey: string): Promise<readonly IQuarter[]>;
  /** The latest approved snapshot of the quarter (or of the newest approved quarter) plus the trend. */
  getApprovedReport(objectKey: string, period?: IQuarter): Promise<IApprovedReport>;
  /**
   * The overall status of the object's last approved quarters up to `upTo` (at most eight),
   * oldest first. Optional: a reader without it shows no history.
   */
  getStatusHistory?(objectKey: string, upTo: IQuarter): Promise<readonly IStatusHistoryPoint[]>;
  /**
   * The approved snapshots of the object's last `count` approved quarters up to `upTo`, oldest
   * first (the newest approved revision of each). Optional: without it they are read one quarter
   * at a time through listReportPeriods and getApprovedReport.
   */
  getApprovedSnapshots?(objectKey: string, upTo: IQuarter, count: number): Promise<readonly IReportSnapshot[]>;
  /**
   * Every förvaltningsobjekt with its latest approved report's facts and the overall status of
   * its recent approved quarters (`today` sets the window; default now).
   */
  getPortfolio(today?: Date): Promise<readonly IPortfolioEntry[]>;
  /**
   * Forgets reads of the object made before a change (an edit, a submission, an approval, an
   * import), so that the next read shows the change. Optional: a reader that keeps nothing needs none.
   */
  forget?(objectKey: string): void;
  /**
   * The object's reports as the page's first screen listed them (for Edit, which opens the newest
   * without asking again), while fresh; undefined before, after forget, or for the board.
   */
  knownReports?(objectKey: string): readonly IReportSummary[] | undefined;
  /**
   * The newest approved report (as `getApprovedReport(objectKey)` gives it) when the first
   * screen's read has already answered, taken from it synchronously; else undefined (then
   * `getApprovedReport` reads). Lets the view draw the report in its first render. Optional.
   */
  settledApprovedReport?(objectKey: string): IApprovedReport | undefined;
  /** The same for `listReportPeriods(objectKey)`. Optional. */
  settledReportPeriods?(objectKey: string): readonly IQuarter[] | undefined;
}
