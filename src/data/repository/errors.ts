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

/** SharePoint's error code (`odata.error.code`, e.g. "-2130575338, System.ArgumentException"): the HRESULT and the exception type. */
export interface ISharePointErrorCode {
  readonly hresult?: number;
  readonly type?: string;
}

/**
 * The code SharePoint put in an error body. PnPjs carries the body in the error's message after
 * "::>"; both JSON shapes are read (minimal metadata `odata.error`, verbose `error`). Never the
 * message text, which SharePoint localises to the site's language.
 */
export function sharePointErrorCode(e: unknown): ISharePointErrorCode {
  const text = errorText(e);
  const at = text.indexOf('::>');
  if (at < 0) return {};
  try {
    const json = JSON.parse(text.slice(at + 3).trim()) as { 'odata.error'?: { code?: unknown }; error?: { code?: unknown } };
    const code = (json['odata.error'] ?? json.error)?.code;
    if (typeof code !== 'string') return {};
    const m = /^\s*(-?\d+)\s*,\s*(.+?)\s*$/.exec(code);
    return m ? { hresult: Number(m[1]), type: m[2] } : { type: code };
  } catch {
    return {};
  }
}

/** HRESULTs SharePoint Online answers with (pnp/pnpcore MockData; Microsoft docs). */
export const SP_ERROR = {
  /** Item does not exist (404). */
  itemNotFound: -2130575338,
  /** The list does not exist (404, by id). */
  listIdNotFound: -2130575322,
  /** A value already present in a column that enforces unique values. */
  duplicateValue: -2130575169,
  /** Query throttled by the list view threshold. */
  queryThrottled: -2147024860
} as const;

export function isDuplicateKey(e: unknown): boolean {
  const c = sharePointErrorCode(e);
  return c.hresult === SP_ERROR.duplicateValue || c.type === 'Microsoft.SharePoint.SPDuplicateValuesFoundException';
}

/** A missing list: 404 with "-1, System.ArgumentException" (by title) or the list-id code. */
function isMissingList(status: number | undefined, c: ISharePointErrorCode): boolean {
  return status === 404 && ((c.hresult === -1 && c.type === 'System.ArgumentException') || c.hresult === SP_ERROR.listIdNotFound);
}

/** A request that never got an answer: fetch rejects with a TypeError (no HTTP status at all). */
function isNetworkFailure(e: unknown): boolean {
  if (errorStatus(e) !== undefined) return false;
  if (e instanceof TypeError) return true;
  const code = (e as { code?: unknown; cause?: { code?: unknown } } | undefined);
  const sys = typeof code?.code === 'string' ? code.code : typeof code?.cause?.code === 'string' ? code.cause.code : '';
  return /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|ENOTFOUND|UND_ERR_SOCKET)$/.test(sys);
}

export const notFound = (): RepositoryError => ({ kind: 'notFound', messageKey: 'data.error.notFound' });
export const notProvisioned = (): RepositoryError => ({ kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' });
export const invalidState = (): RepositoryError => ({ kind: 'invalidState', messageKey: 'data.error.invalidState' });
export const alreadyExists = (): RepositoryError => ({ kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' });
export const partialSave = (): RepositoryError => ({ kind: 'partialSave', messageKey: 'data.error.partialSave' });

/**
 * Maps a thrown PnPjs/fetch error to a typed repository error, by HTTP status and SharePoint's
 * error code only (the message is localised: on a Swedish site "Listan ... finns inte").
 */
export function toRepositoryError(e: unknown): RepositoryError {
  const status = errorStatus(e);
  const code = sharePointErrorCode(e);
  if (status === 401 || status === 403) return { kind: 'forbidden', messageKey: 'data.error.forbidden' };
  if (isMissingList(status, code)) return notProvisioned();
  if (status === 404) return notFound();
  if (status === 429 || status === 503) return throttled(e);
  if (isDuplicateKey(e)) return alreadyExists();
  if (isNetworkFailure(e)) return { kind: 'network', messageKey: 'data.error.network' };
  return { kind: 'unexpected', messageKey: 'data.error.unexpected', status, detail: errorText(e).slice(0, 500) };
}

/** A throttled answer; with the time to try again when SharePoint said (Retry-After). */
function throttled(e: unknown): RepositoryError {
  const seconds = (e as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds !== 'number' || seconds <= 0) return { kind: 'throttled', messageKey: 'data.error.throttled' };
  return { kind: 'throttled', messageKey: 'data.error.throttledUntil', retryAfterSeconds: seconds, retryAt: new Date(Date.now() + seconds * 1000).toISOString() };
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
 * `forbidden`. GitsConfig is readable by every role, so its stored version tells the two apart
 * (for lists added in a later version: a version from `sinceVersion` on).
 */
export async function hiddenListAsForbidden(sp: SPFI, error: RepositoryError, sinceVersion: number = 1): Promise<RepositoryError> {
  try {
    const rows: { ConfigValue?: string }[] = await sp.web.lists
      .getByTitle(listTitle('config'))
      .items.filter(`Title eq '${SCHEMA_VERSION_KEY}'`)
      .select('ConfigValue')();
    return rows.length > 0 && Number(rows[0].ConfigValue) >= Math.max(1, sinceVersion) ? { kind: 'forbidden', messageKey: 'data.error.forbidden' } : error;
  } catch {
    return error;
  }
}
