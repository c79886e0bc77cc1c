/**
 * One $batch and its outcome. SharePoint batches are not atomic: every part succeeds or fails
 * on its own, so each part's outcome is settled separately.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { RepositoryResult } from './IStatusReportRepository';
import { toRepositoryError } from './errors';

/** Requests per $batch. PnPjs defaults to 20 and splits larger batches into several round trips. */
export const MAX_BATCH_REQUESTS = 100;

/**
 * Bytes of request bodies per $batch. SharePoint Online refuses request bodies over 1,048,576
 * bytes (-1, InvalidClientQueryException: pnp/pnpcore#777, pnp/pnpjs#2980); the margin covers
 * each part's request line and headers, counted generously by PART_OVERHEAD_BYTES.
 */
export const MAX_BATCH_BYTES = 960 * 1024;
export const PART_OVERHEAD_BYTES = 1024;

const utf8 = new TextEncoder();

/** UTF-8 length of a JSON body. */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? '').length;
}

/**
 * Splits requests into batches of at most `maxCount` parts and `maxBytes` bytes (a request
 * larger than `maxBytes` on its own goes alone). Order is kept.
 */
export function chunkBySize<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number = MAX_BATCH_BYTES, maxCount: number = MAX_BATCH_REQUESTS): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  items.forEach((item) => {
    const bytes = bytesOf(item) + PART_OVERHEAD_BYTES;
    if (current.length > 0 && (current.length >= maxCount || size + bytes > maxBytes)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export type Settled = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export const ok = <T>(value: T): RepositoryResult<T> => ({ kind: 'ok', value });

/** Runs the requests `build` makes on the batched SPFI in one $batch; the outcome of each part, in order. */
export async function batchSettled(sp: SPFI, build: (b: SPFI) => Promise<unknown>[]): Promise<RepositoryResult<Settled[]>> {
  const [b, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const settled: Promise<Settled>[] = build(b).map((p) =>
    p.then(
      (value): Settled => ({ ok: true, value }),
      (error: unknown): Settled => ({ ok: false, error })
    )
  );
  try {
    await execute();
  } catch (e) {
    return toRepositoryError(e);
  }
  return ok(await Promise.all(settled));
}

/** The values of settled parts when every part succeeded, else the first failure as a typed error. */
export function allValues<T extends unknown[]>(settled: readonly Settled[]): RepositoryResult<T> {
  const values: unknown[] = [];
  for (const s of settled) {
    if (!s.ok) return toRepositoryError(s.error);
    values.push(s.value);
  }
  return ok(values as T);
}

/**
 * One $batch whose parts must all succeed: the values in request order (typed by the caller),
 * or the first failure.
 */
export async function batchAll<T extends unknown[]>(sp: SPFI, build: (b: SPFI) => Promise<unknown>[]): Promise<RepositoryResult<T>> {
  const r = await batchSettled(sp, build);
  return r.kind === 'ok' ? allValues<T>(r.value) : r;
}

/**
 * Writes `items` in as many batches as their size needs, one after the other; the outcome of
 * each item in order. `extra` adds requests to the last batch. Stops at a batch that failed as a
 * whole (the connection, throttling): that error is returned.
 */
export async function batchSettledBySize<T>(
  sp: SPFI,
  items: readonly T[],
  bytesOf: (item: T) => number,
  build: (b: SPFI, item: T) => Promise<unknown>,
  extra?: (b: SPFI) => Promise<unknown>[]
): Promise<RepositoryResult<Settled[]>> {
  const chunks = chunkBySize(items, bytesOf);
  if (chunks.length === 0) chunks.push([]);
  const all: Settled[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const last = i === chunks.length - 1;
    const r = await batchSettled(sp, (b) => [...chunks[i].map((item) => build(b, item)), ...(last && extra ? extra(b) : [])]);
    if (r.kind !== 'ok') return r;
    all.push(...r.value);
  }
  return ok(all);
}
