/** The overall status of an object's approved quarters from snapshot summaries alone (no report bodies). */
import type { IStatusHistoryPoint } from '../judgement/history';
import type { IQuarter } from '../model';
import { compareQuarters, quarterIndex } from '../quarter';
import type { IApprovedSummary } from '../snapshot';

/** Per quarter the highest approved revision's overall status, the last `count` up to `upTo`, oldest first. */
export function statusHistoryFromSummaries(approved: readonly IApprovedSummary[], upTo: IQuarter, count: number): IStatusHistoryPoint[] {
  const best = new Map<number, IApprovedSummary>();
  approved.forEach((a) => {
    if (compareQuarters(a.summary.period, upTo) > 0) return;
    const i = quarterIndex(a.summary.period);
    const cur = best.get(i);
    if (!cur || a.revision > cur.revision) best.set(i, a);
  });
  return Array.from(best.values())
    .sort((a, b) => compareQuarters(a.summary.period, b.summary.period))
    .slice(-count)
    .map((a) => ({ period: a.summary.period, status: a.summary.judgements.overall }));
}
