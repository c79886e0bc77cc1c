/**
 * An in-memory IStatusReportRepository serving one approved report, for the render benchmark
 * (so it measures React and chart.js, not the network). Only the read operations the reader's
 * UI uses are implemented; writes answer `forbidden`, as for a reader.
 */
import type { IApprovalLogEntry, IKpiSeries, IManagedObject, IQuarter, IReportSnapshot } from '../../../src/domain/model';
import type {
  IEditableReport,
  IReportForEditing,
  IReportForReading,
  IReportSummary,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryResult
} from '../../../src/data/repository/IStatusReportRepository';

const FORBIDDEN = { kind: 'forbidden', messageKey: 'data.error.forbidden' } as const;
const NOT_FOUND = { kind: 'notFound', messageKey: 'data.error.notFound' } as const;

function ok<T>(value: T): Promise<RepositoryResult<T>> {
  return Promise.resolve({ kind: 'ok', value });
}

function forbidden<T>(): Promise<RepositoryResult<T>> {
  return Promise.resolve(FORBIDDEN);
}

function samePeriod(a: IQuarter, b: IQuarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

export class MemoryReadRepository implements IStatusReportRepository {
  public constructor(private readonly snapshot: IReportSnapshot, private readonly history: readonly IKpiSeries[]) {}

  private get object(): IManagedObject {
    return { key: this.snapshot.report.header.objectKey, title: this.snapshot.report.header.objectTitle };
  }

  public getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return ok({ canRead: true, canEdit: false, canApprove: false, canManageLists: false });
  }

  public listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>> {
    return ok([this.object]);
  }

  public listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
    const header = this.snapshot.report.header;
    if (objectKey !== header.objectKey) return ok([]);
    return ok([
      {
        id: 1,
        objectKey,
        objectTitle: header.objectTitle,
        period: header.period,
        approval: 'approved',
        coordinator: header.coordinator,
        revision: this.snapshot.revision,
        modified: this.snapshot.approvedAt || this.snapshot.submittedAt
      }
    ]);
  }

  public loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
    const header = this.snapshot.report.header;
    if (objectKey !== header.objectKey || (period && !samePeriod(period, header.period))) return Promise.resolve(NOT_FOUND);
    return ok({ snapshot: this.snapshot, history: this.history });
  }

  public loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
    return ok(objectKey === this.snapshot.report.header.objectKey ? this.history : []);
  }

  public loadReportForEditing(): Promise<RepositoryResult<IReportForEditing>> {
    return forbidden();
  }
  public ensureObject(): Promise<RepositoryResult<IManagedObject>> {
    return forbidden();
  }
  public createReport(): Promise<RepositoryResult<IEditableReport>> {
    return forbidden();
  }
  public saveReport(): Promise<RepositoryResult<IEditableReport>> {
    return forbidden();
  }
  public createNextQuarterDraft(): Promise<RepositoryResult<IEditableReport>> {
    return forbidden();
  }
  public submitReport(): Promise<RepositoryResult<IReportSnapshot>> {
    return forbidden();
  }
  public approveReport(): Promise<RepositoryResult<IReportSnapshot>> {
    return forbidden();
  }
  public returnReport(): Promise<RepositoryResult<IReportSnapshot>> {
    return forbidden();
  }
  public loadApprovalLog(): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return forbidden();
  }
}
