/**
 * The reader's first screen in one $batch: the newest approved snapshot, the approved KPI
 * trend, the report list for previous/next and the user's permissions. Each part succeeds or
 * fails on its own (batches are not atomic); only a failure of the whole request fails the call.
 */
import type { IReaderFirstScreen, RepositoryResult } from '../IStatusReportRepository';
import { batchSettled, ok } from '../batch';
import { type IRepositoryContext } from '../context';
import { guard, toRepositoryError } from '../errors';
import { permissionRequests, permissionsFrom } from '../permissions';
import type { SnapshotRow, TrendSnapshotRow } from '../rows/types';
import { newestApprovedRequest, readingFrom } from './approved';
import { allPages, firstPage, type IPage } from './paging';
import { approvedSnapshotRowsQuery, reportHeadersRequest, reportListFrom } from './reports';

export function loadReaderFirstScreen(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<IReaderFirstScreen>> {
  return guard(async () => {
    const approvedRows = approvedSnapshotRowsQuery(ctx, objectKey);
    const r = await batchSettled(ctx.sp, (b) => [
      newestApprovedRequest(b, objectKey),
      firstPage(approvedRows(b)),
      reportHeadersRequest(ctx, b, objectKey),
      ...permissionRequests(b)
    ]);
    if (r.kind !== 'ok') return r;
    const [newest, approvedPage, headers, ...permissionParts] = r.value;
    // An object with more approved snapshots than one page holds: the rest follow the next links.
    const approved = approvedPage.ok
      ? { ok: true as const, value: await allPages<TrendSnapshotRow>(approvedRows(ctx.sp), approvedPage.value as IPage<TrendSnapshotRow>) }
      : approvedPage;
    let reading: IReaderFirstScreen['approved'];
    if (!newest.ok) reading = toRepositoryError(newest.error);
    else if (!approved.ok) reading = toRepositoryError(approved.error);
    else reading = ok(await readingFrom(ctx.sp, objectKey, newest.value as SnapshotRow[], approved.value));
    return ok({
      approved: reading,
      reports: reportListFrom(ctx, objectKey, headers, approved),
      permissions: permissionsFrom(ctx.sp, permissionParts)
    });
  });
}
