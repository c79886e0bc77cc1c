/** The summaries of one object's approved snapshots, for its status history: one request. */
import type { IApprovedSummary } from '../../../domain/snapshot';
import type { RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import type { IRepositoryContext } from '../context';
import { guard } from '../errors';
import type { TrendSnapshotRow } from '../rows/types';
import { approvedSummaries, trendQuery } from './history';
import { readPagedInBatch } from './paging';

export function loadApprovedSummaries(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<readonly IApprovedSummary[]>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, [trendQuery(ctx, objectKey)]);
    if (r.kind !== 'ok') return r;
    return ok(await approvedSummaries(ctx.sp, objectKey, r.value.lists[0] as TrendSnapshotRow[]));
  });
}
