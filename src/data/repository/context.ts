/**
 * What the repository's modules share: the SPFI of the data site, the clock, and what the
 * repository remembers between calls (rows handed out, unfinished creates, objects of reports).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { InjectHeaders } from '@pnp/queryable';
import type { IPerson } from '../../domain/model';
import { listTitle, type ListKey } from '../schema/schema';
import type { IEditableReport } from './IStatusReportRepository';
import type { IStoredRows } from './rows/plan';
import { ianaZoneOf, siteDates, type ISiteDates } from './rows/siteDates';
import '@pnp/sp/regional-settings/web';

/** Page size of list queries (the list view threshold). */
export const PAGE = 5000;

/** Rows that need no ETag are read without OData metadata: a smaller response to build and parse. */
export const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

/** What the repository remembers about a report it handed out, to plan the next save. */
export interface ISaveState extends IStoredRows {
  /** Version to send as If-Match: differs from `loaded.version` after our own half-finished save. */
  readonly version: string;
  /** Token of our last save that failed half-way (its header write may have gone through). */
  readonly failedToken?: string;
}

export interface IRepositoryOptions {
  /** Clock for log entries and snapshots (tests). */
  readonly now?: () => Date;
  /** Rows per page of list reads ($top); default PAGE. Later pages follow odata.nextLink. */
  readonly pageSize?: number;
}

export interface IRepositoryContext {
  readonly sp: SPFI;
  readonly now: () => Date;
  /** Rows per page of list reads. */
  readonly page: number;
  readonly saveStates: WeakMap<IEditableReport, ISaveState>;
  /** createReport calls that stopped after the header was (maybe) written, by report row key. */
  readonly unfinishedCreates: Map<string, { readonly token: string; readonly id?: number }>;
  /** Object key of each report id seen, so a later load can fetch the object's definitions in the same batch. */
  readonly objectOfReport: Map<number, string>;
  /** The signed-in user, once read. */
  readonly currentUser: Map<'me', IPerson>;
  /** Date-only conversions of the data site, from its time zone (read once per repository). */
  readonly siteDates: Map<'site', ISiteDates>;
}

export function createContext(sp: SPFI, options: IRepositoryOptions = {}): IRepositoryContext {
  return {
    sp,
    now: options.now ?? (() => new Date()),
    page: options.pageSize ?? PAGE,
    saveStates: new WeakMap(),
    unfinishedCreates: new Map(),
    objectOfReport: new Map(),
    currentUser: new Map(),
    siteDates: new Map()
  };
}

/** A product list of the data site (on the batched SPFI when one is given). */
export function list(sp: SPFI, key: ListKey): IList {
  return sp.web.lists.getByTitle(listTitle(key));
}

/**
 * The read of the site's time zone (`web/RegionalSettings/TimeZone`), to put in a batch that
 * runs anyway; none once it is known.
 */
export function siteDatesRequest(ctx: IRepositoryContext, b: SPFI): Promise<unknown>[] {
  if (ctx.siteDates.has('site')) return [];
  return [
    b.web.regionalSettings.timeZone
      .select('Id')()
      .then((tz: { Id?: number }) => {
        ctx.siteDates.set('site', siteDates(ianaZoneOf(tz.Id)));
      })
  ];
}

/** The data site's date conversions; reads the time zone when no earlier batch did. */
export async function datesOf(ctx: IRepositoryContext): Promise<ISiteDates> {
  const known = ctx.siteDates.get('site');
  if (known) return known;
  await Promise.all(siteDatesRequest(ctx, ctx.sp));
  return ctx.siteDates.get('site') ?? siteDates();
}
