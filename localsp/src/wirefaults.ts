/**
 * Answers SharePoint Online gives under load or to batched schema changes: throttling (429/503
 * with Retry-After) and 409 Save Conflict on field adds batched together.
 */
import { IApiResponse } from './api';
import { SpError } from './errors';
import { fieldAddSaveConflict } from './limits';

/**
 * SharePoint Online asks for waits of up to 300 seconds (learn.microsoft.com, "Avoid getting
 * throttled or blocked in SharePoint Online"; 120 s is common, OneDrive/onedrive-api-docs#797).
 */
export const MAX_RETRY_AFTER_SECONDS = 300;

export function validRetryAfter(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_RETRY_AFTER_SECONDS;
}

/**
 * A throttled request, as SharePoint Online answers REST calls it throttles: status 429 with
 * "429 TOO MANY REQUESTS" as the body (SharePoint/sp-dev-docs#2547), or 503 "Server Unavailable"
 * (sp-dev-docs#3320, #4744), each with Retry-After in seconds. No `odata.error`: clients must
 * read the status and Retry-After, not a JSON error.
 */
export function throttledResponse(status: 429 | 503, retryAfterSeconds: number): IApiResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds) },
    body: status === 429 ? '429 TOO MANY REQUESTS' : '503 Server Unavailable'
  };
}

/**
 * Tracks createfieldasxml parts of one $batch per list: every successful add after the first
 * on the same list is answered 409 Save Conflict (the field stays created), as SharePoint
 * Online answered PnPjs' batched field adds (pnp/pnpjs#2646).
 */
export class FieldAddConflicts {
  private readonly added = new Map<string, number>();

  public constructor(private readonly enabled: boolean) {}

  /** Called after a part ran; returns the error to answer instead, if any. */
  public after(method: string, apiPath: string, status: number): SpError | undefined {
    if (!this.enabled || method !== 'POST') {
      return undefined;
    }
    const m = /^(.*)\/fields\/createfieldasxml\b/i.exec(decodeSafe(apiPath));
    if (!m || status >= 300) {
      return undefined;
    }
    const list = m[1].toLowerCase();
    const n = this.added.get(list) || 0;
    this.added.set(list, n + 1);
    return n > 0 ? fieldAddSaveConflict() : undefined;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
