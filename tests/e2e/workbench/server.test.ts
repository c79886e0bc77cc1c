import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { createWorkbenchHandler, renderIndexHtml } from '../../../workbench/server';

interface IResponse {
  readonly status: number;
  readonly type: string | undefined;
  readonly body: string;
}

describe('workbench handler', () => {
  let dist: string;
  let server: http.Server;
  let base: string;
  let issued = 0;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-dist-'));
    fs.writeFileSync(path.join(dist, 'main.js'), 'console.log("bundle")');
    fs.writeFileSync(path.join(dist, 'main.css'), 'body{}');
    fs.copyFileSync(path.join(__dirname, '../../../workbench/index.html'), path.join(dist, 'index.html'));
    const handler = createWorkbenchHandler({ distDir: dist, sitePath: '/sites/other' });
    server = http.createServer((req, res) => {
      // As the local SharePoint does: a fresh digest per page, for the sites it serves.
      if (!handler(req, res, { formDigest: (site) => (site === 'other' ? `0xABC,${++issued}` : undefined) })) {
        res.writeHead(418, { 'Content-Type': 'text/plain' });
        res.end('not mine');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dist, { recursive: true, force: true });
  });

  async function get(pathname: string): Promise<IResponse> {
    const res = await fetch(base + pathname);
    return { status: res.status, type: res.headers.get('content-type') ?? undefined, body: await res.text() };
  }

  it('serves the page at / with the configured site written into it', async () => {
    const res = await get('/?user=editor&theme=dark');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<meta name="workbench-site" content="/sites/other" />');
    expect(res.body).toContain('<script type="module" src="/workbench/main.js"></script>');
  });

  it('writes a fresh form digest of its site into every page, as SharePoint pages carry theirs', async () => {
    const first = await get('/');
    const second = await get('/');
    const digestOf = (body: string): string | undefined => /<meta name="workbench-form-digest" content="([^"]*)"/.exec(body)?.[1];
    expect(digestOf(first.body)).toMatch(/^0xABC,\d+$/);
    expect(digestOf(second.body)).toMatch(/^0xABC,\d+$/);
    expect(digestOf(second.body)).not.toBe(digestOf(first.body));
  });

  it('serves the bundle files with their content types', async () => {
    expect(await get('/workbench/main.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log("bundle")' });
    expect((await get('/workbench/main.css')).type).toBe('text/css; charset=utf-8');
  });

  it('lets the browser cache bundle files but revalidate them (ETag, 304), and never caches the page', async () => {
    const first = await fetch(`${base}/workbench/main.js`);
    const etag = first.headers.get('etag');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await fetch(`${base}/workbench/main.js`, { headers: { 'If-None-Match': etag as string } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A rebuild changes the ETag, so the browser downloads the new bundle.
    fs.writeFileSync(path.join(dist, 'main.js'), 'console.log("rebuilt bundle")');
    const changed = await fetch(`${base}/workbench/main.js`, { headers: { 'If-None-Match': etag as string } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('console.log("rebuilt bundle")');
    fs.writeFileSync(path.join(dist, 'main.js'), 'console.log("bundle")');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-store');
  });

  it('serves hashed chunks, as rollup names them, as immutable, and nothing else', async () => {
    fs.writeFileSync(path.join(dist, 'chunk-0a1b2c3d.js'), 'export {};');
    fs.writeFileSync(path.join(dist, 'chunk-0a1b2c3d.js.map'), '{}');
    expect((await fetch(`${base}/workbench/chunk-0a1b2c3d.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/workbench/chunk-0a1b2c3d.js.map`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/workbench/main.js`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses traversal and unknown files under /workbench/ with 404', async () => {
    expect((await get('/workbench/..%2Fpackage.json')).status).toBe(404);
    // Dot segments are resolved by the URL parser: this one leaves /workbench/ and is not ours.
    const dotted = await get('/workbench/%2E%2E/%2E%2E/package.json');
    expect(dotted.status).toBe(418);
    expect(dotted.body).not.toContain('gits-statusrapport');
    expect((await get('/workbench/missing.js')).status).toBe(404);
    expect((await get('/workbench/.secret.js')).status).toBe(404);
  });

  it('leaves SharePoint and admin paths to the caller', async () => {
    expect((await get('/sites/gits/_api/web')).status).toBe(418);
    expect((await get('/_localsp/faults')).status).toBe(418);
  });

  it('answers 503 with a hint when the bundle was not built', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-empty-'));
    const handler = createWorkbenchHandler({ distDir: empty });
    const status: number[] = [];
    const fakeRes = {
      writeHead: (s: number) => status.push(s),
      end: () => undefined
    } as unknown as http.ServerResponse;
    expect(handler({ method: 'GET', url: '/' } as http.IncomingMessage, fakeRes)).toBe(true);
    expect(status).toEqual([503]);
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('rejects a site path that is not a /sites/ URL', () => {
    expect(() => createWorkbenchHandler({ sitePath: '/sites/x"><script>' })).toThrow('Invalid site path');
    expect(renderIndexHtml('<meta name="workbench-site" content="/sites/gits" />', '/sites/a')).toBe('<meta name="workbench-site" content="/sites/a" />');
    expect(renderIndexHtml('<meta name="workbench-form-digest" content="" />', '/sites/a', '0x1"<b>,x')).toBe(
      '<meta name="workbench-form-digest" content="0x1&quot;&lt;b&gt;,x" />'
    );
    expect(renderIndexHtml('<meta name="workbench-form-digest" content="" />', '/sites/a')).toBe('<meta name="workbench-form-digest" content="" />');
  });
});
