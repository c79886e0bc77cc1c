import { spfi, SPFI, DefaultInit, DefaultHeaders, RequestDigest } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import '@pnp/sp/security';
import { ILocalSharePoint, ILocalSharePointOptions, startLocalSharePoint } from '../../localsp/src';

export type LocalUser = 'reader' | 'editor' | 'approver' | 'owner' | string;

/** The PnPjs client configured as the web part configures it in the browser, acting as one local user. */
export function pnp(sp: ILocalSharePoint, user: LocalUser, site?: string, attempts = 1): SPFI {
  return spfi(sp.siteUrl(site)).using(
    DefaultInit(),
    DefaultHeaders(),
    // `retries` is PnPjs' total number of attempts; 1 keeps error tests fast.
    BrowserFetchWithRetry({ retries: attempts, interval: 10 }),
    DefaultParse(),
    RequestDigest(),
    InjectHeaders({ 'X-Local-User': user })
  );
}

/** A local SharePoint on a random port; an en-US site unless the test asks for another language. */
export async function start(options: ILocalSharePointOptions = {}): Promise<ILocalSharePoint> {
  return startLocalSharePoint({ port: 0, language: 1033, ...options });
}

/** A form digest fetched over raw HTTP. */
export async function digest(sp: ILocalSharePoint, user: LocalUser, site?: string): Promise<string> {
  const r = await fetch(`${sp.siteUrl(site)}/_api/contextinfo`, { method: 'POST', headers: { 'X-Local-User': user, Accept: 'application/json;odata=nometadata' } });
  const j = (await r.json()) as { FormDigestValue: string };
  return j.FormDigestValue;
}

/** Raw fetch against the site's _api with a user (and a digest for writes). */
export async function raw(
  sp: ILocalSharePoint,
  user: LocalUser | undefined,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; digest?: boolean; accept?: string } = {}
): Promise<{ status: number; headers: Headers; text: string; json: () => any }> {
  const headers: Record<string, string> = { Accept: init.accept || 'application/json;odata=nometadata', ...(init.headers || {}) };
  if (user) {
    headers['X-Local-User'] = user;
  }
  if (init.digest) {
    headers['X-RequestDigest'] = await digest(sp, user || 'owner');
  }
  if (init.body !== undefined && !headers['Content-Type']) {
    headers['Content-Type'] = 'application/json;odata=nometadata';
  }
  const r = await fetch(`${sp.siteUrl()}/_api/${path}`, { method: init.method || 'GET', headers, body: init.body });
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text) };
}
