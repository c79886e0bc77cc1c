/**
 * The portfolio's reads: every förvaltningsobjekt and the summaries of approved snapshots,
 * from the two lists the board may read (GitsObjects, GitsSnapshots), in one $batch.
 *
 * Snapshots are read for a window of quarters (`since` on) with a filter whose first clause is
 * on the indexed PeriodYear column, so the query stays within SharePoint's list view threshold
 * however long the list grows: on a list of more than 5,000 items a query whose conditions are
 * not on indexed columns fails (SPQueryThrottledException; Microsoft Learn, "Handling Large
 * Folders and Lists"), and so does one whose indexed clause matches more than 5,000. The window
 * holds 60 objects × at most 12 quarters × a few revisions. No $orderby: rows are ordered here.
 * Only the small columns are selected (SummaryJson, not the frozen report).
 *
 * A second $batch is sent only when needed: the latest approved snapshot of objects with none
 * in the window (one top-1 query each) and the frozen report of snapshots without a readable
 * summary (approved before summaries were stored). Next pages (more than 5,000 rows in the
 * window) follow odata.nextLink.
 */
import type { IManagedObject, IQuarter, IStatusReport } from '../../../domain/model';
import type { IPortfolioData, IPortfolioSnapshot } from '../../../domain/portfolio/model';
import { parseSummary, summarizeReport, type IReportSummaryFacts } from '../../../domain/snapshot';
import type { RepositoryResult } from '../IStatusReportRepository';
import { batchAll, MAX_BATCH_REQUESTS, ok } from '../batch';
import { NO_METADATA, list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { selectOf } from '../rows/select';
import type { ObjectRow } from '../rows/types';
import { APPROVED_ITEMS, num, q, quarterOf } from '../rows/values';
import { readPagedInBatch, type ItemsQuery } from './paging';

/** A snapshot row as the portfolio selects it. */
type PortfolioSnapshotRow = {
  readonly Id: number;
  readonly ObjectKey?: string;
  readonly PeriodYear?: number;
  readonly PeriodQuarter?: number;
  readonly Revision?: number;
  readonly SummaryJson?: unknown;
  readonly ApprovedAt?: unknown;
  readonly Modified?: string;
  readonly SnapshotJson?: string;
};

const SNAPSHOT_COLUMNS = ['Id', 'ObjectKey', 'PeriodYear', 'PeriodQuarter', 'Revision', 'SummaryJson', 'ApprovedAt', 'Modified'];

export function objectsQuery(ctx: IRepositoryContext): ItemsQuery {
  return (sp) => list(sp, 'objects').items.using(NO_METADATA).select(...selectOf('objects', 'Title', 'ObjectKey')).orderBy('ObjectKey').top(ctx.page);
}

/** Approved snapshots from `since` on: the first clause is on the indexed PeriodYear column. */
export function windowQuery(ctx: IRepositoryContext, since: IQuarter): ItemsQuery {
  return (sp) =>
    list(sp, 'snapshots')
      .items.using(NO_METADATA)
      .filter(`PeriodYear ge ${since.year} and ${APPROVED_ITEMS}`)
      .select(...selectOf('snapshots', ...SNAPSHOT_COLUMNS))
      .top(ctx.page);
}

function summaryOf(row: PortfolioSnapshotRow): IReportSummaryFacts | undefined {
  const stored = parseSummary(typeof row.SummaryJson === 'string' ? row.SummaryJson : undefined);
  if (stored) return stored;
  if (typeof row.SnapshotJson !== 'string') return undefined;
  try {
    const snapshot = JSON.parse(row.SnapshotJson) as { report?: IStatusReport };
    return snapshot.report ? summarizeReport(snapshot.report) : undefined;
  } catch {
    // A snapshot whose JSON cannot be read is left out of the portfolio.
    return undefined;
  }
}

function snapshotOf(row: PortfolioSnapshotRow, summary: IReportSummaryFacts): IPortfolioSnapshot {
  return {
    objectKey: String(row.ObjectKey ?? summary.objectKey),
    period: quarterOf(row),
    revision: num(row.Revision),
    approvedAt: (typeof row.ApprovedAt === 'string' && row.ApprovedAt) || String(row.Modified ?? ''),
    summary
  };
}

export function loadPortfolio(ctx: IRepositoryContext, since: IQuarter): Promise<RepositoryResult<IPortfolioData>> {
  return guard(async () => {
    const first = await readPagedInBatch(ctx.sp, [objectsQuery(ctx), windowQuery(ctx, since)]);
    if (first.kind !== 'ok') return first;
    const objects = (first.value.lists[0] as ObjectRow[]).map((r): IManagedObject => ({ key: String(r.ObjectKey), title: String(r.Title ?? '') }));
    const rows = first.value.lists[1] as PortfolioSnapshotRow[];

    const snapshots: IPortfolioSnapshot[] = [];
    const withoutSummary: PortfolioSnapshotRow[] = [];
    rows.forEach((row) => {
      const summary = summaryOf(row);
      if (summary) snapshots.push(snapshotOf(row, summary));
      else withoutSummary.push(row);
    });
    const inWindow = new Set(rows.map((r) => String(r.ObjectKey)));
    const stale = objects.filter((o) => !inWindow.has(o.key));

    type FollowUp = { readonly kind: 'latest' | 'body'; readonly row?: PortfolioSnapshotRow; readonly objectKey?: string };
    const followUps: FollowUp[] = [
      ...stale.map((o): FollowUp => ({ kind: 'latest', objectKey: o.key })),
      ...withoutSummary.map((row): FollowUp => ({ kind: 'body', row }))
    ];
    for (let i = 0; i < followUps.length; i += MAX_BATCH_REQUESTS) {
      const chunk = followUps.slice(i, i + MAX_BATCH_REQUESTS);
      const r = await batchAll<unknown[]>(ctx.sp, (b) =>
        chunk.map((f) =>
          f.kind === 'latest'
            ? list(b, 'snapshots')
                .items.using(NO_METADATA)
                .filter(`ObjectKey eq ${q(String(f.objectKey))} and ${APPROVED_ITEMS}`)
                .select(...selectOf('snapshots', ...SNAPSHOT_COLUMNS, 'SnapshotJson'))
                .orderBy('PeriodYear', false)
                .orderBy('PeriodQuarter', false)
                .orderBy('Revision', false)
                .top(1)()
            : list(b, 'snapshots')
                .items.getById(num(f.row?.Id))
                .using(NO_METADATA)
                .select(...selectOf('snapshots', 'Id', 'SnapshotJson'))()
        )
      );
      if (r.kind !== 'ok') return r;
      r.value.forEach((value, index) => {
        const f = chunk[index];
        const row: PortfolioSnapshotRow | undefined =
          f.kind === 'latest' ? (value as PortfolioSnapshotRow[])[0] : { ...(f.row as PortfolioSnapshotRow), SnapshotJson: (value as PortfolioSnapshotRow).SnapshotJson };
        const summary = row ? summaryOf(row) : undefined;
        if (row && summary) snapshots.push(snapshotOf(row, summary));
      });
    }
    return ok({ objects, snapshots, since });
  });
}
