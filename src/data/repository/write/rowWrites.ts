/**
 * Executes a row-write plan as one $batch of idempotent upserts, and the coordinator's
 * Person column when asked.
 */
import type { IStatusReport } from '../../../domain/model';
import type { RepositoryError } from '../IStatusReportRepository';
import { batchSettled } from '../batch';
import { datesOf, list, type IRepositoryContext, type ISaveState } from '../context';
import { partialSave, toRepositoryError } from '../errors';
import { applyWrites, planRowWrites, type WriteOutcome } from '../rows/plan';
import type { Row } from '../rows/mapping';
import { etagOf } from '../rows/values';
import { addItem, type IAddedItem } from './addItem';

/**
 * Writes the part rows and KPI definitions of a report. Returns the state after the writes
 * that were confirmed, and an error when any write failed.
 */
export async function writeRows(
  ctx: IRepositoryContext,
  reportId: number,
  report: IStatusReport,
  state: ISaveState,
  setCoordinator: boolean = false
): Promise<{ state: ISaveState; error?: RepositoryError }> {
  const planned = planRowWrites(reportId, report, state, await datesOf(ctx));
  const email = report.header.coordinator.email;
  const personWrite = setCoordinator && email !== undefined && email !== '';
  if (planned.length === 0 && !personWrite) return { state };

  let version = state.version;
  const r = await batchSettled(ctx.sp, (b) => {
    const writes: Promise<unknown>[] = planned.map((p) => {
      if (p.op === 'add') return addItem(b, p.list, report.header.objectKey, p.row);
      const items = list(b, p.list).items;
      if (p.op === 'update') return items.getById(p.id).update(p.row);
      return items.getById(p.id).delete();
    });
    if (personWrite) {
      // The Person column: SharePoint resolves the e-mail to a site user. A person it cannot
      // resolve leaves the column as it was (the name and e-mail as written are kept anyway).
      const header = list(b, 'reports').items.getById(reportId);
      writes.push(
        header
          .validateUpdateListItem([{ FieldName: 'Coordinator', FieldValue: JSON.stringify([{ Key: email }]) }])
          .then(() => undefined, () => undefined)
      );
      // That write moved the header's ETag: read the new one so the next save is not a false conflict.
      writes.push(
        list(b, 'reports')
          .items.getById(reportId)
          .select('Id')()
          .then((h: Row) => {
            version = etagOf(h) || version;
          })
      );
    }
    return writes;
  });
  if (r.kind !== 'ok') return { state, error: r };
  const outcomes = planned.map((_, i): WriteOutcome => {
    const s = r.value[i];
    return s.ok ? { ok: true, added: s.value as IAddedItem } : { ok: false };
  });
  const next: ISaveState = { ...applyWrites(state, planned, outcomes), version, failedToken: state.failedToken };
  const failed = planned.map((_, i) => r.value[i]).find((s) => !s.ok);
  if (failed && !failed.ok) {
    const err = toRepositoryError(failed.error);
    return { state: next, error: err.kind === 'forbidden' ? err : partialSave() };
  }
  return { state: next };
}
