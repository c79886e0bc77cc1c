/**
 * Size, paging, people and throttling against the local SharePoint with SharePoint Online's
 * rules:
 * - request bodies over 1,048,576 bytes are refused (-1, InvalidClientQueryException:
 *   pnp/pnpcore#777, pnp/pnpjs#2980);
 * - item queries page at $top and continue through odata.nextLink ($skip is ignored on items:
 *   sp-dev-docs working-with-lists-and-list-items-with-rest.md);
 * - person columns are set through ValidateUpdateListItem with the claims login as Key (PnPjs
 *   docs, "items": validateUpdateListItem with a User field);
 * - throttled answers carry Retry-After, up to 300 s (learn.microsoft.com "Avoid getting
 *   throttled or blocked in SharePoint Online").
 */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/sv-se.js'));

import type { TimelinePipe } from '@pnp/core';
import type { IStatusReport } from '../../src/domain/model';
import { repositoryMessage } from '../../src/services/repositoryMessage';
import { loadSeedReport } from '../../tools/seed/seedData';
import { intercept } from './support/server';
import { startRealSite, type IRealSite } from './support/realSite';
import { ok } from '../support/ok';


const seed = loadSeedReport();
let site: IRealSite;
beforeAll(async () => {
  site = await startRealSite(['SHVO', 'STOR', 'SIDOR', 'PERSON']);
}, 60000);
afterAll(async () => site && site.close());

function forObject(objectKey: string, report: IStatusReport = seed): IStatusReport {
  return { ...report, header: { ...report.header, objectKey } };
}

/** Records the body of every request (and of $batch parts, which travel in the batch body). */
function bodies(into: string[]): TimelinePipe {
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      into.push(`${init.method ?? 'GET'} ${url}\n${typeof init.body === 'string' ? init.body : ''}`);
      return [url, init, result];
    });
    return instance;
  };
}

describe('a report bigger than one request body', () => {
  it('saves in several batches of at most 1 MiB and reads back whole', async () => {
    const repo = site.repo('editor');
    const created = ok(await repo.createReport(forObject('STOR')));
    const loaded = ok(await repo.loadReportForEditing(created.id)).editable;
    // 60 events of 24,000 characters (some Swedish letters: 2 bytes each): about 1.5 MB of rows.
    const long = 'Förvaltningen har genomfört ändringar. '.repeat(600).slice(0, 24000);
    const edited: IStatusReport = { ...loaded.report, events: Array.from({ length: 60 }, (_, i) => ({ text: `${i}: ${long}`, subItems: [] })) };
    const sent: string[] = [];
    const big = site.repo('editor', {}, bodies(sent));
    const fresh = ok(await big.loadReportForEditing(created.id)).editable;
    ok(await big.saveReport(fresh, edited));
    const batches = sent.filter((s) => s.indexOf('$batch') >= 0 && s.indexOf('GitsEvents') >= 0);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    batches.forEach((b) => expect(Buffer.byteLength(b.slice(b.indexOf('\n') + 1), 'utf8')).toBeLessThanOrEqual(1048576));
    const back = ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report;
    expect(back.events).toEqual(edited.events);
  });
});

describe('reads past one page', () => {
  it('lists more than 5,000 objects: every page through odata.nextLink', async () => {
    const rows = Array.from({ length: 5100 }, (_, i) => ({ Title: `Objekt ${i}`, ObjectKey: `BULK${String(i).padStart(5, '0')}` }));
    site.server.bulkInsert('GitsObjects', rows, { site: 'gits', user: 'owner' });
    site.server.resetRequestCount();
    const objects = ok(await site.repo('reader').listObjects());
    expect(objects.filter((o) => o.key.indexOf('BULK') === 0)).toHaveLength(5100);
    expect(site.server.requestCount()).toBe(2); // two pages (no digest for reads)
    const keys = objects.map((o) => o.key);
    expect(keys).toEqual(keys.slice().sort());
  });

  it('reads a report whose parts span several pages (small page size), in the same order', async () => {
    const editor = site.repo('editor');
    const report = forObject('SIDOR', { ...seed, events: Array.from({ length: 23 }, (_, i) => ({ text: `Händelse ${i}`, subItems: [] })) });
    const created = ok(await editor.createReport(report));
    const small = site.repo('editor', { pageSize: 5 });
    const loaded = ok(await small.loadReportForEditing(created.id, 'SIDOR')).editable.report;
    expect(loaded.events).toEqual(report.events);
    expect(loaded.kpis).toEqual(report.kpis);
  });
});

