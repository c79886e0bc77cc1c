/** Creating a report (repeatable after a cut-off) and the next quarter's draft. */
import type { IKpiValue, IStatusReport } from '../../../domain/model';
import { nextQuarterDraft, nextQuarterPeriods } from '../../../domain/carryOver';
import type { IEditableReport, RepositoryResult } from '../IStatusReportRepository';
import type { SPFI } from '@pnp/sp';
import { batchAll, ok } from '../batch';
import { list, siteDatesRequest, type IRepositoryContext, type ISaveState } from '../context';
import { alreadyExists, guard, notFound, toRepositoryError } from '../errors';
import { PART_LISTS, headerRow, reportRowKey, type PartListKey, type Row } from '../rows/mapping';
import { definitionSelect, selectOf } from '../rows/select';
import type { KpiDefinitionRow, KpiValueRow, ReportHeaderRow } from '../rows/types';
import { etagOf, newToken, num, q } from '../rows/values';
import { loadFull } from '../read/editable';
import { listReports } from '../read/reports';
import { saveReport } from './save';
import { readAll } from '../read/paging';
import { writeRows } from './rowWrites';
import { addItem, type IAddedItem } from './addItem';

function noRows(): Record<PartListKey, Row[]> {
  const r = {} as Record<PartListKey, Row[]>;
  PART_LISTS.forEach((p) => {
    r[p] = [];
  });
  return r;
}

export function createReport(ctx: IRepositoryContext, report: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
  return guard(async () => {
    const objectKey = report.header.objectKey;
    const draft: IStatusReport = { ...report, header: { ...report.header, approval: 'draft' } };
    const rowKey = reportRowKey(objectKey, report.header.period);
    const unfinished = ctx.unfinishedCreates.get(rowKey);
    if (unfinished) {
      // An earlier createReport of this report stopped half-way: find its header and finish it.
      const resumed = await resumeCreate(ctx, rowKey, unfinished, draft);
      if (resumed !== undefined) return resumed;
    }
    // One report per object and quarter: the header's RowKey is looked up, not left to a unique
    // constraint (lists with a folder per object cannot enforce unique values).
    const pre = await batchAll<[ReportHeaderRow[], KpiDefinitionRow[]]>(ctx.sp, (b) => [
      headersWithKey(b, rowKey),
      list(b, 'kpiDefinitions').items.filter(`ObjectKey eq ${q(objectKey)}`).select(...definitionSelect()).top(ctx.page)(),
      ...siteDatesRequest(ctx, b)
    ]);
    if (pre.kind !== 'ok') return pre;
    const [existing, defs] = pre.value;
    if (existing.length > 0) return alreadyExists();
    const token = newToken();
    ctx.unfinishedCreates.set(rowKey, { token });
    let added: IAddedItem;
    try {
      added = await addItem(ctx.sp, 'reports', objectKey, { ...headerRow(draft), ApprovalState: 'draft', Revision: 0, SaveToken: token });
    } catch (e) {
      const error = toRepositoryError(e);
      if (error.kind === 'alreadyExists') ctx.unfinishedCreates.delete(rowKey);
      return error;
    }
    const id = added.Id;
    // Two creates at the same moment both pass the look-up: the lowest id wins, the other removes its own.
    const rivals = await headersWithKey(ctx.sp, rowKey);
    if (rivals.some((h) => h.Id < id)) {
      await list(ctx.sp, 'reports').items.getById(id).delete();
      ctx.unfinishedCreates.delete(rowKey);
      return alreadyExists();
    }
    ctx.unfinishedCreates.set(rowKey, { token, id });
    ctx.objectOfReport.set(id, objectKey);
    // An add that answers without an ETag: read it, so the first save is guarded.
    const version = added.etag || etagOf(await list(ctx.sp, 'reports').items.getById(id).select('Id')());
    const state: ISaveState = { rows: noRows(), definitions: defs, version };
    const written = await writeRows(ctx, id, draft, state, true);
    if (written.error !== undefined) return written.error;
    ctx.unfinishedCreates.delete(rowKey);
    const editable: IEditableReport = {
      id,
      report: draft,
      version: written.state.version,
      revision: 0,
      modified: String(added.Modified ?? ''),
      ...(written.warnings && written.warnings.length > 0 ? { warnings: written.warnings } : {})
    };
    ctx.saveStates.set(editable, written.state);
    return ok(editable);
  });
}

/** Headers stored under a report row key, lowest id first. */
async function headersWithKey(sp: SPFI, rowKey: string): Promise<ReportHeaderRow[]> {
  const rows: ReportHeaderRow[] = await list(sp, 'reports')
    .items.filter(`RowKey eq ${q(rowKey)}`)
    .select(...selectOf('reports', 'Id', 'SaveToken'))();
  return rows.slice().sort((a, b) => a.Id - b.Id);
}

/** Finishes a half-done createReport: the header (recognised by its save token) exists, the rows may not. */
async function resumeCreate(
  ctx: IRepositoryContext,
  rowKey: string,
  unfinished: { token: string; id?: number },
  draft: IStatusReport
): Promise<RepositoryResult<IEditableReport> | undefined> {
  const found = await headersWithKey(ctx.sp, rowKey);
  if (found.length === 0 || found[0].SaveToken !== unfinished.token) {
    ctx.unfinishedCreates.delete(rowKey);
    return undefined;
  }
  const loaded = await loadFull(ctx, found[0].Id, false);
  if (loaded.kind !== 'ok') return loaded;
  const saved = await saveReport(ctx, loaded.value.editable, draft);
  if (saved.kind === 'ok') ctx.unfinishedCreates.delete(rowKey);
  return saved;
}

/** The stored value of a KPI row as the comparison value of a later report. */
function storedValue(row: KpiValueRow | undefined): IKpiValue | undefined {
  if (!row || typeof row.CurrentText !== 'string') return undefined;
  const v: { text: string; number?: number; qualifier?: string } = { text: row.CurrentText };
  if (typeof row.CurrentNumber === 'number') v.number = row.CurrentNumber;
  if (typeof row.CurrentQualifier === 'string') v.qualifier = row.CurrentQualifier;
  return v;
}

export function createNextQuarterDraft(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<IEditableReport>> {
  return guard(async () => {
    const reports = await listReports(ctx, objectKey);
    if (reports.kind !== 'ok') return reports;
    if (reports.value.length === 0) return notFound();
    const loaded = await loadFull(ctx, reports.value[0].id, false);
    if (loaded.kind !== 'ok') return loaded;
    const previous = loaded.value.editable.report;
    const { lastYear } = nextQuarterPeriods(previous.header.period);
    const lastYearRows = await readAll<KpiValueRow>(
      list(ctx.sp, 'kpiValues')
        .items.filter(`ObjectKey eq ${q(objectKey)} and PeriodYear eq ${lastYear.year}`)
        .select(...selectOf('kpiValues', 'DefinitionKey', 'PeriodQuarter', 'CurrentText', 'CurrentNumber', 'CurrentQualifier'))
        .top(ctx.page)
    );
    // The board's reads load with the board's chunk, not in the reader's first bundle.
    const { openAssignmentsOf } = await import(/* webpackChunkName: 'board-data' */ '../board/read');
    const assignments = await openAssignmentsOf(ctx, objectKey);
    const draft = nextQuarterDraft(
      previous,
      (key) => storedValue(lastYearRows.find((r) => r.DefinitionKey === key && num(r.PeriodQuarter) === lastYear.quarter)),
      assignments
    );
    return createReport(ctx, draft);
  });
}
