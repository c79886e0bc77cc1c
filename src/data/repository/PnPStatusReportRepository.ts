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
  IReportForEditing,
  IReportForReading,
  IReportSummary,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryResult
} from './IStatusReportRepository';
import { createContext, type IRepositoryContext, type IRepositoryOptions } from './context';
import { decideReport, submitReport } from './approval';
import { getPermissions } from './permissions';
import { loadApprovedReport } from './read/approved';
import { loadReportForEditing } from './read/editable';
import { loadKpiHistory } from './read/history';
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

  public getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return getPermissions(this.ctx);
  }

  public listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>> {
    return listObjects(this.ctx);
  }

  public ensureObject(object: IManagedObject): Promise<RepositoryResult<IManagedObject>> {
    return ensureObject(this.ctx, object);
  }

  public listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
    return listReports(this.ctx, objectKey);
  }

  public loadReportForEditing(reportId: number, objectKey?: string): Promise<RepositoryResult<IReportForEditing>> {
    return loadReportForEditing(this.ctx, reportId, objectKey);
  }

  public loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
    return loadKpiHistory(this.ctx, objectKey);
  }

  public loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
    return loadApprovedReport(this.ctx, objectKey, period);
  }

  public loadApprovalLog(reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return loadApprovalLog(this.ctx, reportId);
  }

  public createReport(report: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return createReport(this.ctx, report);
  }

  public saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return saveReport(this.ctx, loaded, edited);
  }

  public createNextQuarterDraft(objectKey: string): Promise<RepositoryResult<IEditableReport>> {
    return createNextQuarterDraft(this.ctx, objectKey);
  }

  public submitReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return submitReport(this.ctx, reportId, comment);
  }

  public approveReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return decideReport(this.ctx, reportId, 'approved', comment ?? '');
  }

  public returnReport(reportId: number, comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return decideReport(this.ctx, reportId, 'returned', comment);
  }
}
