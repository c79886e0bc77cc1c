// The in-memory repository as the component tests use it: the sample report (SHVO Q4 2025,
// item 7) and fictional people on a reserved domain.
import type { IPerson, IStatusReport } from '../../../src/domain/model';
import { MemoryStatusReportRepository } from '../../../workbench/src/memoryRepository';
import { sampleReport } from '../ReportEditor/sampleReport';

export { MemoryStatusReportRepository };

export const GRETA: IPerson = { displayName: 'Greta Exempel', email: 'greta.exempel@example.org' };
export const ALVA: IPerson = { displayName: 'Alva Prov', email: 'alva.prov@example.org' };

/** A repository holding `report` (default: the sample report), with Greta as the current user. */
export function editorRepository(report: IStatusReport = sampleReport()): MemoryStatusReportRepository {
  return new MemoryStatusReportRepository(report, { user: GRETA });
}
