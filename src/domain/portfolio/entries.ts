/** From approved snapshots to portfolio rows: per object its latest approved report and quarter statuses. */
import type { IQuarter } from '../model';
import { addQuarters, compareQuarters, quarterIndex } from '../quarter';
import { quarterOfDate } from './reportingStatus';
import type { IPortfolioData, IPortfolioEntry, IPortfolioSnapshot, IQuarterStatus } from './model';

/** Quarters the status-per-quarter view shows: the four before today's, oldest first. */
export const RECENT_QUARTERS: number = 4;

/**
 * First quarter whose snapshots the portfolio reads: the first of the status-per-quarter view's
 * quarters. The latest approved report of an object is in that window (or read on its own when
 * it is older), so nothing the views show is left out, and the query reads one snapshot per
 * object and quarter shown (60 objects × 4 quarters × a few revisions, far below the list view
 * threshold).
 */
export function portfolioSince(today: Date): IQuarter {
  return addQuarters(quarterOfDate(today), -RECENT_QUARTERS);
}

/** The quarters of the status-per-quarter view, oldest first. */
export function recentQuarters(today: Date, count: number = RECENT_QUARTERS): IQuarter[] {
  const current = quarterOfDate(today);
  const out: IQuarter[] = [];
  for (let i = count; i >= 1; i--) out.push(addQuarters(current, -i));
  return out;
}

/** The highest approved revision of each object and quarter. */
function latestRevisions(snapshots: readonly IPortfolioSnapshot[]): Map<string, IPortfolioSnapshot[]> {
  const best = new Map<string, IPortfolioSnapshot>();
  snapshots.forEach((s) => {
    const k = `${s.objectKey}|${quarterIndex(s.period)}`;
    const cur = best.get(k);
    if (!cur || s.revision > cur.revision) best.set(k, s);
  });
  const perObject = new Map<string, IPortfolioSnapshot[]>();
  best.forEach((s) => {
    const list = perObject.get(s.objectKey) ?? [];
    list.push(s);
    perObject.set(s.objectKey, list);
  });
  perObject.forEach((list) => list.sort((a, b) => compareQuarters(a.period, b.period)));
  return perObject;
}

/** One entry per object, in the objects' order. */
export function portfolioEntries(data: IPortfolioData): IPortfolioEntry[] {
  const perObject = latestRevisions(data.snapshots);
  return data.objects.map((object): IPortfolioEntry => {
    const approved = perObject.get(object.key) ?? [];
    const latest = approved[approved.length - 1];
    if (!latest) return { object, quarters: [] };
    const quarters = approved.map((s): IQuarterStatus => ({ period: s.period, status: s.summary.judgements.overall }));
    const headline = latest.summary.headline[0];
    return {
      object,
      latestApprovedPeriod: latest.period,
      approvedAt: latest.approvedAt,
      assessment: latest.summary.economyAssessment,
      judgements: latest.summary.judgements,
      ...(headline ? { headline } : {}),
      openProblems: latest.summary.openProblems,
      quarters
    };
  });
}
