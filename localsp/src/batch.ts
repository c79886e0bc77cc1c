/**
 * OData $batch as SharePoint Online speaks it: a multipart/mixed body whose parts are
 * application/http requests (GETs directly, writes inside changeset parts). The response
 * is flat: one `--batchresponse_` part per inner request, in order. Changesets are not
 * atomic in SharePoint Online, so each request succeeds or fails on its own.
 */
import { randomUUID } from 'crypto';
import { SpErrors } from './errors';

export interface IBatchRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface IBatchResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body?: string;
}

function boundaryOf(contentType: string): string {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!m) {
    throw SpErrors.badQuery('The batch request must have a "Content-Type" header with a boundary.');
  }
  return m[1];
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let cur: string[] | undefined;
  for (const line of lines) {
    if (line === `--${boundary}` || line === `--${boundary}--`) {
      if (cur) {
        parts.push(cur.join('\n'));
      }
      cur = line === `--${boundary}--` ? undefined : [];
      continue;
    }
    if (cur) {
      cur.push(line);
    }
  }
  return parts;
}

function splitHead(part: string): { headers: Record<string, string>; rest: string } {
  const idx = part.indexOf('\n\n');
  const head = idx >= 0 ? part.substring(0, idx) : part;
  const rest = idx >= 0 ? part.substring(idx + 2) : '';
  const headers: Record<string, string> = {};
  head.split('\n').forEach((l) => {
    const c = l.indexOf(':');
    if (c > 0) {
      headers[l.substring(0, c).trim().toLowerCase()] = l.substring(c + 1).trim();
    }
  });
  return { headers, rest };
}

function parseHttpPart(text: string): IBatchRequest {
  const trimmed = text.replace(/^\n+/, '');
  const nl = trimmed.indexOf('\n');
  const requestLine = (nl >= 0 ? trimmed.substring(0, nl) : trimmed).trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?$/.exec(requestLine);
  if (!m) {
    throw SpErrors.badQuery(`The batch part "${requestLine}" is not a valid HTTP request.`);
  }
  const { headers, rest } = splitHead(nl >= 0 ? trimmed.substring(nl + 1) : '');
  return { method: m[1], url: m[2], headers, body: rest.replace(/\n+$/, '') };
}

/** Parses a $batch body into the inner requests, in order. */
export function parseBatch(contentType: string, body: string): IBatchRequest[] {
  const out: IBatchRequest[] = [];
  for (const part of splitParts(body, boundaryOf(contentType))) {
    const { headers, rest } = splitHead(part);
    const ct = headers['content-type'] || '';
    if (/^multipart\/mixed/i.test(ct)) {
      for (const inner of splitParts(rest, boundaryOf(ct))) {
        const { rest: http } = splitHead(inner);
        out.push(parseHttpPart(http));
      }
    } else if (/application\/http/i.test(ct)) {
      out.push(parseHttpPart(rest));
    }
  }
  return out;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] || 'Unknown';
}

/** Serializes inner responses as SharePoint does (CRLF, one batchresponse part per request). */
export function serializeBatch(responses: IBatchResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const r of responses) {
    lines.push(`--${boundary}`);
    lines.push('Content-Type: application/http');
    lines.push('Content-Transfer-Encoding: binary');
    lines.push('');
    lines.push(`HTTP/1.1 ${r.status} ${r.statusText}`);
    // SharePoint Online writes inner response header names in upper case (CONTENT-TYPE, ETAG, LOCATION):
    // pnp/pnpcore Base/MockData/AddExpandoTests/AddListItemViaBatchRest-0-00004.response.json.
    Object.keys(r.headers).forEach((k) => lines.push(`${k.toUpperCase()}: ${r.headers[k]}`));
    lines.push('');
    lines.push(r.body || '');
  }
  lines.push(`--${boundary}--`);
  lines.push('');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: lines.join('\r\n') };
}
