/**
 * The data site's form digest kept for the browser session, when the web part runs on another
 * site (a team's Teams tab reading the GITS site). The page carries its own site's digest only;
 * PnPjs fetches the data site's `_api/contextinfo` and keeps it in memory for one page load, so
 * every page load of a Teams tab would cost one request more. Kept in sessionStorage (per tab,
 * per user and data site, until SharePoint's FormDigestTimeoutSeconds less a margin), a session
 * pays that request once. One contextinfo request at a time is shared by all that wait for it.
 */
import type { TimelinePipe } from '@pnp/core';
import { combine } from '@pnp/core';
import { JSONParse, type IQueryableInternal, type Queryable } from '@pnp/queryable';
import { SPQueryable, spPost, type ISPQueryable } from '@pnp/sp';
import { BatchNever } from '@pnp/sp/batching';

/** The part of sessionStorage used here. */
export interface IDigestStorage {
  // eslint-disable-next-line @rushstack/no-new-null -- the shape of the Web Storage API
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface IStoredDigest {
  readonly value: string;
  /** ms since the epoch after which the digest is not used. */
  readonly expiresAt: number;
}

/** Seconds before SharePoint's expiry from which a digest is not used any more (PnPjs' SPFx margin). */
const MARGIN_SECONDS = 15;
const KEY_PREFIX = 'gits-statusrapport:form-digest:';

const pending = new Map<string, Promise<IStoredDigest>>();

function storageKey(siteUrl: string, userKey: string): string {
  return `${KEY_PREFIX}${userKey.toLowerCase()}|${siteUrl.replace(/\/+$/, '').toLowerCase()}`;
}

/** A stored digest still valid at `now`, if any. */
export function storedDigest(storage: IDigestStorage, siteUrl: string, userKey: string, now: number = Date.now()): string | undefined {
  let stored: Partial<IStoredDigest> | undefined;
  try {
    stored = JSON.parse(storage.getItem(storageKey(siteUrl, userKey)) ?? 'null') as Partial<IStoredDigest> | undefined;
  } catch {
    return undefined;
  }
  return stored && typeof stored.value === 'string' && typeof stored.expiresAt === 'number' && now < stored.expiresAt ? stored.value : undefined;
}

function hasHeader(init: RequestInit, name: string): boolean {
  const headers = init.headers as Record<string, string> | undefined;
  const lower = name.toLowerCase();
  return !!headers && Object.keys(headers).some((key) => key.toLowerCase() === lower);
}

/**
 * PnPjs behaviour: sets X-RequestDigest of `siteUrl` on its non-GET requests from the session's
 * stored digest, fetching and storing it when there is none. Runs before PnPjs' own
 * RequestDigest (which then sees the header and does nothing).
 */
export function SessionFormDigest(siteUrl: string, storage: IDigestStorage, userKey: string): TimelinePipe<Queryable> {
  const site = siteUrl.replace(/\/+$/, '');
  const key = storageKey(site, userKey);
  return (instance: Queryable) => {
    instance.on.pre.prepend(async function (this: IQueryableInternal, url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      this.on.auth(async (authUrl: URL, authInit: RequestInit): Promise<[URL, RequestInit]> => {
        const method = authInit.method || 'GET';
        const onSite = authUrl.toString().toLowerCase().indexOf(`${site.toLowerCase()}/_api/`) === 0;
        if (!onSite || /^get$/i.test(method) || ['X-RequestDigest', 'Authorization', 'X-PnPjs-NoDigest'].some((h) => hasHeader(authInit, h))) {
          return [authUrl, authInit];
        }
        let value = storedDigest(storage, site, userKey);
        if (value === undefined) {
          let fetching = pending.get(key);
          if (!fetching) {
            const requestedAt = Date.now();
            fetching = spPost<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(
              SPQueryable([this as unknown as ISPQueryable, combine(site, '_api/contextinfo')]).using(JSONParse(), BatchNever()),
              { headers: { Accept: 'application/json', 'X-PnPjs-NoDigest': '1' } }
            ).then((info) => ({ value: info.FormDigestValue, expiresAt: requestedAt + Math.max(0, info.FormDigestTimeoutSeconds - MARGIN_SECONDS) * 1000 }));
            pending.set(key, fetching);
            fetching.then(
              (digest) => {
                pending.delete(key);
                try {
                  storage.setItem(key, JSON.stringify(digest));
                } catch {
                  // Storage full or blocked: the digest still serves this request.
                }
              },
              () => pending.delete(key)
            );
          }
          value = (await fetching).value;
        }
        authInit.headers = { 'X-RequestDigest': value, ...(authInit.headers as Record<string, string> | undefined) };
        return [authUrl, authInit];
      });
      return [url, init, result];
    });
    return instance;
  };
}
