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