describe('the coordinator person column', () => {
  it('is set with the claims login; a person SharePoint cannot set is reported as a warning, the save still done', async () => {
    const sent: string[] = [];
    const repo = site.repo('editor', {}, bodies(sent));
    const withPerson = forObject('PERSON', { ...seed, header: { ...seed.header, coordinator: { displayName: 'Kim Koordinator', email: 'kim@example.org' } } });
    const created = ok(await repo.createReport(withPerson));
    expect(created.warnings).toBeUndefined();
    const vul = sent.find((s) => /validateupdatelistitem/i.test(s) && s.indexOf('Coordinator') >= 0) ?? '';
    expect(vul).toContain('i:0#.f|membership|kim@example.org');

    // The person column refuses the value (here: SharePoint answers the field with HasException).
    const refuse = intercept((url, _m, body) =>
      url.indexOf('$batch') >= 0 && /validateupdatelistitem/i.test(body) ? { body: body.replace('"FieldName":"Coordinator"', '"FieldName":"CoordinatorMissing"') } : 'pass'
    );
    const failing = site.repo('editor', {}, refuse.pipe);
    const loaded = ok(await failing.loadReportForEditing(created.id)).editable;
    refuse.armed.value = true;
    const edited: IStatusReport = { ...loaded.report, header: { ...loaded.report.header, coordinator: { displayName: 'Ny Person', email: 'ny.person@example.org' } } };
    const saved = ok(await failing.saveReport(loaded, edited));
    expect(refuse.armed.value).toBe(false);
    expect(saved.warnings).toEqual([{ kind: 'coordinatorNotSet', messageKey: 'data.warning.coordinatorNotSet' }]);
    expect(ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report.header.coordinator).toEqual(edited.header.coordinator);
  });
});

describe('throttling with a long Retry-After', () => {
  it('answers throttled at once with the time to try again, shown in Swedish', async () => {
    const repo = site.repo('reader');
    site.server.setFaults({ throttleRate: 1, throttleStatus: 429, retryAfterSeconds: 300 });
    const started = Date.now();
    let r;
    try {
      r = await repo.listObjects();
    } finally {
      site.server.setFaults({});
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r).toMatchObject({ kind: 'throttled', messageKey: 'data.error.throttledUntil', retryAfterSeconds: 300 });
    if (r.kind !== 'throttled' || r.retryAt === undefined) throw new Error('no retry time');
    expect(Math.abs(Date.parse(r.retryAt) - (started + 300000))).toBeLessThan(10000);
    const text = repositoryMessage(r, 'sv-SE');
    expect(text).toMatch(/^SharePoint är upptaget\. Försök igen om 300 sekunder \(kl\. \d{2}[:.]\d{2}\)\.$/);
  });

  it('waits out a short Retry-After by itself', async () => {
    const repo = site.repo('reader', { retries: 8 });
    // Seeded: the same requests are throttled on every run (about half of them).
    site.server.setFaults({ throttleRate: 0.5, throttleStatus: 503, retryAfterSeconds: 0, seed: 11 });
    site.server.resetRequestCount();
    try {
      for (let i = 0; i < 5; i++) expect((await repo.listObjects()).kind).toBe('ok');
      // Some answers were 503 and were waited out: more requests than calls.
      expect(site.server.requestCount()).toBeGreaterThan(5);
    } finally {
      site.server.setFaults({});
    }
  });
});
