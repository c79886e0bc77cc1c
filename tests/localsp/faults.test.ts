/**
 * Faults on demand (latency, 429/503 with Retry-After, dropped connections, failing batch
 * parts), the admin endpoints, request counting and the fallback handler.
 */
import { ILocalSharePoint } from '../../localsp/src';
import { digest, pnp, raw, start } from './helpers';

describe('faults and admin endpoints', () => {
  let sp: ILocalSharePoint;

  beforeAll(async () => {
    sp = await start({
      fallbackHandler: (req, res, page) => {
        if (req.url === '/page-digest' || req.url === '/page-digest-unknown') {
          const value = page.formDigest(req.url === '/page-digest' ? 'GITS' : 'nosuchsite');
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end(value === undefined ? 'none' : value);
          return true;
        }
        if (req.url === '/workbench') {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('page');
          return true;
        }
        return false;
      }
    });
    await pnp(sp, 'owner').web.lists.add('L', '', 100, false);
  });
  afterEach(() => {
    sp.setFaults({});
  });
  afterAll(async () => {
    await sp.close();
  });

  it('adds latency to every request', async () => {
    sp.setFaults({ latencyMs: 120 });
    const t0 = Date.now();
    await raw(sp, 'reader', 'web');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(115);
  });

  it('answers a share of requests 429 or 503 with Retry-After', async () => {
    sp.setFaults({ throttleRate: 1, retryAfterSeconds: 7 });
    const r = await raw(sp, 'reader', 'web');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    sp.setFaults({ throttleRate: 1, throttleStatus: 503, retryAfterSeconds: 0 });
    const s = await raw(sp, 'reader', 'web');
    expect(s.status).toBe(503);
    expect(s.headers.get('retry-after')).toBe('0');
    sp.setFaults({ throttleRate: 0.5, seed: 3 });
    let throttled = 0;
    for (let i = 0; i < 200; i++) {
      if ((await raw(sp, 'reader', 'web')).status === 429) {
        throttled++;
      }
    }
    expect(throttled).toBeGreaterThan(60);
    expect(throttled).toBeLessThan(140);
  });

  it('throttles the same requests on every run when the faults carry a seed', async () => {
    const pattern = async (seed: number): Promise<string> => {
      sp.setFaults({ throttleRate: 0.5, seed });
      let seen = '';
      for (let i = 0; i < 40; i++) seen += (await raw(sp, 'reader', 'web')).status === 429 ? 'T' : '.';
      return seen;
    };
    const first = await pattern(3);
    expect(await pattern(3)).toBe(first);
    expect(await pattern(4)).not.toBe(first);
    expect(first).toContain('T');
    expect(first).toContain('.');
    sp.setFaults({});
  });

  it('answers throttled requests as SharePoint Online does: a plain-text body, no odata.error', async () => {
    // SharePoint/sp-dev-docs#2547 ("429 TOO MANY REQUESTS" in the body), #3320 and #4744 (503 with Retry-After).
    sp.setFaults({ throttleRate: 1, retryAfterSeconds: 120 });
    const r = await raw(sp, 'reader', 'web');
    expect([r.status, r.headers.get('retry-after'), r.headers.get('content-type'), r.text]).toEqual([429, '120', 'text/plain; charset=utf-8', '429 TOO MANY REQUESTS']);
    sp.setFaults({ throttleRate: 1, throttleStatus: 503, retryAfterSeconds: 300 });
    const s = await raw(sp, 'reader', 'web');
    expect([s.status, s.headers.get('retry-after'), s.text]).toEqual([503, '300', '503 Server Unavailable']);
  });

  it('accepts Retry-After up to 300 seconds, as SharePoint Online may ask, and refuses more', async () => {
    // learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
    expect(() => sp.setFaults({ retryAfterSeconds: 300 })).not.toThrow();
    expect(() => sp.setFaults({ retryAfterSeconds: 301 })).toThrow('retryAfterSeconds must be a whole number from 0 to 300');
    expect(() => sp.setFaults({ retryAfterSeconds: 1.5 })).toThrow();
    const bad = await fetch(`${sp.url}/_localsp/faults`, { method: 'POST', body: JSON.stringify({ retryAfterSeconds: -1 }) });
    expect(bad.status).toBe(400);
  });

  it('lets PnPjs retry on 429 (honouring Retry-After), counting every attempt', async () => {
    sp.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    sp.resetRequestCount();
    const status = await pnp(sp, 'reader', undefined, 3).web().then(() => 200, (e: { status?: number }) => e.status);
    expect(status).toBe(429);
    expect(sp.requestCount()).toBe(3);
  });

  it('drops connections without a response', async () => {
    sp.setFaults({ dropRate: 1 });
    await expect(fetch(`${sp.siteUrl()}/_api/web`, { headers: { 'X-Local-User': 'reader' } })).rejects.toThrow();
  });

  it('fails batch parts after the n-th with 503 and Retry-After, leaving earlier parts done', async () => {
    sp.setFaults({ batchPartFailAfter: 1, retryAfterSeconds: 2 });
    const d = await digest(sp, 'editor');
    const part = (title: string): string[] => [
      '--batch_f', 'Content-Type: multipart/mixed; boundary="changeset_c"', '', '--changeset_c', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${sp.siteUrl()}/_api/web/lists/getByTitle('L')/items HTTP/1.1`, 'Content-Type: application/json', '', JSON.stringify({ Title: title }), '', '--changeset_c--', ''
    ];
    const r = await fetch(`${sp.siteUrl()}/_api/$batch`, {
      method: 'POST',
      headers: { 'X-Local-User': 'editor', 'X-RequestDigest': d, 'Content-Type': 'multipart/mixed; boundary=batch_f' },
      body: part('in').concat(part('out'), ['--batch_f--', '']).join('\n')
    });
    const lines = (await r.text()).split('\r\n');
    expect(lines.filter((l) => l.indexOf('HTTP/1.1') === 0)).toEqual(['HTTP/1.1 201 Created', 'HTTP/1.1 503 Service Unavailable']);
    expect(lines).toContain('RETRY-AFTER: 2');
    sp.setFaults({});
    expect((await pnp(sp, 'editor').web.lists.getByTitle('L').items.select('Title')()).map((x) => x.Title)).toEqual(['in']);
  });

  it('is tunable over HTTP: /_localsp/faults and /_localsp/requests', async () => {
    const set = await fetch(`${sp.url}/_localsp/faults`, { method: 'POST', body: JSON.stringify({ throttleRate: 1, throttleStatus: 503 }) });
    expect(await set.json()).toEqual({ throttleRate: 1, throttleStatus: 503 });
    expect((await raw(sp, 'reader', 'web')).status).toBe(503);
    expect(await (await fetch(`${sp.url}/_localsp/faults`)).json()).toEqual({ throttleRate: 1, throttleStatus: 503 });
    const bad = await fetch(`${sp.url}/_localsp/faults`, { method: 'POST', body: JSON.stringify({ throttleRate: 2 }) });
    expect(bad.status).toBe(400);
    await fetch(`${sp.url}/_localsp/faults`, { method: 'POST', body: '{}' });
    await fetch(`${sp.url}/_localsp/requests`, { method: 'DELETE' });
    await raw(sp, 'reader', 'web');
    await digest(sp, 'reader');
    expect(await (await fetch(`${sp.url}/_localsp/requests`)).json()).toEqual({ count: 2 });
    expect(sp.requestCount()).toBe(2);
  });

  it('gives the fallback handler form digests of the site, valid for writes as contextinfo digests are, without counting a request', async () => {
    sp.resetRequestCount();
    const pageDigest = await (await fetch(`${sp.url}/page-digest`)).text();
    expect(pageDigest).toMatch(/^0x[0-9A-F]{128},/);
    expect(await (await fetch(`${sp.url}/page-digest-unknown`)).text()).toBe('none');
    expect(sp.requestCount()).toBe(0);
    const post = (value: string): Promise<Response> =>
      fetch(`${sp.siteUrl()}/_api/web/lists/getByTitle('L')/items`, {
        method: 'POST',
        headers: { 'X-Local-User': 'owner', 'X-RequestDigest': value, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ Title: 'with the page digest' })
      });
    expect((await post(pageDigest)).status).toBe(201);
    // A tampered digest is refused as before.
    // One hex digit changed, whatever it was.
    const tampered = pageDigest.replace(/^0x(.)/, (_m, digit: string) => `0x${digit === '0' ? '1' : '0'}`);
    expect(tampered).not.toBe(pageDigest);
    expect((await post(tampered)).status).toBe(403);
  });

  it('hands other paths to the fallback handler, else 404', async () => {
    const page = await fetch(`${sp.url}/workbench`);
    expect(await page.text()).toBe('page');
    expect((await fetch(`${sp.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${sp.url}/sites/unknown/_api/web`, { headers: { 'X-Local-User': 'reader' } })).status).toBe(404);
  });
});

describe('persistence', () => {
  it('keeps lists and items in the SQLite file across restarts, with digests still valid', async () => {
    const { mkdtempSync } = await import('fs');
    const { join } = await import('path');
    const { tmpdir } = await import('os');
    const file = join(mkdtempSync(join(tmpdir(), 'localsp-')), 'sp.db');
    const a = await start({ dbFile: file });
    await pnp(a, 'owner').web.lists.add('Kept', '', 100, false);
    await pnp(a, 'editor').web.lists.getByTitle('Kept').items.add({ Title: 'still here' });
    const d = await digest(a, 'editor');
    await a.close();
    const b = await start({ dbFile: file });
    try {
      const items = await pnp(b, 'reader').web.lists.getByTitle('Kept').items.select('Title')();
      expect(items.map((r) => r.Title)).toEqual(['still here']);
      const r = await fetch(`${b.siteUrl()}/_api/web/lists/getByTitle('Kept')/items`, {
        method: 'POST',
        headers: { 'X-Local-User': 'editor', 'X-RequestDigest': d, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{"Title":"after restart"}'
      });
      expect(r.status).toBe(201);
    } finally {
      await b.close();
    }
  });
});
