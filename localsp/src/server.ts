/**
 * The HTTP side: admin endpoints, fault injection, identity (X-Local-User header or
 * localsp-user cookie), form digest checks, $batch, CORS for a browser workbench, and
 * hand-off of `/sites/<site>/_api/...` to the REST surface.
 */
import * as http from 'http';
import { randomUUID } from 'crypto';
import { AddressInfo } from 'net';
import { Api, IApiRequest, IApiResponse } from './api';
import { parseBatch, serializeBatch, statusText } from './batch';
import { Engine } from './engine';
import { SpError, SpErrors } from './errors';
import { contentTypeOf, formatError, jsonModeOf } from './format';
import { bodyTooLarge, fidelityOf } from './limits';
import { FieldAddConflicts, MAX_RETRY_AFTER_SECONDS, throttledResponse, validRetryAfter } from './wirefaults';
import { DEFAULT_TIME_ZONE_ID } from './regional';
import { siteLanguageOf } from './siteregional';
import { Store } from './store';
import { SiteLanguage } from './permissions/roles';
import { SiteProfile } from './permissions/siteDefaults';

export interface IFaultOptions {
  /** Added delay before every request is answered, in milliseconds. */
  latencyMs?: number;
  /** Share (0..1) of requests answered 429 (or 503) with Retry-After. */
  throttleRate?: number;
  throttleStatus?: 429 | 503;
  /** Seconds in Retry-After (0..300; SharePoint Online has been seen asking for up to 300). Default 1. */
  retryAfterSeconds?: number;
  /** Share (0..1) of connections destroyed without a response. */
  dropRate?: number;
  /** In a $batch, inner requests after the first N are answered 503 with Retry-After (to test half-failed saves). */
  batchPartFailAfter?: number;
  /**
   * Seed of the draws behind throttleRate and dropRate: with a seed the same requests are
   * throttled or dropped on every run, so a test's outcome does not depend on chance.
   */
  seed?: number;
}

/** A small seeded generator (mulberry32) giving draws in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ILocalSharePointOptions {
  /** 0 = a random free port. */
  port?: number;
  /** SQLite file; ':memory:' by default. */
  dbFile?: string;
  /** Site names served as /sites/<name>; default ['gits']. */
  sites?: string[];
  faults?: IFaultOptions;
  /** Items above which unindexed queries are throttled; default 5000 as in SharePoint Online. */
  listViewThreshold?: number;
  /**
   * Site language (LCID) of new sites: 1053 sv-SE (default) or 1033 en-US; names groups and
   * permission levels and words error messages ('lenient': en-US).
   */
  language?: SiteLanguage;
  /**
   * 'real' (default): a SharePoint Online team site (Owners Full Control, Members Edit, Visitors
   * Read; `approver` in no group) with SharePoint Online's rules (site time zone date rules, 1 MiB
   * request bodies, 255-character text, 409 on field adds batched together, messages in the site
   * language). 'lenient': the earlier set-up (Members Contribute, a web-level "Approvers" group
   * with an "Approve" level holding `approver`; English names) without those rules.
   */
  profile?: SiteProfile;
  /** New sites are publishing sites: adds the Approve level and the publishing groups. */
  publishing?: boolean;
  /** SharePoint time zone id of new sites; default 4, W. Europe (Stockholm). */
  timeZoneId?: number;
  /**
   * Called for paths outside /sites/ and /_localsp/ (e.g. a workbench page on the same origin);
   * returns true when it has answered. No identity check, no faults.
   */
  fallbackHandler?: (req: http.IncomingMessage, res: http.ServerResponse, page: IFallbackPageContext) => boolean;
}

/** What a page served by the fallback handler may embed, as SharePoint embeds it in its pages. */
export interface IFallbackPageContext {
  /**
   * A fresh form digest for a site (what /_api/contextinfo would return; SharePoint writes one
   * into every page as _spPageContextInfo.formDigestValue); undefined for an unknown site.
   */
  formDigest(site: string): string | undefined;
}

export interface IBulkInsertOptions {
  site?: string;
  /** Author/editor of the rows; default 'editor'. */
  user?: string;
}

