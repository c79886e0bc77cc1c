/** What readers see: approved snapshots. */
import type { IQuarter, IReportSnapshot, IStatusReport } from '../../../domain/model';
import type { IReportForReading, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { readPagedInBatch } from './paging';
import { list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { snapshotSelect } from '../rows/select';
import type { SnapshotRow, TrendSnapshotRow } from '../rows/types';
import { MODERATION, moderationToApproval, personFrom, q } from '../rows/values';
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

export function loadApprovedReport(ctx: IRepositoryContext, objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
  return guard(async () => {
    let filter = `ObjectKey eq ${q(objectKey)} and OData__ModerationStatus eq ${MODERATION.approved}`;
    if (period) filter += ` and PeriodYear eq ${period.year} and PeriodQuarter eq ${period.quarter}`;
    const r = await readPagedInBatch(ctx.sp, [trendQuery(ctx, objectKey)], (b) => [
      list(b, 'snapshots')
        .items.filter(filter)
        .select(...snapshotSelect())
        .expand('Editor')
        .orderBy('PeriodYear', false)
        .orderBy('PeriodQuarter', false)
        .orderBy('Revision', false)
        .top(1)()
    ]);
    if (r.kind !== 'ok') return r;
    const snaps = r.value.extra[0] as SnapshotRow[];
    const history = await buildHistory(ctx.sp, objectKey, r.value.lists[0] as TrendSnapshotRow[]);
    return ok(snaps.length > 0 ? { snapshot: snapshotFrom(snaps[0]), history } : { history });
  });
}
