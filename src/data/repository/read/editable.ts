/**
 * A report's header and every part in one $batch (with the object's KPI history when the
 * object is known), remembered for planning the next save.
 */
import type { IKpiSeries } from '../../../domain/model';
import type { IEditableReport, IReportForEditing, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { readPagedInBatch, type ItemsQuery } from './paging';
import { NO_METADATA, datesOf, list, siteDatesRequest, type IRepositoryContext } from '../context';
import { guard, notFound } from '../errors';
import { inObjectFolder } from '../../schema/security';
import { webServerRelativeUrl } from '../write/addItem';
import { PART_LISTS, kpiDefinitionFrom, reportFromRows, type PartListKey, type Row } from '../rows/mapping';
import { headerSelect, selectFor } from '../rows/select';
import type { KpiDefinitionRow, ReportHeaderRow, TrendSnapshotRow } from '../rows/types';
import { etagOf, num } from '../rows/values';
import { buildHistory, historyQueries } from './history';
import { splitDuplicates } from '../rows/plan';

export interface ILoadedReport {
  readonly editable: IEditableReport;
  readonly history?: IKpiSeries[];
  /** Save token on the header: tells a repeated save its own earlier write apart from someone else's. */
  readonly saveToken: string;
}

export async function loadFull(
  ctx: IRepositoryContext,
  reportId: number,
  withHistory: boolean,
  objectKeyHint?: string
): Promise<RepositoryResult<ILoadedReport>> {
  // Definitions and history are filtered by object; when the object of the report is known
  // (argument or remembered from an earlier call) they travel in the same batch.
  const hinted: string | undefined = objectKeyHint ?? ctx.objectOfReport.get(reportId);
  const partQueries: ItemsQuery[] = PART_LISTS.map((p) => (sp) =>
    list(sp, p)
      .items.using(NO_METADATA)
      .filter(`ReportId eq ${reportId}`)
      .select(...selectFor(p), 'FileDirRef')
      .top(ctx.page)
  );
  const historyReads = hinted !== undefined ? historyQueries(ctx, hinted) : [];
  const r = await readPagedInBatch(ctx.sp, [...partQueries, ...historyReads], (b) => [
    list(b, 'reports')
      .items.getById(reportId)
      .select(...headerSelect(), 'FileDirRef')(),
    ...siteDatesRequest(ctx, b)
  ]);
  if (r.kind !== 'ok') return r;
  const header = r.value.extra[0] as ReportHeaderRow;
  const objectKey = String(header.ObjectKey ?? '');
  const web = webServerRelativeUrl(ctx.sp);
  // A header outside its object's folder is not that object's report (docs/security.md).
  if (!inObjectFolder(web, 'reports', header.FileDirRef, objectKey)) return notFound();
  const parts = {} as Record<PartListKey, Row[]>;
  PART_LISTS.forEach((p, i) => {
    // Rows naming this report from another object's folder are not part of it.
    parts[p] = (r.value.lists[i] as Row[]).filter((row) => inObjectFolder(web, p, row.FileDirRef, objectKey));
  });
  let historyRows: TrendSnapshotRow[];
  let defRows: KpiDefinitionRow[];
  if (hinted !== undefined && objectKey === hinted) {
    historyRows = r.value.lists[PART_LISTS.length] as TrendSnapshotRow[];
    defRows = r.value.lists[PART_LISTS.length + 1] as KpiDefinitionRow[];
  } else {
    const h = await readPagedInBatch(ctx.sp, historyQueries(ctx, objectKey));
    if (h.kind !== 'ok') return h;
    historyRows = h.value.lists[0] as TrendSnapshotRow[];
    defRows = h.value.lists[1] as KpiDefinitionRow[];
  }
  defRows = defRows.filter((row) => inObjectFolder(web, 'kpiDefinitions', row.FileDirRef, objectKey));
  ctx.objectOfReport.set(reportId, objectKey);
  const kept = {} as Record<PartListKey, Row[]>;
  PART_LISTS.forEach((p) => {
    kept[p] = splitDuplicates(parts[p]).kept;
  });
  const report = reportFromRows(header, kept, splitDuplicates(defRows).kept.map(kpiDefinitionFrom), await datesOf(ctx));
  const editable: IEditableReport = {
    id: reportId,
    report,
    version: etagOf(header),
    revision: num(header.Revision),
    modified: String(header.Modified ?? '')
  };
  ctx.saveStates.set(editable, { rows: parts, definitions: defRows, version: editable.version });
  const history = withHistory ? await buildHistory(ctx.sp, objectKey, historyRows) : undefined;
  return ok({ editable, history, saveToken: String(header.SaveToken ?? '') });
}

export function loadReportForEditing(ctx: IRepositoryContext, reportId: number, objectKey?: string): Promise<RepositoryResult<IReportForEditing>> {
  return guard(async () => {
    const loaded = await loadFull(ctx, reportId, true, objectKey);
    if (loaded.kind !== 'ok') return loaded;
    return ok({ editable: loaded.value.editable, history: loaded.value.history ?? [] });
  });
}
