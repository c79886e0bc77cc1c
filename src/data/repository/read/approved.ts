/** What readers see: approved snapshots. */
import type { SPFI } from '@pnp/sp';
import type { IQuarter, IReportSnapshot, IStatusReport } from '../../../domain/model';
import type { IReportForReading, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { readAll, readPagedInBatch } from './paging';
import { list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { snapshotSelect } from '../rows/select';
import type { SnapshotRow, TrendSnapshotRow } from '../rows/types';
import { APPROVED_ITEMS, moderationToApproval, personFrom, q, num } from '../rows/values';
import { buildHistory, trendQuery } from './history';

/** The snapshot stored in a row, with the approval state SharePoint holds for it (not the one frozen in the JSON). */
export function snapshotFrom(row: SnapshotRow): IReportSnapshot {
  const stored = JSON.parse(String(row.SnapshotJson)) as IReportSnapshot;
  const approval = moderationToApproval(row.OData__ModerationStatus);
  const report: IStatusReport = { ...stored.report, header: { ...stored.report.header, approval } };
  const base: IReportSnapshot = { ...stored, report, approval };
  if (approval === 'approved' || approval === 'returned') {
    const editor = row.Editor;
    const comment = row.OData__ModerationComments;
    // The approver's name and time are set with the moderation status; older snapshots have the editor and Modified.
    const byName = typeof row.ApprovedByName === 'string' && row.ApprovedByName ? row.ApprovedByName : undefined;
    const approvedBy = byName
      ? personFrom(byName, editor?.Title === byName ? editor?.EMail : undefined)
      : stored.approvedBy ?? personFrom(editor?.Title, editor?.EMail);
    return {
      ...base,
      approvedBy,
      approvedAt: (typeof row.ApprovedAt === 'string' && row.ApprovedAt) || stored.approvedAt || String(row.Modified ?? ''),
      ...(typeof comment === 'string' && comment ? { comment } : {})
    };
  }
  return base;
}

/** The newest approved snapshot of an object (of `period`, when given), for a $batch. */
export function newestApprovedRequest(b: SPFI, objectKey: string, period?: IQuarter): Promise<unknown> {
  let filter = `ObjectKey eq ${q(objectKey)} and ${APPROVED_ITEMS}`;
  if (period) filter += ` and PeriodYear eq ${period.year} and PeriodQuarter eq ${period.quarter}`;
  return list(b, 'snapshots')
    .items.filter(filter)
    .select(...snapshotSelect())
    .expand('Editor')
    .orderBy('PeriodYear', false)
    .orderBy('PeriodQuarter', false)
    .orderBy('Revision', false)
    .top(1)();
}

/** What a reader sees from the newest approved snapshot row (if any) and the trend's snapshot rows. */
export async function readingFrom(sp: SPFI, objectKey: string, newest: readonly SnapshotRow[], trendRows: readonly TrendSnapshotRow[]): Promise<IReportForReading> {
  const history = await buildHistory(sp, objectKey, trendRows);
  return newest.length > 0 ? { snapshot: snapshotFrom(newest[0]), history } : { history };
}

export function loadApprovedReport(ctx: IRepositoryContext, objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, [trendQuery(ctx, objectKey)], (b) => [newestApprovedRequest(b, objectKey, period)]);
    if (r.kind !== 'ok') return r;
    return ok(await readingFrom(ctx.sp, objectKey, r.value.extra[0] as SnapshotRow[], r.value.lists[0] as TrendSnapshotRow[]));
  });
}

/**
 * The newest approved snapshot of each of the object's last `count` approved quarters up to
 * `upTo`, oldest first: one request (the rows of the quarters since three years before `upTo`,
 * every page), for what the board saw quarter by quarter (the answers to its assignments).
 */
export function loadApprovedSnapshots(ctx: IRepositoryContext, objectKey: string, upTo: IQuarter, count: number): Promise<RepositoryResult<readonly IReportSnapshot[]>> {
  return guard(async () => {
    const fromYear = upTo.year - Math.ceil(count / 4);
    const items = list(ctx.sp, 'snapshots')
      .items.filter(`ObjectKey eq ${q(objectKey)} and ${APPROVED_ITEMS} and PeriodYear ge ${fromYear} and PeriodYear le ${upTo.year}`)
      .select(...snapshotSelect())
      .expand('Editor')
      .orderBy('PeriodYear', false)
      .orderBy('PeriodQuarter', false)
      .orderBy('Revision', false)
      .top(ctx.page);
    const rows = await readAll<SnapshotRow>(items);
    // Newest first (quarters after `upTo` in its year left out): the first row of a quarter is its newest approved revision.
    const newest = new Map<string, SnapshotRow>();
    rows.forEach((row) => {
      if (num(row.PeriodYear) === upTo.year && num(row.PeriodQuarter) > upTo.quarter) return;
      const key = `${num(row.PeriodYear)}-${num(row.PeriodQuarter)}`;
      if (!newest.has(key)) newest.set(key, row);
    });
    return ok(Array.from(newest.values()).slice(0, count).reverse().map(snapshotFrom));
  });
}
