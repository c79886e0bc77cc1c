/**
 * The approved KPI trend of an object, from its approved snapshots only: each snapshot's
 * `SummaryJson` (or, for snapshots frozen before it existed, the summary computed from its
 * `SnapshotJson`). Nothing is read from the working lists, so an edit of a KPI row after
 * approval cannot move the trend; only a new approval does.
 */
import type { SPFI } from '@pnp/sp';
import type { IKpiSeries, IStatusReport } from '../../../domain/model';
import { parseSummary, summarizeReport, trendFromSummaries, type IApprovedSummary } from '../../../domain/snapshot';
import type { RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { readPagedInBatch, type ItemsQuery } from './paging';
import { NO_METADATA, list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { definitionSelect, selectOf } from '../rows/select';
import type { TrendSnapshotRow } from '../rows/types';
import { APPROVED_ITEMS, num, q } from '../rows/values';

/** The approved snapshots of an object, with their summaries (no frozen report bodies). */
export function trendQuery(ctx: IRepositoryContext, objectKey: string): ItemsQuery {
  return (sp) =>
    list(sp, 'snapshots')
      .items.using(NO_METADATA)
      .filter(`ObjectKey eq ${q(objectKey)} and ${APPROVED_ITEMS}`)
      .select(...selectOf('snapshots', 'Id', 'PeriodYear', 'PeriodQuarter', 'Revision', 'SummaryJson'))
      .top(ctx.page);
}

/** The two reads an editor needs beside a report: the object's trend and its KPI definitions. */
export function historyQueries(ctx: IRepositoryContext, objectKey: string): [ItemsQuery, ItemsQuery] {
  return [
    trendQuery(ctx, objectKey),
    (sp) =>
      list(sp, 'kpiDefinitions')
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(objectKey)}`)
        .select(...definitionSelect(), 'FileDirRef')
        .top(ctx.page)
  ];
}

/**
 * Summaries of approved snapshot rows. Rows without a readable SummaryJson (frozen before
 * schema version 3) are summarised from their SnapshotJson, fetched in one more request only
 * when there are such rows.
 */
export async function approvedSummaries(sp: SPFI, objectKey: string, rows: readonly TrendSnapshotRow[]): Promise<IApprovedSummary[]> {
  const out: IApprovedSummary[] = [];
  const missing: number[] = [];
  rows.forEach((r) => {
    const summary = parseSummary(typeof r.SummaryJson === 'string' ? r.SummaryJson : undefined);
    if (summary) out.push({ revision: num(r.Revision), summary });
    else missing.push(num(r.Id));
  });
  for (let i = 0; i < missing.length; i += 50) {
    const ids = missing.slice(i, i + 50);
    const full: { Id: number; Revision: number; SnapshotJson?: string }[] = await list(sp, 'snapshots')
      .items.using(NO_METADATA)
      .filter(`ObjectKey eq ${q(objectKey)} and (${ids.map((id) => `Id eq ${id}`).join(' or ')})`)
      .select(...selectOf('snapshots', 'Id', 'Revision', 'SnapshotJson'))
      .top(50)();
    full.forEach((r) => {
      try {
        const stored = JSON.parse(String(r.SnapshotJson)) as { report?: IStatusReport };
        if (stored.report) out.push({ revision: num(r.Revision), summary: summarizeReport(stored.report) });
      } catch {
        // A snapshot whose JSON cannot be read adds no point to the trend.
      }
    });
  }
  return out;
}

/** The trend from approved snapshot rows (see approvedSummaries). */
export async function buildHistory(sp: SPFI, objectKey: string, rows: readonly TrendSnapshotRow[]): Promise<IKpiSeries[]> {
  return trendFromSummaries(await approvedSummaries(sp, objectKey, rows));
}

export function loadKpiHistory(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, [trendQuery(ctx, objectKey)]);
    if (r.kind !== 'ok') return r;
    return ok(await buildHistory(ctx.sp, objectKey, r.value.lists[0] as TrendSnapshotRow[]));
  });
}
