import type { IEditableReport, IReportSummary, IStatusReportRepository, RepositoryResult } from '../../../src/data/repository/IStatusReportRepository';
import type { IManagedObject, IStatusReport } from '../../../src/domain/model';

export interface IFakeRepository {
  readonly repository: IStatusReportRepository;
  readonly createReport: jest.Mock<Promise<RepositoryResult<IEditableReport>>, [IStatusReport]>;
  readonly listReports: jest.Mock<Promise<RepositoryResult<readonly IReportSummary[]>>, [string]>;
  /** Every write the import could make; none may be called before "Importera som utkast". */
  readonly writes: readonly jest.Mock[];
}

export const OBJECTS: readonly IManagedObject[] = [
  { key: 'ALFA', title: 'Alfa-tjänsten' },
  { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg' }
];

/** The repository methods the import uses, as mocks; all others throw (the import must not call them). */
export function fakeRepository(createResult?: RepositoryResult<IEditableReport>, summaries: readonly IReportSummary[] = []): IFakeRepository {
  const createReport = jest.fn(async (report: IStatusReport): Promise<RepositoryResult<IEditableReport>> => {
    return createResult ?? { kind: 'ok', value: { id: 41, report, version: '"1"', revision: 0, modified: '2026-11-26T05:00:00Z' } };
  });
  const listReports = jest.fn(async (_objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> => ({ kind: 'ok', value: summaries }));
  const unexpected = (name: string): jest.Mock =>
    jest.fn(() => {
      throw new Error(`the import must not call ${name}`);
    });
  const saveReport = unexpected('saveReport');
  const ensureObject = unexpected('ensureObject');
  const createNextQuarterDraft = unexpected('createNextQuarterDraft');
  const submitReport = unexpected('submitReport');
  const repository = {
    getPermissions: unexpected('getPermissions'),
    listObjects: jest.fn(async () => ({ kind: 'ok' as const, value: OBJECTS })),
    ensureObject,
    listReports,
    loadReportForEditing: unexpected('loadReportForEditing'),
    loadKpiHistory: unexpected('loadKpiHistory'),
    createReport,
    saveReport,
    createNextQuarterDraft,
    submitReport,
    approveReport: unexpected('approveReport'),
    returnReport: unexpected('returnReport'),
    loadApprovedReport: unexpected('loadApprovedReport'),
    loadApprovalLog: unexpected('loadApprovalLog')
  } as unknown as IStatusReportRepository;
  return { repository, createReport, listReports, writes: [createReport, saveReport, ensureObject, createNextQuarterDraft, submitReport] };
}