export interface ILocalSharePoint {
  /** http://localhost:PORT */
  readonly url: string;
  siteUrl(site?: string): string;
  setFaults(f: IFaultOptions): void;
  requestCount(): number;
  resetRequestCount(): void;
  close(): Promise<void>;
  /**
   * Bench/test only: writes rows (REST body shape) straight into SQLite in one transaction,
   * bypassing HTTP and permissions. Returns the new item ids.
   */
  bulkInsert(listTitle: string, rows: Record<string, unknown>[], options?: IBulkInsertOptions): number[];
  /** Number of folders and items of a list with unique permissions (SharePoint Online allows 50,000 per list). */
  uniqueScopes(listTitle: string, site?: string): number;
}

const ADMIN_PREFIX = '/_localsp/';

export async function startLocalSharePoint(options: ILocalSharePointOptions = {}): Promise<ILocalSharePoint> {
  const store = new Store(options.dbFile || ':memory:');
  const engine = new Engine(store, options.listViewThreshold ?? 5000);
  const setup = { language: options.language, profile: options.profile, publishing: options.publishing };
  engine.fidelity = fidelityOf(options.profile);
  engine.regional.defaultLanguage = siteLanguageOf(setup);
  engine.regional.defaultTimeZoneId = options.timeZoneId ?? DEFAULT_TIME_ZONE_ID;
  const sites = (options.sites && options.sites.length ? options.sites : ['gits']).map((s) => engine.ensureSite(s, setup).name);
  const api = new Api(engine);
  let faults: IFaultOptions = {};
  let draw: () => number = Math.random;
  const setFaults = (f: IFaultOptions): void => {
    faults = { ...f };
    draw = f.seed === undefined ? Math.random : seededRandom(f.seed);
  };
  setFaults(options.faults || {});
  let requests = 0;
  const pageContext: IFallbackPageContext = {
    formDigest: (site: string) => {
      const known = sites.find((name) => name.toLowerCase() === site.toLowerCase());
      return known === undefined ? undefined : engine.issueDigest(known);
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
      }
      res.end(String(e instanceof Error ? e.message : e));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host || 'localhost';
    const origin = `http://${host}`;
    const url = new URL(req.url || '/', origin);
    setCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(200);
      res.end();
      return;
    }
    if (url.pathname.indexOf(ADMIN_PREFIX) === 0) {
      await admin(req, res, url);
      return;
    }
    if (!/^\/sites\//i.test(url.pathname) && options.fallbackHandler && options.fallbackHandler(req, res, pageContext)) {
      return;
    }
    requests++;
    const f = faults;
    if (f.latencyMs && f.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, f.latencyMs));
    }
    if (f.dropRate && draw() < f.dropRate) {
      req.socket.destroy();
      return;
    }
    const mode = jsonModeOf(header(req, 'accept'));
    const send = (r: IApiResponse): void => {
      res.writeHead(r.status, { SPRequestGuid: randomUUID(), 'request-id': randomUUID(), 'X-SharePointHealthScore': '0', ...r.headers });
      res.end(r.body === undefined ? undefined : r.body);
    };
    let lcid: number = engine.regional.defaultLanguage;
    const fail = (e: SpError): void =>
      send({ status: e.status, headers: { 'Content-Type': contentTypeOf(mode), ...e.headers }, body: JSON.stringify(formatError(e, mode, lcid)) });
    if (f.throttleRate && draw() < f.throttleRate) {
      send(throttledResponse(f.throttleStatus || 429, f.retryAfterSeconds ?? 1));
      return;
    }
    const body = await readBody(req);
    const m = /^\/sites\/([^/]+)\/_api\/?(.*)$/i.exec(url.pathname);
    const siteName = m ? sites.find((s) => s.toLowerCase() === decodeURIComponent(m[1]).toLowerCase()) : undefined;
    if (!m || !siteName) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('404 NOT FOUND');
      return;
    }
    const site = store.getSite(siteName);
    lcid = engine.regional.language(siteName);
    const userName = header(req, 'x-local-user') || cookie(req, 'localsp-user');
    if (!site || !userName) {
      fail(SpErrors.unauthenticated());
      return;
    }
    const user = engine.userByName(site.name, userName);
    const override = header(req, 'x-http-method');
    const method = (req.method === 'POST' && override ? override : req.method || 'GET').toUpperCase();
    const apiPath = m[2];
    const isContextInfo = /^contextinfo\/?$/i.test(apiPath);
    if (method !== 'GET' && method !== 'HEAD' && !isContextInfo && !engine.validDigest(site.name, header(req, 'x-requestdigest'))) {
      fail(SpErrors.invalidDigest());
      return;
    }
    const maxBody = engine.fidelity.maxBodyBytes;
    if (maxBody !== undefined && Buffer.byteLength(body, 'utf8') > maxBody) {
      fail(bodyTooLarge(Buffer.byteLength(body, 'utf8'), maxBody));
      return;
    }
    const headers = lowerHeaders(req);
    if (/^\$batch\/?$/i.test(apiPath)) {
      if (method !== 'POST') {
        fail(SpErrors.methodNotAllowed('$batch', method));
        return;
      }
      let parts;
      try {
        parts = parseBatch(headers['content-type'] || '', body);
      } catch (e) {
        fail(e instanceof SpError ? e : SpErrors.badQuery(String(e)));
        return;
      }
      const failAfter = f.batchPartFailAfter;
      const fieldAdds = new FieldAddConflicts(engine.fidelity.batchedFieldAddConflict);
      const responses = parts.map((p, index) => {
        if (failAfter !== undefined && index >= failAfter) {
          const e = SpErrors.throttled(503, f.retryAfterSeconds ?? 1);
          const pm = jsonModeOf(p.headers.accept);
          return { status: 503, statusText: statusText(503), headers: { 'Content-Type': contentTypeOf(pm), ...e.headers }, body: JSON.stringify(formatError(e, pm, lcid)) };
        }
        let inner: URL;
        try {
          inner = new URL(p.url, origin);
        } catch {
          const e = SpErrors.badQuery(`The batch request URL "${p.url}" is not valid.`);
          return { status: 400, statusText: statusText(400), headers: { 'Content-Type': contentTypeOf(mode) }, body: JSON.stringify(formatError(e, mode, lcid)) };
        }
        const im = /^\/sites\/([^/]+)\/_api\/?(.*)$/i.exec(inner.pathname);
        let r: IApiResponse;
        if (!im || im[1].toLowerCase() !== site.name.toLowerCase()) {
          const e = SpErrors.resourceNotFound(p.url);
          r = { status: e.status, headers: { 'Content-Type': contentTypeOf(jsonModeOf(p.headers.accept)) }, body: JSON.stringify(formatError(e, jsonModeOf(p.headers.accept), lcid)) };
        } else {
          const innerMethod = (p.method === 'POST' && p.headers['x-http-method'] ? p.headers['x-http-method'] : p.method).toUpperCase();
          r = api.handle({ method: innerMethod, apiPath: im[2], query: inner.searchParams, headers: p.headers, body: p.body, site, user, origin });
          const conflict = fieldAdds.after(innerMethod, im[2], r.status);
          if (conflict) {
            const pm = jsonModeOf(p.headers.accept);
            r = { status: conflict.status, headers: { 'Content-Type': contentTypeOf(pm) }, body: JSON.stringify(formatError(conflict, pm, lcid)) };
          }
        }
        return { status: r.status, statusText: statusText(r.status), headers: r.headers, body: r.body };
      });
      const out = serializeBatch(responses);
      send({ status: 200, headers: { 'Content-Type': out.contentType }, body: out.body });
      return;
    }
    const apiReq: IApiRequest = { method, apiPath, query: url.searchParams, headers, body, site, user, origin };
    send(api.handle(apiReq));
  }

  async function admin(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const reply = (status: number, value: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const path = url.pathname.substring(ADMIN_PREFIX.length).replace(/\/$/, '');
    if (path === 'faults') {
      if (req.method === 'POST' || req.method === 'PUT') {
        try {
          setFaults(validateFaults(JSON.parse((await readBody(req)) || '{}') as IFaultOptions));
        } catch (e) {
          reply(400, { error: String(e instanceof Error ? e.message : e) });
          return;
        }
      }
      reply(200, faults);
      return;
    }
    if (path === 'scopes') {
      // GET /_localsp/scopes?list=<title>[&site=<name>] → { list, uniqueScopes }
      const site = store.getSite(url.searchParams.get('site') || sites[0]);
      const list = site ? store.listByTitle(site.name, url.searchParams.get('list') || '') : undefined;
      if (!list) {
        reply(404, { error: 'unknown list' });
        return;
      }
      reply(200, { list: list.title, uniqueScopes: engine.inheritance.uniqueScopeCount(list) });
      return;
    }
    if (path === 'requests') {
      if (req.method === 'DELETE') {
        requests = 0;
      }
      reply(200, { count: requests });
      return;
    }
    reply(404, { error: 'unknown admin endpoint' });
  }

  // Longer than clients' keep-alive so a reused connection is not closed under a request.
  server.keepAliveTimeout = 65000;
  server.headersTimeout = 66000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://localhost:${port}`;
  return {
    url: base,
    siteUrl: (s?: string) => `${base}/sites/${s || sites[0]}`,
    setFaults: (f: IFaultOptions) => setFaults(validateFaults(f)),
    requestCount: () => requests,
    bulkInsert: (listTitle: string, rows: Record<string, unknown>[], o: IBulkInsertOptions = {}) => {
      const site = store.getSite(o.site || sites[0]);
      if (!site) {
        throw new Error(`No site ${String(o.site)}`);
      }
      const list = engine.listByTitle(site, listTitle, `/sites/${site.name}`);
      return engine.bulkInsert(list, engine.userByName(site.name, o.user || 'editor'), rows);
    },
    uniqueScopes: (listTitle: string, s?: string) => {
      const site = store.getSite(s || sites[0]);
      if (!site) {
        throw new Error(`No site ${String(s)}`);
      }
      return engine.inheritance.uniqueScopeCount(engine.listByTitle(site, listTitle, `/sites/${site.name}`));
    },
    resetRequestCount: () => {
      requests = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      })
  };
}

