/**
 * List reads that follow `odata.nextLink`: SharePoint pages item queries at `$top` (and ignores
 * `$skip` on items: sp-dev-docs working-with-lists-and-list-items-with-rest.md); the link
 * carries the `$skiptoken` of the next page. The first page can travel in a $batch; the rest
 * are read after it, so nothing is cut off silently at the page size.
 */
import type { SPFI } from '@pnp/sp';
import { SPCollection } from '@pnp/sp';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import type { IItems } from '@pnp/sp/items';
import type { RepositoryResult } from '../IStatusReportRepository';
import { batchAll, ok } from '../batch';

/** One page of rows and the link to the next one, if SharePoint sent it. */
export interface IPage<T> {
  readonly rows: T[];
  readonly nextLink?: string;
}

const WITH_NEXT_LINK = parseBinderWithErrorCheck(async (r: Response) => {
  const json = (await r.json()) as Record<string, unknown> & { d?: { __next?: unknown } };
  const next = json.d?.__next ?? json['odata.nextLink'];
  return { rows: parseODataJSON(json) as unknown[], nextLink: typeof next === 'string' && next.length > 0 ? next : undefined };
});

/** The first page of an items query (batched or not), with its next link. */
export function firstPage<T>(items: IItems): Promise<IPage<T>> {
  return items.using(WITH_NEXT_LINK)() as Promise<IPage<T>>;
}

/** All rows: the first page and every page after it, read one by one through the next links. */
export async function allPages<T>(template: IItems, first: IPage<T>): Promise<T[]> {
  const rows = first.rows.slice();
  let next = first.nextLink;
  while (next !== undefined) {
    const page = (await SPCollection([template, next]).using(WITH_NEXT_LINK)()) as IPage<T>;
    rows.push(...page.rows);
    next = page.nextLink;
  }
  return rows;
}

/** Reads every row of an items query on `sp` (not batched). */
export async function readAll<T>(items: IItems): Promise<T[]> {
  return allPages<T>(items, await firstPage<T>(items));
}

/** Follows the next links of pages read in a batch; `templateOf(i)` is the same query on an unbatched SPFI. */
export async function completePages<T>(pages: readonly IPage<T>[], templateOf: (index: number) => IItems): Promise<T[][]> {
  const out: T[][] = [];
  for (let i = 0; i < pages.length; i++) {
    out.push(pages[i].nextLink === undefined ? pages[i].rows : await allPages(templateOf(i), pages[i]));
  }
  return out;
}


/** An items query described once, so it can run batched (first page) and unbatched (next pages). */
export type ItemsQuery = (sp: SPFI) => IItems;

/**
 * Reads the first page of each query in one $batch with `extra` requests, then follows next
 * links: every row of every query, and the values of the extra requests.
 */
export async function readPagedInBatch(
  sp: SPFI,
  queries: readonly ItemsQuery[],
  extra: (b: SPFI) => Promise<unknown>[] = () => []
): Promise<RepositoryResult<{ readonly lists: unknown[][]; readonly extra: unknown[] }>> {
  const r = await batchAll<unknown[]>(sp, (b) => [...queries.map((q) => firstPage(q(b))), ...extra(b)]);
  if (r.kind !== 'ok') return r;
  const pages = r.value.slice(0, queries.length) as IPage<unknown>[];
  const lists = await completePages(pages, (i) => queries[i](sp));
  return ok({ lists, extra: r.value.slice(queries.length) });
}
