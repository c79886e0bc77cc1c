/** Filtering and sorting portfolio entries as a view state says (pure; the same input gives the same rows). */
import type { Assessment } from '../model';
import { quarterIndex } from '../quarter';
import { dueOf, dueRank, isLate } from './due';
import type { IPortfolioEntry } from './model';
import type { IPortfolioSort, IPortfolioViewState, SortKey, StatusFilter } from './viewState';

/** The status an entry is filtered by: its overall status, or "none" without an approved report. */
export function statusFilterOf(entry: IPortfolioEntry): StatusFilter {
  return entry.judgements ? entry.judgements.overall : 'none';
}

/** How serious a status is, to sort by: good 0 … problem 3; no approved report counts as most serious. */
export function severity(status: StatusFilter): number {
  const order: readonly (Assessment | 'none')[] = ['good', 'notAssessed', 'attention', 'problem', 'none'];
  return order.indexOf(status);
}

function foldText(text: string): string {
  return text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();
}

export function matchesQuery(entry: IPortfolioEntry, query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  return foldText(entry.object.title).indexOf(q) >= 0 || foldText(entry.object.key).indexOf(q) >= 0;
}

/** Sort value of an entry; undefined sorts last in either direction. */
function sortValue(entry: IPortfolioEntry, key: SortKey, today: Date): number | string | undefined {
  switch (key) {
    case 'title':
      return entry.object.title;
    case 'status':
      return severity(statusFilterOf(entry));
    case 'period':
      return entry.latestApprovedPeriod ? quarterIndex(entry.latestApprovedPeriod) : undefined;
    case 'approved': {
      const t = entry.approvedAt ? Date.parse(entry.approvedAt) : NaN;
      return isNaN(t) ? undefined : t;
    }
    case 'due': {
      return dueRank(dueOf(entry, today));
    }
    case 'kpi':
      return entry.headline?.changePercent ?? entry.headline?.difference;
    default:
      return entry.openProblems;
  }
}

function compareValues(a: number | string, b: number | string, locale: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), locale);
}

/** Entries in the order of `sort`, ties by name; entries without a value last. */
export function sortEntries(entries: readonly IPortfolioEntry[], sort: IPortfolioSort, today: Date, locale: string): IPortfolioEntry[] {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const byTitle = (a: IPortfolioEntry, b: IPortfolioEntry): number => a.object.title.localeCompare(b.object.title, locale) || a.object.key.localeCompare(b.object.key);
  return entries
    .map((entry) => ({ entry, value: sortValue(entry, sort.key, today) }))
    .sort((x, y) => {
      if (x.value === undefined || y.value === undefined) {
        if (x.value === y.value) return byTitle(x.entry, y.entry);
        return x.value === undefined ? 1 : -1;
      }
      return sign * compareValues(x.value, y.value, locale) || byTitle(x.entry, y.entry);
    })
    .map((x) => x.entry);
}

/** The rows a view shows: filtered by status, overdue and text, then sorted. */
export function applyPortfolioView(entries: readonly IPortfolioEntry[], view: IPortfolioViewState, today: Date, locale: string): IPortfolioEntry[] {
  const shown = entries.filter(
    (entry) =>
      (view.status.length === 0 || view.status.indexOf(statusFilterOf(entry)) >= 0) &&
      (!view.overdue || isLate(dueOf(entry, today))) &&
      matchesQuery(entry, view.query)
  );
  return sortEntries(shown, view.sort, today, locale);
}