function validateFaults(f: IFaultOptions): IFaultOptions {
  const rate = (v: number | undefined, name: string): void => {
    if (v !== undefined && (typeof v !== 'number' || v < 0 || v > 1)) {
      throw new Error(`${name} must be a number between 0 and 1`);
    }
  };
  rate(f.throttleRate, 'throttleRate');
  rate(f.dropRate, 'dropRate');
  if (f.throttleStatus !== undefined && f.throttleStatus !== 429 && f.throttleStatus !== 503) {
    throw new Error('throttleStatus must be 429 or 503');
  }
  if (f.batchPartFailAfter !== undefined && (typeof f.batchPartFailAfter !== 'number' || f.batchPartFailAfter < 0)) {
    throw new Error('batchPartFailAfter must be a non-negative number');
  }
  if (f.seed !== undefined && (typeof f.seed !== 'number' || !Number.isInteger(f.seed))) {
    throw new Error('seed must be an integer');
  }
  if (f.latencyMs !== undefined && (typeof f.latencyMs !== 'number' || f.latencyMs < 0)) {
    throw new Error('latencyMs must be a non-negative number');
  }
  if (f.retryAfterSeconds !== undefined && !validRetryAfter(f.retryAfterSeconds)) {
    throw new Error(`retryAfterSeconds must be a whole number from 0 to ${MAX_RETRY_AFTER_SECONDS}`);
  }
  return { ...f };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function lowerHeaders(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  Object.keys(req.headers).forEach((k) => {
    const v = req.headers[k];
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v || '';
  });
  return out;
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  const raw = header(req, 'cookie') || '';
  for (const part of raw.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      return decodeURIComponent(v.join('='));
    }
  }
  return undefined;
}

function setCors(req: http.IncomingMessage, res: http.ServerResponse): void {
  const origin = header(req, 'origin');
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', header(req, 'access-control-request-headers') || '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After, SPRequestGuid');
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
