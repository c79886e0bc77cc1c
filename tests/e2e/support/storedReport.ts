import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import type { IStatusReport } from '../../../src/domain/model';

/** The newest report of an object as stored, read over REST with the given repository (e.g. the owner's). */
export async function storedReport(repository: IStatusReportRepository, objectKey: string = 'SHVO'): Promise<IStatusReport> {
  const list = await repository.listReports(objectKey);
  if (list.kind !== 'ok') throw new Error(list.messageKey);
  const loaded = await repository.loadReportForEditing(list.value[0].id, objectKey);
  if (loaded.kind !== 'ok') throw new Error(loaded.messageKey);
  return loaded.value.editable.report;
}
