/**
 * The portfolio's reads: every förvaltningsobjekt and the status of approved snapshots, from
 * the two lists the board may read (GitsObjects, GitsSnapshots), in one $batch.
 *
 * Snapshots are read for the quarters the views show (`since` on: the status-per-quarter
 * view's first quarter) with a filter whose first clause is on the indexed PeriodYear column,
 * so the query stays within SharePoint's list view threshold however long the list grows: on
 * a list of more than 5,000 items a query whose conditions are not on indexed columns fails
 * (SPQueryThrottledException; Microsoft Learn, "Handling Large Folders and Lists"), and so
 * does one whose indexed clause matches more than 5,000. No $orderby: rows are ordered here.
 * Only the small columns are selected: StatusJson (statuses, open problems, first headline
 * figure; a few hundred bytes), not the summary with every KPI nor the frozen report.
 *
 * A second $batch is sent only when needed: the latest approved snapshot of objects with none
 * in the window (one top-1 query each), and the window's summaries when some of its snapshots
 * were stored before StatusJson existed. Snapshots stored before SummaryJson existed are
 * summarised from their frozen report, read by id after that. Next pages (more than 5,000
 * rows) follow odata.nextLink.
 */
import type { IManagedObject, IQuarter, IStatusReport } from '../../../domain/model';
import type { IPortfolioData, IPortfolioSnapshot } from '../../../domain/portfolio/model';
import { parseStatus, parseSummary, statusOfSummary, summarizeReport, type IReportStatusFacts } from '../../../domain/snapshot';
import type { RepositoryResult } from '../IStatusReportRepository';
import { batchAll, MAX_BATCH_REQUESTS, ok } from '../batch';
import { NO_METADATA, list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { selectOf } from '../rows/select';
import type { ObjectRow } from '../rows/types';
import { APPROVED_ITEMS, num, q, quarterOf } from '../rows/values';
import { allPages, firstPage, readPagedInBatch, type IPage, type ItemsQuery } from './paging';

/** A snapshot row as the portfolio selects it. */
type PortfolioSnapshotRow = {
  readonly Id: number;
  readonly ObjectKey?: string;
  readonly PeriodYear?: number;
  readonly PeriodQuarter?: number;
  readonly Revision?: number;
  readonly StatusJson?: unknown;
  readonly SummaryJson?: unknown;
  readonly ApprovedAt?: unknown;
  readonly Modified?: string;
  readonly SnapshotJson?: string;
};

const SNAPSHOT_COLUMNS = ['Id', 'ObjectKey', 'PeriodYear', 'PeriodQuarter', 'Revision', 'StatusJson', 'ApprovedAt', 'Modified'];

export function objectsQuery(ctx: IRepositoryContext): ItemsQuery {
  return (sp) => list(sp, 'objects').items.using(NO_METADATA).select(...selectOf('objects', 'Title', 'ObjectKey')).orderBy('ObjectKey').top(ctx.page);
}

/** The window's filter: approved, from `since` on; the first clause is on the indexed PeriodYear column. */
function windowFilter(since: IQuarter): string {
  const quarter = since.quarter > 1 ? ` and (PeriodYear gt ${since.year} or PeriodQuarter ge ${since.quarter})` : '';
  return `PeriodYear ge ${since.year}${quarter} and ${APPROVED_ITEMS}`;
}

/** Approved snapshots from `since` on, with `columns`. */
export function windowQuery(ctx: IRepositoryContext, since: IQuarter, columns: readonly string[] = SNAPSHOT_COLUMNS): ItemsQuery {
  return (sp) =>
    list(sp, 'snapshots')
      .items.using(NO_METADATA)
      .filter(windowFilter(since))
      .select(...selectOf('snapshots', ...columns))
      .top(ctx.page);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The row's status: stored, else from its summary, else from its frozen report (when read). */
function statusOf(row: PortfolioSnapshotRow): IReportStatusFacts | undefined {
  const stored = parseStatus(text(row.StatusJson));
  if (stored) return stored;
  const summary = parseSummary(text(row.SummaryJson));
  if (summary) return statusOfSummary(summary);
  if (typeof row.SnapshotJson !== 'string') return undefined;
  try {
    const snapshot = JSON.parse(row.SnapshotJson) as { report?: IStatusReport };
    return snapshot.report ? statusOfSummary(summarizeReport(snapshot.report)) : undefined;
  } catch {
    // A snapshot whose JSON cannot be read is left out of the portfolio.
    return undefined;
  }
}

function snapshotOf(row: PortfolioSnapshotRow, summary: IReportStatusFacts): IPortfolioSnapshot {
  return {
    objectKey: String(row.ObjectKey),
    period: quarterOf(row),
    revision: num(row.Revision),
    approvedAt: (typeof row.ApprovedAt === 'string' && row.ApprovedAt) || String(row.Modified ?? ''),
    summary
  };
}

/** Sends `requests` in as few $batch requests as the batch limit allows; values in order. */
async function inBatches(ctx: IRepositoryContext, requests: readonly ((b: IRepositoryContext['sp']) => Promise<unknown>)[]): Promise<RepositoryResult<unknown[]>> {
  const values: unknown[] = [];
  for (let i = 0; i < requests.length; i += MAX_BATCH_REQUESTS) {
    const chunk = requests.slice(i, i + MAX_BATCH_REQUESTS);
    const r = await batchAll<unknown[]>(ctx.sp, (b) => chunk.map((request) => request(b)));
    if (r.kind !== 'ok') return r;
    values.push(...r.value);
  }
  return ok(values);
}

export function loadPortfolio(ctx: IRepositoryContext, since: IQuarter): Promise<RepositoryResult<IPortfolioData>> {
  return guard(async () => {
    const first = await readPagedInBatch(ctx.sp, [objectsQuery(ctx), windowQuery(ctx, since)]);
    if (first.kind !== 'ok') return first;
    const objects = (first.value.lists[0] as ObjectRow[]).map((r): IManagedObject => ({ key: String(r.ObjectKey), title: String(r.Title ?? '') }));
    const rows = first.value.lists[1] as PortfolioSnapshotRow[];

    const snapshots: IPortfolioSnapshot[] = [];
    const withoutStatus = new Map<number, PortfolioSnapshotRow>();
    rows.forEach((row) => {
      const status = parseStatus(text(row.StatusJson));
      if (status) snapshots.push(snapshotOf(row, status));
      else withoutStatus.set(num(row.Id), row);
    });
    const inWindow = new Set(rows.map((r) => String(r.ObjectKey)));
    const stale = objects.filter((o) => !inWindow.has(o.key));
    if (stale.length === 0 && withoutStatus.size === 0) return ok({ objects, snapshots, since });

    // Second round: each stale object's latest approval, and the window's summaries if needed.
    const latest = stale.map((o) => (b: IRepositoryContext['sp']): Promise<unknown> =>
      list(b, 'snapshots')
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(o.key)} and ${APPROVED_ITEMS}`)
        .select(...selectOf('snapshots', ...SNAPSHOT_COLUMNS, 'SummaryJson', 'SnapshotJson'))
        .orderBy('PeriodYear', false)
        .orderBy('PeriodQuarter', false)
        .orderBy('Revision', false)
        .top(1)()
    );
    const summaries = windowQuery(ctx, since, ['Id', 'SummaryJson']);
    const second = await inBatches(ctx, withoutStatus.size > 0 ? [...latest, (b) => firstPage(summaries(b))] : latest);
    if (second.kind !== 'ok') return second;
    const withoutSummary: PortfolioSnapshotRow[] = [];
    second.value.slice(0, latest.length).forEach((value) => {
      const row = (value as PortfolioSnapshotRow[])[0];
      const status = row ? statusOf(row) : undefined;
      if (row && status) snapshots.push(snapshotOf(row, status));
    });
    if (withoutStatus.size > 0) {
      const page = second.value[latest.length] as IPage<PortfolioSnapshotRow>;
      const summaryRows = await allPages<PortfolioSnapshotRow>(summaries(ctx.sp), page);
      const summaryOf = new Map(summaryRows.map((r) => [num(r.Id), r.SummaryJson]));
      withoutStatus.forEach((row, id) => {
        const withSummary = { ...row, SummaryJson: summaryOf.get(id) };
        const status = statusOf(withSummary);
        if (status) snapshots.push(snapshotOf(row, status));
        else withoutSummary.push(row);
      });
    }

    // Snapshots frozen before summaries were stored: from their frozen report.
    const bodies = await inBatches(
      ctx,
      withoutSummary.map((row) => (b: IRepositoryContext['sp']): Promise<unknown> =>
        list(b, 'snapshots').items.getById(num(row.Id)).using(NO_METADATA).select(...selectOf('snapshots', 'Id', 'SnapshotJson'))()
      )
    );
    if (bodies.kind !== 'ok') return bodies;
    bodies.value.forEach((value, index) => {
      const row = withoutSummary[index];
      const status = statusOf({ ...row, SnapshotJson: (value as PortfolioSnapshotRow).SnapshotJson });
      if (status) snapshots.push(snapshotOf(row, status));
    });
    return ok({ objects, snapshots, since });
  });
}
