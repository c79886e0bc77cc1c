/**
 * IStatusReportRepository over the SharePoint lists of src/data/schema, with PnPjs v4.
 *
 * Round trips: opening a report for editing is one $batch (plus the form digest the first
 * time); saving is one header update guarded by If-Match, then one $batch of row writes.
 * Batches are not atomic, so writes are idempotent upserts by deterministic row keys and
 * readers only ever read approved snapshots (a half-finished save changes nothing they see).
 *
 * The work is done by modules per responsibility (read/*, write/*, approval, permissions);
 * this class holds what they share for one repository instance.
 */
import type { SPFI } from '@pnp/sp';
import type { IApprovalLogEntry, IKpiSeries, IManagedObject, IQuarter, IReportSnapshot, IStatusReport } from '../../domain/model';
import type {
  IEditableReport,
  IReaderFirstScreen,
  IReportForEditing,
  IReportForReading,
  IReportSummary,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryResult
} from './IStatusReportRepository';
import { createContext, type IRepositoryContext, type IRepositoryOptions } from './context';
import { hiddenListAsForbidden } from './errors';
import { decideReport, submitReport } from './approval';
import { getPermissions } from './permissions';
import { loadApprovedReport, loadApprovedSnapshots } from './read/approved';
import { loadReaderFirstScreen } from './read/firstScreen';
import { loadReportForEditing } from './read/editable';
import { loadKpiHistory } from './read/history';
import { loadPortfolio } from './read/portfolio';
import { loadApprovedSummaries } from './read/portfolioStatus';
import type { IPortfolioData } from '../../domain/portfolio/model';
import type { IApprovedSummary } from '../../domain/snapshot';
import { ensureObject, listObjects } from './read/objects';
import { listReports, loadApprovalLog } from './read/reports';
import { createNextQuarterDraft, createReport } from './write/create';
import { saveReport } from './write/save';

export type { IRepositoryOptions } from './context';

export class PnPStatusReportRepository implements IStatusReportRepository {
  private readonly ctx: IRepositoryContext;

  public constructor(sp: SPFI, options: IRepositoryOptions = {}) {
    this.ctx = createContext(sp, options);
  }

  /**
   * SharePoint answers 404 "List … does not exist" both for a missing list and for one the
   * user may not open (the board cannot open the working lists). When the site is provisioned
   * (GitsConfig, readable by all four roles, holds a version) that answer means no access.
   */
  private async checked<T>(pending: Promise<RepositoryResult<T>>): Promise<RepositoryResult<T>> {
    const result = await pending;
    return result.kind === 'notProvisioned' ? hiddenListAsForbidden(this.ctx.sp, result) : result;
  }

  public getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return this.checked(getPermissions(this.ctx));
  }

  public listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>> {
    return this.checked(listObjects(this.ctx));
  }

  public ensureObject(object: IManagedObject): Promise<RepositoryResult<IManagedObject>> {
    return this.checked(ensureObject(this.ctx, object));
  }

  public listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
    return this.checked(listReports(this.ctx, objectKey));
  }

  public loadReportForEditing(reportId: number, objectKey?: string): Promise<RepositoryResult<IReportForEditing>> {
    return this.checked(loadReportForEditing(this.ctx, reportId, objectKey));
  }

  public loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
    return this.checked(loadKpiHistory(this.ctx, objectKey));
  }

  public loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
    return this.checked(loadApprovedReport(this.ctx, objectKey, period));
  }

  public async loadReaderFirstScreen(objectKey: string): Promise<RepositoryResult<IReaderFirstScreen>> {
    const r = await this.checked(loadReaderFirstScreen(this.ctx, objectKey));
    if (r.kind !== 'ok') return r;
    const [approved, reports, permissions] = await Promise.all([
      this.checked(Promise.resolve(r.value.approved)),
      this.checked(Promise.resolve(r.value.reports)),
      this.checked(Promise.resolve(r.value.permissions))
    ]);
    return { kind: 'ok', value: { approved, reports, permissions } };
  }

  public loadPortfolio(since: IQuarter): Promise<RepositoryResult<IPortfolioData>> {
    return this.checked(loadPortfolio(this.ctx, since));
  }

  public loadApprovedSnapshots(objectKey: string, upTo: IQuarter, count: number): Promise<RepositoryResult<readonly IReportSnapshot[]>> {
    return this.checked(loadApprovedSnapshots(this.ctx, objectKey, upTo, count));
  }

  public loadApprovedSummaries(objectKey: string): Promise<RepositoryResult<readonly IApprovedSummary[]>> {
    return this.checked(loadApprovedSummaries(this.ctx, objectKey));
  }

  public loadApprovalLog(reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return this.checked(loadApprovalLog(this.ctx, reportId));
  }

  public createReport(report: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this.checked(createReport(this.ctx, report));
  }

  public saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this.checked(saveReport(this.ctx, loaded, edited));
  }

  public createNextQuarterDraft(objectKey: string): Promise<RepositoryResult<IEditableReport>> {
    return this.checked(createNextQuarterDraft(this.ctx, objectKey));
  }

  public submitReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.checked(submitReport(this.ctx, reportId, comment));
  }

  public approveReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.checked(decideReport(this.ctx, reportId, 'approved', comment ?? ''));
  }

  public returnReport(reportId: number, comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.checked(decideReport(this.ctx, reportId, 'returned', comment));
  }
}
