/**
 * Saving a report: the header alone first, guarded by If-Match (a $batch is not atomic, so an
 * If-Match inside it would not stop the row writes), then one $batch of row writes.
 */
import type { IStatusReport } from '../../../domain/model';
import type { IEditableReport, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { list, type IRepositoryContext, type ISaveState } from '../context';
import { errorStatus, guard, toRepositoryError } from '../errors';
import { headerRow, type Row } from '../rows/mapping';
import { etagOf, newToken } from '../rows/values';
import { loadFull } from '../read/editable';
import { writeRows } from './rowWrites';

export function saveReport(ctx: IRepositoryContext, loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
  return guard(async () => {
    let state = ctx.saveStates.get(loaded);
    if (!state || state.failedToken !== undefined) {
      // Unknown or uncertain row state (new instance, or after a half-finished save): read it first.
      const fresh = await loadFull(ctx, loaded.id, false);
      if (fresh.kind !== 'ok') return fresh;
      const freshState = ctx.saveStates.get(fresh.value.editable) as ISaveState;
      const ours = state?.failedToken !== undefined && fresh.value.saveToken === state.failedToken;
      if (fresh.value.editable.version !== loaded.version && !ours) {
        return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: fresh.value.editable };
      }
      state = { ...freshState, version: fresh.value.editable.version };
    }
    const token = newToken();
    const approval = loaded.report.header.approval;
    const report: IStatusReport = { ...edited, header: { ...edited.header, approval } };
    let version: string;
    try {
      const res = (await list(ctx.sp, 'reports')
        .items.getById(loaded.id)
        .update({ ...headerRow(report), SaveToken: token }, state.version)) as { etag?: string } | undefined;
      version = res?.etag ?? '';
    } catch (e) {
      if (errorStatus(e) === 412) {
        const theirs = await loadFull(ctx, loaded.id, false);
        if (theirs.kind !== 'ok') return theirs;
        return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: theirs.value.editable };
      }
      const error = toRepositoryError(e);
      if (error.kind === 'network' || error.kind === 'throttled' || error.kind === 'unexpected') {
        // The header write may have reached the server: the repeat recognises it by this token.
        ctx.saveStates.set(loaded, { ...state, failedToken: token });
      }
      return error;
    }
    if (!version) {
      // The server did not return the new ETag: read it back so the next save is guarded.
      const header: Row = await list(ctx.sp, 'reports').items.getById(loaded.id).select('Id', 'Modified')();
      version = etagOf(header);
    }
    const coordinatorChanged = report.header.coordinator.email !== loaded.report.header.coordinator.email;
    const written = await writeRows(ctx, loaded.id, report, { rows: state.rows, definitions: state.definitions, version }, coordinatorChanged);
    const next: IEditableReport = { id: loaded.id, report, version: written.state.version, revision: loaded.revision, modified: ctx.now().toISOString() };
    if (written.error !== undefined) {
      // Remembered on the original, so repeating the same save call recovers.
      ctx.saveStates.set(loaded, { ...written.state, failedToken: token });
      return written.error;
    }
    const done: IEditableReport = written.warnings && written.warnings.length > 0 ? { ...next, warnings: written.warnings } : next;
    ctx.saveStates.set(done, written.state);
    return ok(done);
  });
}
