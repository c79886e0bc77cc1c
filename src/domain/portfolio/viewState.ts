/**
 * The portfolio's view: which tab, which filters, which sort. Its URL form lets a filtered
 * view be linked and bookmarked: ?tab=quarters&status=problem,attention&overdue=1&q=vård&sort=status-desc.
 * Parameters the portfolio does not own (view, object, a SharePoint page's own) are kept as they are.
 */
import type { Assessment } from '../model';

export const PORTFOLIO_TABS = ['latest', 'quarters'] as const;
export type PortfolioTab = (typeof PORTFOLIO_TABS)[number];

/** A status filter value: an overall status, or "none" for objects without an approved report. */
export const STATUS_FILTERS = ['good', 'attention', 'problem', 'notAssessed', 'none'] as const;
export type StatusFilter = Assessment | 'none';

export const SORT_KEYS = ['title', 'status', 'period', 'approved', 'due', 'kpi', 'problems'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface IPortfolioSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export interface IPortfolioViewState {
  readonly tab: PortfolioTab;
  /** Shown statuses; empty = all. */
  readonly status: readonly StatusFilter[];
  /** Only objects whose report is overdue or never approved. */
  readonly overdue: boolean;
  /** Free text matched against the object's name and key. */
  readonly query: string;
  readonly sort: IPortfolioSort;
}

export const DEFAULT_PORTFOLIO_VIEW: IPortfolioViewState = {
  tab: 'latest',
  status: [],
  overdue: false,
  query: '',
  sort: { key: 'title', direction: 'asc' }
};

/** The query-string parameters the portfolio owns. */
export const PORTFOLIO_PARAMS = ['tab', 'status', 'overdue', 'q', 'sort'] as const;

/** Longest free text kept from a URL (a pasted URL is not a place for essays). */
export const MAX_QUERY_LENGTH: number = 200;

function member<T extends string>(allowed: readonly T[], value: string): T | undefined {
  const v = value.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === v);
}

/** The view a query string asks for; every value that is not understood is ignored (the default holds). */
export function parsePortfolioView(search: string): IPortfolioViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_PORTFOLIO_VIEW;
  }
  const tab = member(PORTFOLIO_TABS, params.get('tab') ?? '') ?? DEFAULT_PORTFOLIO_VIEW.tab;
  const status: StatusFilter[] = [];
  (params.get('status') ?? '').split(',').forEach((part) => {
    const s = member(STATUS_FILTERS, part);
    if (s && status.indexOf(s) < 0) status.push(s);
  });
  const overdueText = (params.get('overdue') ?? '').trim().toLowerCase();
  const overdue = overdueText === '1' || overdueText === 'true';
  const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const sortMatch = /^([a-z]+)(?:-(asc|desc))?$/.exec((params.get('sort') ?? '').trim().toLowerCase());
  const sortKey = sortMatch ? member(SORT_KEYS, sortMatch[1]) : undefined;
  const sort: IPortfolioSort = sortKey
    ? { key: sortKey, direction: sortMatch && sortMatch[2] === 'desc' ? 'desc' : 'asc' }
    : DEFAULT_PORTFOLIO_VIEW.sort;
  // Status filters in a fixed order, so the same view always has the same URL.
  status.sort((a, b) => STATUS_FILTERS.indexOf(a) - STATUS_FILTERS.indexOf(b));
  return { tab, status, overdue, query, sort };
}

/**
 * The query string for `view`, starting from `search` (the current one): the portfolio's own
 * parameters are replaced (defaults left out, so a plain portfolio has a plain URL), all other
 * parameters are kept in their order. Returns "" or "?…".
 */
export function formatPortfolioView(view: IPortfolioViewState, search: string = ''): string {
  const params = new URLSearchParams(search);
  PORTFOLIO_PARAMS.forEach((name) => params.delete(name));
  if (view.tab !== DEFAULT_PORTFOLIO_VIEW.tab) params.set('tab', view.tab);
  if (view.status.length > 0) {
    const ordered = STATUS_FILTERS.filter((s) => view.status.indexOf(s) >= 0);
    params.set('status', ordered.join(','));
  }
  if (view.overdue) params.set('overdue', '1');
  const query = view.query.trim().slice(0, MAX_QUERY_LENGTH);
  if (query) params.set('q', query);
  const sort = view.sort;
  if (sort.key !== DEFAULT_PORTFOLIO_VIEW.sort.key || sort.direction !== DEFAULT_PORTFOLIO_VIEW.sort.direction) {
    params.set('sort', `${sort.key}-${sort.direction}`);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
