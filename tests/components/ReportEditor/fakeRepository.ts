// An in-memory IStatusReportRepository for component tests: one report, ETag versions, a log.
import type {
  IEditableReport,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryResult
} from '../../../src/data/repository/IStatusReportRepository';
import type { IApprovalLogEntry, IKpiSeries, IPerson, IReportSnapshot, IStatusReport, ApprovalState } from '../../../src/domain/model';
import { sampleReport } from './sampleReport';

export const GRETA: IPerson = { displayName: 'Greta Exempel', email: 'greta.exempel@example.org' };
export const ALVA: IPerson = { displayName: 'Alva Prov', email: 'alva.prov@example.org' };

export class FakeRepository implements IStatusReportRepository {
  public stored: IEditableReport;
  public log: IApprovalLogEntry[] = [];
  public approvedSnapshot?: IReportSnapshot;
  public permissions: IUserPermissions = { canRead: true, canEdit: true, canApprove: true, canManageLists: false };
  public user: IPerson = GRETA;
  /** The object's approved KPI history handed out with the report. */
  public history: IKpiSeries[] = [];
  public saves: IStatusReport[] = [];
  /** Next result of submit/approve/return when set (e.g. forbidden). */
  public nextWorkflowError?: RepositoryResult<IReportSnapshot>;
  public nextSaveError?: RepositoryResult<IEditableReport>;
  private _clock = Date.parse('2025-12-01T09:00:00Z');

  public constructor(report: IStatusReport = sampleReport()) {
    this.stored = { id: 7, report, version: '"1"', revision: 0, modified: '2025-12-01T08:00:00Z' };
  }

  /** Someone else saves a change (for conflict tests). */
  public saveAsSomeoneElse(change: (r: IStatusReport) => IStatusReport): void {
    this.stored = { ...this.stored, report: change(this.stored.report), version: `"${Number(this.stored.version.replace(/"/g, '')) + 1}"` };
  }

  private _tick(): string {
    this._clock += 60000;
    return new Date(this._clock).toISOString();
  }

  public async getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return { kind: 'ok', value: this.permissions };
  }
  public async listObjects(): Promise<never> {
    throw new Error('not used');
  }
  public async ensureObject(): Promise<never> {
    throw new Error('not used');
  }
  public async listReports(): Promise<never> {
    throw new Error('not used');
  }
  public async loadReportForEditing(reportId: number): Promise<RepositoryResult<{ editable: IEditableReport; history: IKpiSeries[] }>> {
    if (reportId !== this.stored.id) return { kind: 'notFound', messageKey: 'data.error.notFound' };
    return { kind: 'ok', value: { editable: this.stored, history: this.history } };
  }
  public async loadKpiHistory(): Promise<RepositoryResult<[]>> {
    return { kind: 'ok', value: [] };
  }
  public async createReport(): Promise<never> {
    throw new Error('not used');
  }
  public async saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    if (this.nextSaveError) {
      const error = this.nextSaveError;
      this.nextSaveError = undefined;
      return error;
    }
    if (loaded.version !== this.stored.version) {
      return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: this.stored };
    }
    this.saves.push(edited);
    this.saveAsSomeoneElse(() => ({ ...edited, header: { ...edited.header, approval: this.stored.report.header.approval } }));
    return { kind: 'ok', value: this.stored };
  }
  public async createNextQuarterDraft(): Promise<never> {
    throw new Error('not used');
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
  public async submitReport(_id: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._workflow('submitted', 'pending', comment ?? '');
  }
  public async approveReport(_id: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._workflow('approved', 'approved', comment ?? '');
  }
  public async returnReport(_id: number, comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this._workflow('returned', 'returned', comment);
  }
  public async loadApprovedReport(): Promise<RepositoryResult<{ snapshot?: IReportSnapshot; history: [] }>> {
    return { kind: 'ok', value: { ...(this.approvedSnapshot ? { snapshot: this.approvedSnapshot } : {}), history: [] } };
  }
  public async loadApprovalLog(): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return { kind: 'ok', value: this.log.slice() };
  }
}
