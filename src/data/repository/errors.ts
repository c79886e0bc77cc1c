/**
 * Typed repository errors from what PnPjs and fetch throw.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RepositoryError } from './IStatusReportRepository';
import { SCHEMA_VERSION_KEY, listTitle } from '../schema/schema';

export function errorStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function isDuplicateKey(e: unknown): boolean {
  return /SPDuplicateValuesFoundException|duplicate value|unique/i.test(errorText(e));
}

export const notFound = (): RepositoryError => ({ kind: 'notFound', messageKey: 'data.error.notFound' });
export const notProvisioned = (): RepositoryError => ({ kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' });
export const invalidState = (): RepositoryError => ({ kind: 'invalidState', messageKey: 'data.error.invalidState' });
export const partialSave = (): RepositoryError => ({ kind: 'partialSave', messageKey: 'data.error.partialSave' });

/** Maps a thrown PnPjs/fetch error to a typed repository error. */
export function toRepositoryError(e: unknown): RepositoryError {
  const status = errorStatus(e);
  const text = errorText(e);
  if (status === 401 || status === 403) return { kind: 'forbidden', messageKey: 'data.error.forbidden' };
  // A missing (or hidden) list answers 404 with code "-1, System.ArgumentException" in every
  // site language; a missing item -2130575338.
  if (status === 404 && (/"-1, System\.ArgumentException"/.test(text) || /List '.*' does not exist|list.*not exist/i.test(text))) return notProvisioned();
  if (status === 404) return notFound();
  if (status === 429 || status === 503) return { kind: 'throttled', messageKey: 'data.error.throttled' };
  if (isDuplicateKey(e)) return { kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' };
  if (status === undefined && (e instanceof TypeError || /fetch failed|network|ECONNRESET|socket/i.test(text))) {
    return { kind: 'network', messageKey: 'data.error.network' };
  }
  return { kind: 'unexpected', messageKey: 'data.error.unexpected', status, detail: text.slice(0, 500) };
}

/** Runs `run`, turning anything thrown into a typed error (the interface never rejects for expected failures). */
export async function guard<T>(run: () => Promise<T | RepositoryError>): Promise<T | RepositoryError> {
  try {
    return await run();
  } catch (e) {
    return toRepositoryError(e);
  }
}

/**
 * A `notProvisioned` answer on a provisioned site is a list the user may not open: then it is
 * `forbidden`. GitsConfig is readable by every role, so its stored version tells the two apart.
 */
export async function hiddenListAsForbidden(sp: SPFI, error: RepositoryError): Promise<RepositoryError> {
  try {
    const rows: { ConfigValue?: string }[] = await sp.web.lists
      .getByTitle(listTitle('config'))
      .items.filter(`Title eq '${SCHEMA_VERSION_KEY}'`)
      .select('ConfigValue')();
    return rows.length > 0 && Number(rows[0].ConfigValue) > 0 ? { kind: 'forbidden', messageKey: 'data.error.forbidden' } : error;
  } catch {
    return error;
  }
}
