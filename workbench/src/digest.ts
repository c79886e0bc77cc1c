/**
 * Form digests for the workbench's PnPjs as a SharePoint page gives them to SPFx: the page
 * carries a fresh digest (SharePoint: _spPageContextInfo.formDigestValue; here a meta tag the
 * server fills in), so the first write or $batch needs no /_api/contextinfo round trip. When the
 * page has none (or it expired), ONE contextinfo request is shared by every request waiting for
 * a digest, instead of one per request as PnPjs' RequestDigest does before its cache is filled.
 */
import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

export interface IFormDigest {
  readonly value: string;
  readonly expiration: Date;
}

/** What SharePoint says a digest lives (localsp: DIGEST_TIMEOUT_SECONDS); used as SPFx does, minus a margin. */
const PAGE_DIGEST_SECONDS = 1800;
const MARGIN_SECONDS = 15;

/**
 * The page's digest and when to stop using it: issued at the time in the digest itself
 * ("0x…,<date>", as SPFx reads it), valid for SharePoint's timeout minus a margin.
 */
export function parsePageDigest(value: string | undefined | null, timeoutSeconds: number = PAGE_DIGEST_SECONDS): IFormDigest | undefined {
  if (!value || !/^0x[0-9A-F]+,.+$/i.test(value.trim())) return undefined;
  const issuedText = value.slice(value.indexOf(',') + 1).replace(/-0000$/, 'GMT');
  const issued = Date.parse(issuedText);
  // A date we cannot read: trust the digest for the timeout from now (the page was just served).
  const from = isNaN(issued) ? Date.now() : issued;
  return { value: value.trim(), expiration: new Date(from + (timeoutSeconds - MARGIN_SECONDS) * 1000) };
}

/** The digest written into the page by the server, if any. */
export function readPageDigest(doc: Document): IFormDigest | undefined {
  const meta = doc.querySelector('meta[name="workbench-form-digest"]');
  return parsePageDigest(meta ? meta.getAttribute('content') : undefined);
}

export interface IContextInfo {
  readonly FormDigestValue: string;
  readonly FormDigestTimeoutSeconds: number;
}

/** One site's digest: the page's while valid, else one shared contextinfo request at a time. */
export class FormDigestSource {
  private _current: IFormDigest | undefined;
  private _pending: Promise<IFormDigest> | undefined;

  public constructor(
    pageDigest: IFormDigest | undefined,
    private readonly _fetchContextInfo: () => Promise<IContextInfo>,
    private readonly _now: () => Date = () => new Date()
  ) {
    this._current = pageDigest;
  }

  /** A valid digest without waiting, if there is one. */
  public current(): IFormDigest | undefined {
    return this._current && this._now() < this._current.expiration ? this._current : undefined;
  }

  public async digest(): Promise<string> {
    const current = this.current();
    if (current) return current.value;
    if (!this._pending) {
      const requestedAt = this._now().getTime();
      this._pending = this._fetchContextInfo().then(
        (info) => {
          this._pending = undefined;
          const lifetime = Math.max(0, info.FormDigestTimeoutSeconds - MARGIN_SECONDS);
          this._current = { value: info.FormDigestValue, expiration: new Date(requestedAt + lifetime * 1000) };
          return this._current;
        },
        (error: unknown) => {
          this._pending = undefined;
          throw error;
        }
      );
    }
    return (await this._pending).value;
  }
}

/** contextinfo of a site over plain fetch (same origin: the user's cookie goes along). */
export function fetchContextInfo(siteUrl: string, headers: Record<string, string> = {}): () => Promise<IContextInfo> {
  return async () => {
    const response = await fetch(`${siteUrl}/_api/contextinfo`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json;odata=nometadata', ...headers }
    });
    if (!response.ok) throw new Error(`contextinfo: HTTP ${response.status}`);
    return (await response.json()) as IContextInfo;
  };
}

function hasHeader(init: RequestInit, name: string): boolean {
  const headers = init.headers as Record<string, string> | undefined;
  if (!headers) return false;
  const lower = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === lower);
}

/**
 * PnPjs behaviour setting X-RequestDigest on every non-GET request from `source` (placed before
 * PnPjs' RequestDigest, which then sees the header and does nothing).
 */
export function SharedRequestDigest(source: FormDigestSource): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (this: IQueryableInternal, url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      this.on.auth(async (authUrl: URL, authInit: RequestInit): Promise<[URL, RequestInit]> => {
        const method = authInit.method || 'GET';
        if (/^get$/i.test(method) || hasHeader(authInit, 'X-RequestDigest') || hasHeader(authInit, 'Authorization') || hasHeader(authInit, 'X-PnPjs-NoDigest')) {
          return [authUrl, authInit];
        }
        authInit.headers = { 'X-RequestDigest': await source.digest(), ...(authInit.headers as Record<string, string> | undefined) };
        return [authUrl, authInit];
      });
      return [url, init, result];
    });
    return instance;
  };
}
