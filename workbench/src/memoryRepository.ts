/**
 * An IStatusReportRepository kept in memory: one editable report with ETag versions, its
 * approval log, an optional approved snapshot for readers, and switches for what SharePoint
 * can answer (one-off errors, a save by someone else, a delay). The component tests and the
 * render benchmark use it so they measure and check the UI, not the network. Not part of the
 * web part's bundle.
 */
import type { ApprovalState, IApprovalLogEntry, IKpiSeries, IManagedObject, IPerson, IQuarter, IReportSnapshot, IStatusReport } from '../../src/domain/model';
import type {
  IEditableReport,
  IReportForEditing,
  IReportForReading,
  IReportSummary,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryError,
  RepositoryResult
} from '../../src/data/repository/IStatusReportRepository';
import type { IPortfolioData } from '../../src/domain/portfolio/model';
import { summarizeReport, type IApprovedSummary } from '../../src/domain/snapshot';

/** The operations of the interface, for one-off failures. */
export type RepositoryOperation = keyof IStatusReportRepository;

export interface IMemoryRepositoryOptions {
  /** Item id of the stored report (default 7). */
  readonly id?: number;
  readonly permissions?: IUserPermissions;
  /** The approved snapshot readers get (none by default). */
  readonly approvedSnapshot?: IReportSnapshot;
  /** The approved KPI trend handed out with the approved snapshot. */
  readonly approvedHistory?: readonly IKpiSeries[];
  /** Who submits, approves and returns. */
  readonly user?: IPerson;
  /** Milliseconds every operation waits before answering (default 0: answers on the next microtask). */
  readonly delayMs?: number;
}

