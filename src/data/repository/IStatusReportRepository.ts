/**
 * The data access contract of the web part: everything the UI reads or writes goes through
 * this interface. Implemented over SharePoint lists with PnPjs (PnPStatusReportRepository);
 * tests and the workbench run it against the local SharePoint.
 *
 * Every operation resolves to a typed result and never rejects for expected failures
 * (conflict, forbidden, not found, throttling that outlived the retries, network): the UI
 * shows `error.messageKey` through its localized strings.
 */
import type {
  IApprovalLogEntry,
  IKpiSeries,
  IManagedObject,
  IQuarter,
  IReportSnapshot,
  IStatusReport,
  ApprovalState,
  IPerson
} from '../../domain/model';
import type { IPortfolioData } from '../../domain/portfolio/model';
import type { IApprovedSummary } from '../../domain/snapshot';

/** Message keys of repository errors; the UI maps them to localized strings. */
export type RepositoryMessageKey =
  | 'data.error.conflict'
  | 'data.error.forbidden'
  | 'data.error.notFound'
  | 'data.error.notProvisioned'
  | 'data.error.alreadyExists'
  | 'data.error.invalidState'
  | 'data.error.throttled'
  | 'data.error.throttledUntil'
  | 'data.error.network'
  | 'data.error.partialSave'
  | 'data.error.approvalNotApplied'
  | 'data.error.unexpected'
  | 'data.warning.coordinatorNotSet';

/** Something a save did not do although the save succeeded (shown beside "saved"). */
export interface IRepositoryWarning {
  /** The coordinator's person column could not be set (SharePoint did not resolve the login). */
  readonly kind: 'coordinatorNotSet';
  readonly messageKey: 'data.warning.coordinatorNotSet';
}

/** A report as loaded for editing: the report, its SharePoint id and the version that guards the next save. */
export interface IEditableReport {
  /** Item id of the report header. */
  readonly id: number;
  readonly report: IStatusReport;
  /** ETag of the header when loaded; the next save sends it as If-Match. */
  readonly version: string;
  /** Highest snapshot revision submitted so far (0 when never submitted). */
  readonly revision: number;
  /** ISO timestamp of the last save. */
  readonly modified: string;
  /** What the save that returned this did not do (none when absent). */
  readonly warnings?: readonly IRepositoryWarning[];
}

/** One line of an object's report list (no parts loaded). */
export interface IReportSummary {
  readonly id: number;
  readonly objectKey: string;
  readonly objectTitle: string;
  readonly period: IQuarter;
  readonly approval: ApprovalState;
  readonly coordinator: IPerson;
  readonly revision: number;
  /** ISO timestamp of the last save. */
  readonly modified: string;
}

/** Everything the editor needs in one round trip: the editable report and the object's KPI trend. */
export interface IReportForEditing {
  readonly editable: IEditableReport;
  readonly history: readonly IKpiSeries[];
}

/** Everything a reader needs: the latest approved snapshot (if any) and the approved KPI trend. */
export interface IReportForReading {
  readonly snapshot?: IReportSnapshot;
  readonly history: readonly IKpiSeries[];
}

/**
 * The reader's first screen, read in one round trip; each part carries its own outcome (a
 * board member's report list comes from the approved snapshots, since GitsReports is closed to them).
 */
export interface IReaderFirstScreen {
  readonly approved: RepositoryResult<IReportForReading>;
  /** The object's reports, newest quarter first (as listReports). */
  readonly reports: RepositoryResult<readonly IReportSummary[]>;
  readonly permissions: RepositoryResult<IUserPermissions>;
}

/** What the current user may do on the report lists of this site. */
export interface IUserPermissions {
  readonly canRead: boolean;
  readonly canEdit: boolean;
  readonly canApprove: boolean;
  /** Site owner: may provision or upgrade the lists. */
  readonly canManageLists: boolean;
  /** Keys of the objects whose reports the user may write (their object folders); absent when unknown. */
  readonly editableObjects?: readonly string[];
}

export interface IOk<T> {
  readonly kind: 'ok';
  readonly value: T;
}

/** Someone saved the report after it was loaded: nothing was written, both versions returned. */
export interface IConflictError {
  readonly kind: 'conflict';
  readonly messageKey: 'data.error.conflict';
  /** The report as this user edited it. */
  readonly mine: IStatusReport;
  /** The report as currently stored, with its new version (reload from here to merge). */
  readonly theirs: IEditableReport;
}

export interface IForbiddenError {
  readonly kind: 'forbidden';
  readonly messageKey: 'data.error.forbidden';
}

export interface INotFoundError {
  readonly kind: 'notFound';
  readonly messageKey: 'data.error.notFound';
}

/** The lists are missing or older than this code's schema version: provisioning is needed. */
export interface INotProvisionedError {
  readonly kind: 'notProvisioned';
  readonly messageKey: 'data.error.notProvisioned';
}

/** E.g. creating a report for a quarter that already has one. */
export interface IAlreadyExistsError {
  readonly kind: 'alreadyExists';
  readonly messageKey: 'data.error.alreadyExists';
}

/** The workflow does not allow this transition (e.g. approving a snapshot that is not pending). */
export interface IInvalidStateError {
  readonly kind: 'invalidState';
  readonly messageKey: 'data.error.invalidState';
}

/**
 * A save reached SharePoint only partly (batches are not atomic). Readers are unaffected
 * (they read approved snapshots); repeating the same save completes it without duplicates.
 */
