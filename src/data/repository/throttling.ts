/**
 * Sending with retries that never leave the user waiting long in silence. SharePoint Online
 * answers throttled requests 429 (or 503) with Retry-After, which can be up to 300 seconds
 * (learn.microsoft.com "Avoid getting throttled or blocked in SharePoint Online"). A wait the
 * cap allows is waited and retried, as PnPjs' BrowserFetchWithRetry does; a longer one is not:
 * the request fails at once as throttled, carrying when to try again, so the UI can say so.
 */
import type { TimelinePipe } from '@pnp/core';
import { delay } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

export interface ICappedRetryOptions {
  /** Retries after 429/503/504 (default 3). */
  readonly retries?: number;
  /** First wait in ms when the answer has no Retry-After; doubled per retry (default 200). */
  readonly interval?: number;
  /** Longest single wait in seconds before giving up as throttled (default 10). */
  readonly maxWaitSeconds?: number;
}

/** Thrown when SharePoint asks to wait longer than the cap (or retries ran out): status and Retry-After. */
export class ThrottledError extends Error {
  public readonly status: number;
  public readonly retryAfterSeconds: number;
  public constructor(status: number, retryAfterSeconds: number) {
    super(`Throttled by SharePoint (${status}); retry after ${retryAfterSeconds} s`);
    this.name = 'ThrottledError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (!isNaN(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

const RETRYABLE = [429, 503, 504];

export function CappedRetryFetch(options: ICappedRetryOptions = {}): TimelinePipe<Queryable> {
  const retries = options.retries ?? 3;
  const interval = options.interval ?? 200;
  const maxWait = options.maxWaitSeconds ?? 10;
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async (url: URL, init: RequestInit): Promise<Response> => {
      let wait = interval;
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(url.toString(), init);
        if (RETRYABLE.indexOf(response.status) < 0) return response;
        const retryAfter = retryAfterOf(response);
        const waitMs = retryAfter !== undefined ? retryAfter * 1000 : wait;
        if (attempt >= retries || waitMs > maxWait * 1000) {
          throw new ThrottledError(response.status, retryAfter ?? Math.ceil(waitMs / 1000));
        }
        await delay(waitMs);
        wait *= 2;
      }
    });
    return instance;
  };
}