const NOT_FOUND = { kind: 'notFound', messageKey: 'data.error.notFound' } as const;
const ALREADY_EXISTS = { kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' } as const;

function samePeriod(a: IQuarter, b: IQuarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

function nextVersion(version: string): string {
  return `"${Number(version.replace(/"/g, '')) + 1}"`;
}

export class MemoryStatusReportRepository implements IStatusReportRepository {
  public stored: IEditableReport;
  public log: IApprovalLogEntry[] = [];
  public approvedSnapshot?: IReportSnapshot;
  public approvedHistory: readonly IKpiSeries[];
  public permissions: IUserPermissions;
  /** Answer of getPermissions when set (e.g. an error), instead of `permissions`. */
  public permissionsResult?: RepositoryResult<IUserPermissions>;
  public user: IPerson;
  /** The object's approved KPI history handed out with the report for editing. */
  public history: IKpiSeries[] = [];
  /** Report list answered by listReports when set; otherwise the stored report's summary. */
  public summaries?: IReportSummary[];
  /** Every report saved, in order. */
  public saves: IStatusReport[] = [];
  /** Every call, as `operation` or `operation:argument` (e.g. `list:SHVO`). */
  public calls: string[] = [];
  /** Next result of submit/approve/return when set (e.g. forbidden). */
  public nextWorkflowError?: RepositoryResult<IReportSnapshot>;
  public nextSaveError?: RepositoryResult<IEditableReport>;
  /** Answer of createNextQuarterDraft when set; otherwise the stored report. */
  public nextQuarterResult?: RepositoryResult<IEditableReport>;
  public delayMs: number;
  private readonly _failures: Map<RepositoryOperation, RepositoryError> = new Map();
  private _clock: number = Date.parse('2025-12-01T09:00:00Z');

  public constructor(report: IStatusReport, options: IMemoryRepositoryOptions = {}) {
    this.stored = { id: options.id ?? 7, report, version: '"1"', revision: 0, modified: '2025-12-01T08:00:00Z' };
    this.permissions = options.permissions ?? { canRead: true, canEdit: true, canApprove: true, canManageLists: false };
    this.approvedSnapshot = options.approvedSnapshot;
    this.approvedHistory = options.approvedHistory ?? [];
    this.user = options.user ?? report.header.coordinator;
    this.delayMs = options.delayMs ?? 0;
  }

  /** The next call of `operation` answers `error` (once). */
  public failNext(operation: RepositoryOperation, error: RepositoryError): void {
    this._failures.set(operation, error);
  }

  /** Someone else saves a change (for conflict tests): the stored version moves on. */
  public saveAsSomeoneElse(change: (r: IStatusReport) => IStatusReport): void {
    this.stored = { ...this.stored, report: change(this.stored.report), version: nextVersion(this.stored.version) };
  }

  private _tick(): string {
    this._clock += 60000;
    return new Date(this._clock).toISOString();
  }

  /** Records the call, waits the delay, then answers a pending one-off failure or `answer()`. */
  private async _answer<T>(operation: RepositoryOperation, label: string, answer: () => RepositoryResult<T>): Promise<RepositoryResult<T>> {
    this.calls.push(label);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this._failures.get(operation);
    if (failure) {
      this._failures.delete(operation);
      return failure;
    }
    return answer();
  }

  private get _object(): IManagedObject {
    return { key: this.stored.report.header.objectKey, title: this.stored.report.header.objectTitle };
  }

  public getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return this._answer('getPermissions', 'permissions', () => this.permissionsResult ?? { kind: 'ok', value: this.permissions });
  }

  public listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>> {
    return this._answer('listObjects', 'objects', () => ({ kind: 'ok', value: [this._object] }));
  }

  public ensureObject(object: IManagedObject): Promise<RepositoryResult<IManagedObject>> {
    return this._answer('ensureObject', `ensure:${object.key}`, () => ({ kind: 'ok', value: object }));
  }

  public listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
    return this._answer('listReports', `list:${objectKey}`, () => {
      if (this.summaries) return { kind: 'ok', value: this.summaries };
      const { header } = this.stored.report;
      if (objectKey !== header.objectKey) return { kind: 'ok', value: [] };
      const summary: IReportSummary = {
        id: this.stored.id,
        objectKey,
        objectTitle: header.objectTitle,
        period: header.period,
        approval: header.approval,
        coordinator: header.coordinator,
        revision: this.stored.revision,
        modified: this.stored.modified
      };
      return { kind: 'ok', value: [summary] };
    });
  }

  public loadReportForEditing(reportId: number): Promise<RepositoryResult<IReportForEditing>> {
    return this._answer('loadReportForEditing', `edit:${reportId}`, () =>
      reportId === this.stored.id ? { kind: 'ok', value: { editable: this.stored, history: this.history } } : NOT_FOUND
    );
  }

  public loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
    return this._answer('loadKpiHistory', `history:${objectKey}`, () => ({
      kind: 'ok',
      value: this.approvedSnapshot && objectKey === this.approvedSnapshot.report.header.objectKey ? this.approvedHistory : []
    }));
  }

  public createReport(report: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this._answer('createReport', `create:${report.header.objectKey}`, () => {
      const { header } = this.stored.report;
      if (report.header.objectKey === header.objectKey && samePeriod(report.header.period, header.period)) return ALREADY_EXISTS;
      this.stored = { id: this.stored.id + 1, report, version: '"1"', revision: 0, modified: this._tick() };
      return { kind: 'ok', value: this.stored };
    });
  }

  public saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this._answer('saveReport', `save:${loaded.id}`, () => {
      if (this.nextSaveError) {
        const error = this.nextSaveError;
        this.nextSaveError = undefined;
        return error;
      }
      if (loaded.version !== this.stored.version) {
        return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: this.stored };
      }
      this.saves.push(edited);
      // The approval state is the workflow's, not the editor's: a save keeps the stored one.
      this.saveAsSomeoneElse(() => ({ ...edited, header: { ...edited.header, approval: this.stored.report.header.approval } }));
      return { kind: 'ok', value: this.stored };
    });
  }

  public createNextQuarterDraft(objectKey: string): Promise<RepositoryResult<IEditableReport>> {
    return this._answer('createNextQuarterDraft', `next:${objectKey}`, () => this.nextQuarterResult ?? { kind: 'ok', value: this.stored });
  }

  private _workflow(action: 'submitted' | 'approved' | 'returned', state: ApprovalState, comment: string): RepositoryResult<IReportSnapshot> {
    if (this.nextWorkflowError) {
      const error = this.nextWorkflowError;
      this.nextWorkflowError = undefined;
      return error;
    }
    const revision = action === 'submitted' ? this.stored.revision + 1 : this.stored.revision;
    const at = this._tick();
    // Like SharePoint: the header item is updated (state, revision), so its ETag changes.
    this.saveAsSomeoneElse((r) => ({ ...r, header: { ...r.header, approval: state } }));
    this.stored = { ...this.stored, revision };
    this.log.push({ action, by: this.user, at, comment, revision });
    return {
      kind: 'ok',
      value: { report: this.stored.report, revision, submittedBy: this.user, submittedAt: at, approval: state, ...(comment ? { comment } : {}) }
    };
  }

  public submitReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._answer('submitReport', `submit:${reportId}`, () => this._workflow('submitted', 'pending', comment ?? ''));
  }

  public approveReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._answer('approveReport', `approve:${reportId}`, () => this._workflow('approved', 'approved', comment ?? ''));
  }

  public returnReport(reportId: number, comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._answer('returnReport', `return:${reportId}`, () => this._workflow('returned', 'returned', comment));
  }

  public loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
    return this._answer<IReportForReading>('loadApprovedReport', `approved:${objectKey}`, () => {
      const snapshot = this.approvedSnapshot;
      if (!snapshot) return { kind: 'ok', value: { history: [] } };
      const { header } = snapshot.report;
      if (objectKey !== header.objectKey || (period && !samePeriod(period, header.period))) return NOT_FOUND;
      return { kind: 'ok', value: { snapshot, history: this.approvedHistory } };
    });
  }

  /** The one object, with the approved snapshot (when any) as its only approved quarter. */
  public loadPortfolio(since: IQuarter): Promise<RepositoryResult<IPortfolioData>> {
    return this._answer('loadPortfolio', 'portfolio', () => {
      const snapshot = this.approvedSnapshot;
      const snapshots = snapshot
        ? [
            {
              objectKey: snapshot.report.header.objectKey,
              period: snapshot.report.header.period,
              revision: snapshot.revision,
              approvedAt: snapshot.approvedAt ?? snapshot.submittedAt,
              summary: summarizeReport(snapshot.report)
            }
          ]
        : [];
      return { kind: 'ok', value: { objects: [this._object], snapshots, since } };
    });
  }

  public loadApprovedSummaries(objectKey: string): Promise<RepositoryResult<readonly IApprovedSummary[]>> {
    return this._answer('loadApprovedSummaries', `summaries:${objectKey}`, () => {
      const snapshot = this.approvedSnapshot;
      const value = snapshot && snapshot.report.header.objectKey === objectKey ? [{ revision: snapshot.revision, summary: summarizeReport(snapshot.report) }] : [];
      return { kind: 'ok', value };
    });
  }

  public loadApprovalLog(reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return this._answer('loadApprovalLog', `log:${reportId}`, () => ({ kind: 'ok', value: this.log.slice() }));
  }
}