export interface IPartialSaveError {
  readonly kind: 'partialSave';
  readonly messageKey: 'data.error.partialSave';
}

/**
 * SharePoint answered the approval or return without error but the snapshot's moderation
 * status did not change: nothing else was written; approving or returning again retries it.
 */
export interface IApprovalNotAppliedError {
  readonly kind: 'approvalNotApplied';
  readonly messageKey: 'data.error.approvalNotApplied';
}

export interface INetworkError {
  readonly kind: 'network';
  readonly messageKey: 'data.error.network';
}

/**
 * SharePoint is throttling. When it said how long to wait (Retry-After) and that is longer
 * than the repository waits by itself, the error carries when to try again.
 */
export interface IThrottledError {
  readonly kind: 'throttled';
  readonly messageKey: 'data.error.throttled' | 'data.error.throttledUntil';
  readonly retryAfterSeconds?: number;
  /** ISO timestamp from which a retry should be accepted. */
  readonly retryAt?: string;
}

export type ITransientError = INetworkError | IThrottledError;

export interface IUnexpectedError {
  readonly kind: 'unexpected';
  readonly messageKey: 'data.error.unexpected';
  /** HTTP status when there was one. */
  readonly status?: number;
  /** Technical detail for logs, never shown as the message. */
  readonly detail?: string;
}

export type RepositoryError =
  | IConflictError
  | IForbiddenError
  | INotFoundError
  | INotProvisionedError
  | IAlreadyExistsError
  | IInvalidStateError
  | IPartialSaveError
  | IApprovalNotAppliedError
  | ITransientError
  | IUnexpectedError;

export type RepositoryResult<T> = IOk<T> | RepositoryError;

export interface IStatusReportRepository {
  /** Permissions of the current user (from the lists' effective permissions). */
  getPermissions(): Promise<RepositoryResult<IUserPermissions>>;

  /** All förvaltningsobjekt, ordered by key. */
  listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>>;

  /** Adds or updates a förvaltningsobjekt (by key). */
  ensureObject(object: IManagedObject): Promise<RepositoryResult<IManagedObject>>;

  /** Header summaries of one object's reports, newest quarter first. */
  listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>>;

  /**
   * One report with all its parts plus the object's KPI trend, in a single $batch round trip.
   * Pass the report's object key when known (e.g. from listReports); without it, and for a
   * report this repository has not seen, the trend needs a second round trip.
   */
  loadReportForEditing(reportId: number, objectKey?: string): Promise<RepositoryResult<IReportForEditing>>;

  /** Approved KPI history of an object (one request), oldest quarter first per series. */
  loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>>;

  /**
   * Creates a new report (header and parts) as a draft. Fails with `alreadyExists` when the
   * object already has a report for that quarter.
   */
  createReport(report: IStatusReport): Promise<RepositoryResult<IEditableReport>>;

  /**
   * Saves the edited report. The header's ETag (`loaded.version`) guards the save: if someone
   * saved in between, nothing is written and a `conflict` carrying both versions is returned.
   * Safe to repeat after a `partialSave`/`network` error.
   */
  saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>>;

  /**
   * Creates the draft of the quarter after the object's latest report: carries over meetings,
   * open problems, unfinished activities, KPI definitions; last year's KPI values from the
   * approved history as comparison; this quarter's values empty; the reporting-back section
   * lists the object's open assignments from the board (GitsBoardAssignments) with empty answers.
   */
  createNextQuarterDraft(objectKey: string): Promise<RepositoryResult<IEditableReport>>;

  /** Freezes the saved report into an immutable snapshot pending approval. */
  submitReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>>;

  /**
   * Approves the pending snapshot of a report (content approval), checks that SharePoint shows
   * it approved, then sets the header state and logs it. Repeating it after a half-finished
   * approval completes that approval (no second log entry).
   */
  approveReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>>;

  /** Returns the pending snapshot to the editor with a comment (content approval: rejected); checked and completed as approveReport. */
  returnReport(reportId: number, comment: string): Promise<RepositoryResult<IReportSnapshot>>;

  /**
   * What readers see: the latest approved snapshot of an object (of a given quarter, or the
   * newest approved quarter) plus the approved KPI trend.
   */
  loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>>;

  /**
   * The reader's first screen in a single $batch: loadApprovedReport(objectKey),
   * listReports(objectKey) and getPermissions() together. Optional: without it the reader
   * makes the three calls.
   */
  loadReaderFirstScreen?(objectKey: string): Promise<RepositoryResult<IReaderFirstScreen>>;

  /**
   * The portfolio: every object and the summaries of approved snapshots from `since` on, plus
   * each object's latest approved snapshot when it is older. Reads only GitsObjects and
   * GitsSnapshots (what the board may read), in one $batch; a second only for objects whose
   * latest approval is before `since` or snapshots frozen before summaries were stored.
   */
  loadPortfolio(since: IQuarter): Promise<RepositoryResult<IPortfolioData>>;

  /**
   * The newest approved snapshot of each of the object's last `count` approved quarters up to
   * `upTo`, oldest first, in one request. Optional: without it a reader reads them one by one.
   */
  loadApprovedSnapshots?(objectKey: string, upTo: IQuarter, count: number): Promise<RepositoryResult<readonly IReportSnapshot[]>>;

  /** Summaries of an object's approved snapshots, any order (one request). */
  loadApprovedSummaries(objectKey: string): Promise<RepositoryResult<readonly IApprovedSummary[]>>;

  /** Approval log of a report, oldest first. */
  loadApprovalLog(reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>>;
}
