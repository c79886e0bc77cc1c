/**
 * SPFI for Node (tools, tests, bench) against a SharePoint REST endpoint such as the local
 * SharePoint: global fetch with capped retries on 429/503 (throttling.ts), form digest, and the local user header.
 */
import { spfi, DefaultInit, DefaultHeaders, RequestDigest } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { DefaultParse, InjectHeaders } from '@pnp/queryable';
import { CappedRetryFetch } from './throttling';
import { PnPStatusReportRepository, type IRepositoryOptions } from './PnPStatusReportRepository';

export type LocalUser = 'reader' | 'editor' | 'approver' | 'owner';

export interface INodeSpfiOptions {
  /** Local SharePoint user (X-Local-User header); omit against a real site. */
  readonly user?: LocalUser;
  /** Retries after 429/503/504 (PnPjs BrowserFetchWithRetry). */
  readonly retries?: number;
  /** Base wait between retries in ms when the server sends no Retry-After. */
  readonly retryInterval?: number;
  /** Longest Retry-After waited for before answering throttled (seconds; default 10). */
  readonly maxRetryWaitSeconds?: number;
  /** Extra headers on every request. */
  readonly headers?: Record<string, string>;
}

export function createNodeSpfi(siteUrl: string, options: INodeSpfiOptions = {}): SPFI {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.user) headers['X-Local-User'] = options.user;
  return spfi(siteUrl).using(
    DefaultInit(),
    DefaultHeaders(),
    CappedRetryFetch({ retries: options.retries ?? 3, interval: options.retryInterval ?? 200, maxWaitSeconds: options.maxRetryWaitSeconds }),
    DefaultParse(),
    RequestDigest(),
    InjectHeaders(headers)
  );
}

export function createNodeRepository(
  siteUrl: string,
  options: INodeSpfiOptions & IRepositoryOptions = {}
): PnPStatusReportRepository {
  return new PnPStatusReportRepository(createNodeSpfi(siteUrl, options), options);
}
