/**
 * $batch exactly as PnPjs 4.21 builds it: changesets for writes, plain parts for reads,
 * a flat multipart/mixed response, and no atomicity (each part stands alone).
 */
import { SPFI } from '@pnp/sp';
import { ILocalSharePoint } from '../../localsp/src';
import { parseBatch, serializeBatch } from '../../localsp/src/batch';
import { digest, pnp, start } from './helpers';

describe('$batch parsing and serializing', () => {
  it('reads GET parts and changeset parts in order, with their headers and bodies', () => {
    const body = [
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "GET http://localhost/sites/gits/_api/web/lists/getByTitle('A')/items HTTP/1.1",
      'Accept: application/json',
      '',
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_9"',
      '',
      '--changeset_9',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "MERGE http://localhost/sites/gits/_api/web/lists/getByTitle('A')/items(3) HTTP/1.1",
      'IF-Match: "abc,1"',
      'Content-Type: application/json;charset=utf-8',
      '',
      '{"Title":"x"}',
      '',
      '--changeset_9--',
      '',
      '--batch_1--',
      ''
    ].join('\n');
    const parts = parseBatch('multipart/mixed; boundary=batch_1', body);
    expect(parts).toEqual([
      { method: 'GET', url: "http://localhost/sites/gits/_api/web/lists/getByTitle('A')/items", headers: { accept: 'application/json' }, body: '' },
      {
        method: 'MERGE',
        url: "http://localhost/sites/gits/_api/web/lists/getByTitle('A')/items(3)",
        headers: { 'if-match': '"abc,1"', 'content-type': 'application/json;charset=utf-8' },
        body: '{"Title":"x"}'
      }
    ]);
  });

  it('writes one batchresponse part per request with status line, headers and body (CRLF)', () => {
    const out = serializeBatch([
      { status: 201, statusText: 'Created', headers: { 'Content-Type': 'application/json', ETag: '"g,1"' }, body: '{"Id":1}' },
      { status: 204, statusText: 'No Content', headers: {} }
    ]);
    const boundary = /boundary=(batchresponse_[0-9a-f-]{36})$/.exec(out.contentType)?.[1];
    expect(boundary).toBeDefined();
    expect(out.body.split('\r\n')).toEqual([
      `--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', 'HTTP/1.1 201 Created', 'CONTENT-TYPE: application/json', 'ETAG: "g,1"', '', '{"Id":1}',
      `--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', 'HTTP/1.1 204 No Content', '', '',
      `--${boundary}--`, ''
    ]);
  });
});

describe('$batch over HTTP', () => {
  let sp: ILocalSharePoint;
  let editor: SPFI;

  beforeAll(async () => {
    sp = await start();
    const owner = pnp(sp, 'owner');
    await owner.web.lists.add('Rows', '', 100, false);
    await owner.web.lists.getByTitle('Rows').fields.addNumber('N');
    editor = pnp(sp, 'editor');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('runs PnPjs batched adds, updates and reads in order as one request', async () => {
    await editor.web.lists.getByTitle('Rows').items.add({ Title: 'first', N: 0 });
    sp.resetRequestCount();
    const [b, execute] = editor.batched();
    const list = b.web.lists.getByTitle('Rows');
    const added: Promise<unknown>[] = [];
    for (let i = 1; i <= 3; i++) {
      added.push(list.items.add({ Title: `row ${i}`, N: i }));
    }
    const updated = list.items.getById(1).update({ Title: 'first updated' });
    const read = b.web.lists.getByTitle('Rows').items.select('Title').orderBy('N')();
    await execute();
    const ids = (await Promise.all(added)).map((r) => (r as { Id: number }).Id);
    expect(ids).toEqual([2, 3, 4]);
    expect(((await updated) as unknown as { etag: string }).etag).toMatch(/,2"$/);
    expect((await read).map((r: { Title: string }) => r.Title)).toEqual(['first updated', 'row 1', 'row 2', 'row 3']);
    expect(sp.requestCount()).toBe(1);
  });

  it('is not atomic: a failing part does not undo or stop the others', async () => {
    const [b, execute] = editor.batched();
    const ok1 = b.web.lists.getByTitle('Rows').items.add({ Title: 'kept 1', N: 10 });
    const bad = b.web.lists.getByTitle('Rows').items.add({ Title: 'bad', Nope: 1 });
    const ok2 = b.web.lists.getByTitle('Rows').items.add({ Title: 'kept 2', N: 11 });
    const settled = [ok1, bad, ok2].map((p) => p.then(() => 'ok', (e: { status?: number }) => e.status));
    await execute();
    expect(await Promise.all(settled)).toEqual(['ok', 400, 'ok']);
    const titles = (await editor.web.lists.getByTitle('Rows').items.filter('N ge 10').select('Title')()).map((r) => r.Title);
    expect(titles).toEqual(['kept 1', 'kept 2']);
  });

  it('answers the raw multipart shape SharePoint uses', async () => {
    const d = await digest(sp, 'editor');
    const body = [
      '--batch_abc',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${sp.siteUrl()}/_api/web/lists/getByTitle('Rows')/items(1)?$select=Title HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_abc',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${sp.siteUrl()}/_api/web/lists/getByTitle('Missing')/items HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_abc--',
      ''
    ].join('\n');
    const r = await fetch(`${sp.siteUrl()}/_api/$batch`, {
      method: 'POST',
      headers: { 'X-Local-User': 'editor', 'X-RequestDigest': d, 'Content-Type': 'multipart/mixed; boundary=batch_abc' },
      body
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    const text = await r.text();
    const statusLines = text.split('\r\n').filter((l) => l.indexOf('HTTP/1.1') === 0);
    expect(statusLines).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 404 Not Found']);
    expect(text).toContain('{"Title":"first updated"}');
    expect(text).toContain("List 'Missing' does not exist");
  });

  it('needs a digest for the $batch request itself', async () => {
    const r = await fetch(`${sp.siteUrl()}/_api/$batch`, {
      method: 'POST',
      headers: { 'X-Local-User': 'editor', 'Content-Type': 'multipart/mixed; boundary=batch_x' },
      body: '--batch_x--\n'
    });
    expect(r.status).toBe(403);
  });
});
