/**
 * Executes a row-write plan as one $batch of idempotent upserts, and the coordinator's
 * Person column when asked.
 */
import type { IStatusReport } from '../../../domain/model';
import type { IRepositoryWarning, RepositoryError } from '../IStatusReportRepository';
import { batchSettledBySize, jsonBytes } from '../batch';
import { datesOf, list, type IRepositoryContext, type ISaveState } from '../context';
import { partialSave, toRepositoryError } from '../errors';
import { applyWrites, planRowWrites, type WriteOutcome } from '../rows/plan';
import type { Row } from '../rows/mapping';
import { etagOf } from '../rows/values';
import { addItem, type IAddedItem } from './addItem';

/** The claims login SharePoint Online resolves a work account by. */
export function claimsLogin(email: string): string {
  return /^i:0#\.f\|membership\|/.test(email) ? email : `i:0#.f|membership|${email}`;
}

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
): Promise<{ state: ISaveState; error?: RepositoryError; warnings?: IRepositoryWarning[] }> {
  const planned = planRowWrites(reportId, report, state, await datesOf(ctx));
  const email = report.header.coordinator.email;
  const personWrite = setCoordinator && email !== undefined && email !== '';
  if (planned.length === 0 && !personWrite) return { state };

  let version = state.version;
  let personSet = true;
  // Split by bytes as well as by count: a long report's writes go in several batches.
  const r = await batchSettledBySize(
    ctx.sp,
    planned,
    (p) => (p.op === 'delete' ? 0 : jsonBytes(p.row)),
    (b, p) => {
      if (p.op === 'add') return addItem(b, p.list, report.header.objectKey, p.row, ctx.sp);
      const items = list(b, p.list).items;
      if (p.op === 'update') return items.getById(p.id).update(p.row);
      return items.getById(p.id).delete();
    },
    (b) => {
      if (!personWrite) return [];
      // The Person column, by the claims login (PnPjs docs: ValidateUpdateListItem with a User
      // field takes [{ Key: "i:0#.f|membership|<upn>" }]). A person SharePoint cannot resolve
      // leaves the column as it was (name and e-mail as written are kept) and is reported.
      const header = list(b, 'reports').items.getById(reportId);
      return [
        header.validateUpdateListItem([{ FieldName: 'Coordinator', FieldValue: JSON.stringify([{ Key: claimsLogin(email as string) }]) }]).then(
          (res) => {
            if (res.some((f) => f.HasException)) personSet = false;
          },
          () => {
            personSet = false;
          }
        ),
        // That write moved the header's ETag: read the new one so the next save is not a false conflict.
        list(b, 'reports')
          .items.getById(reportId)
          .select('Id')()
          .then((h: Row) => {
            version = etagOf(h) || version;
          })
      ];
    }
  );
  if (r.kind !== 'ok') return { state, error: r };
  const warnings: IRepositoryWarning[] = personSet ? [] : [{ kind: 'coordinatorNotSet', messageKey: 'data.warning.coordinatorNotSet' }];
  const outcomes = planned.map((_, i): WriteOutcome => {
    const s = r.value[i];
    return s.ok ? { ok: true, added: s.value as IAddedItem } : { ok: false };
  });
  const next: ISaveState = { ...applyWrites(state, planned, outcomes), version, failedToken: state.failedToken };
  const failed = planned.map((_, i) => r.value[i]).find((s) => !s.ok);
  if (failed && !failed.ok) {
    const err = toRepositoryError(failed.error);
    return { state: next, error: err.kind === 'forbidden' ? err : partialSave(), warnings };
  }
  return { state: next, warnings };
}
