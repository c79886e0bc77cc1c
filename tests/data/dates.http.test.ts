/**
 * Date-only values round-trip unchanged on a site in W. Europe time (SharePoint time zone 4),
 * through the local SharePoint with SharePoint Online's date semantics: REST values with a zone
 * are stored as that instant; list forms (ValidateUpdateListItem, sv-SE "yyyy-MM-dd") store local
 * midnight (sp-dev-docs#6083; pnp/pnpjs#1890; cli-microsoft365#4375 for the form format).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalSharePoint } from '../../localsp/src/index';
import type { IStatusReport } from '../../src/domain/model';
import { setUpProductRoles } from './support/roles';
import { provisionSite } from '../../src/data/provisioning/provision';
import { createNodeRepository, createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import { loadSeedReport } from '../../tools/seed/seedData';
import { ok } from '../support/ok';

type Server = Awaited<ReturnType<typeof startLocalSharePoint>>;
let server: Server;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gits-dates-'));
  const dbFile = join(dir, 'x.db');
  server = await startLocalSharePoint({ port: 0, dbFile, profile: 'real', language: 1053, timeZoneId: 4 });
  const owner = createNodeSpfi(server.siteUrl('gits'), { user: 'owner' });
  await provisionSite(owner);
  await setUpProductRoles(owner, ['DATUM']);
}, 60000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('date-only values on a Stockholm site', () => {
  it('keeps winter and summer dates, stored as local midnight in UTC, and reads dates SharePoint forms wrote', async () => {
    const seed = loadSeedReport();
    const report: IStatusReport = {
      ...seed,
      header: { ...seed.header, objectKey: 'DATUM' },
      events: [
        { text: 'Vinter', subItems: [], date: '2025-01-02' },
        { text: 'Sommar', subItems: [], date: '2025-07-02' },
        { text: 'Sommartid börjar', subItems: [], date: '2025-03-30' },
        { text: 'Nyårsafton', subItems: [], date: '2025-12-31' }
      ]
    };
    const site = server.siteUrl('gits');
    const editor = createNodeRepository(site, { user: 'editor' });
    const created = ok(await editor.createReport(report));
    const owner = createNodeSpfi(site, { user: 'owner' });
    const raw: { EventDate: string; SortOrder: number; Id: number }[] = await owner.web.lists
      .getByTitle('GitsEvents')
      .items.filter(`ReportId eq ${created.id}`)
      .select('Id', 'EventDate', 'SortOrder')
      .orderBy('SortOrder')();
    expect(raw.map((r) => r.EventDate)).toEqual(['2025-01-01T23:00:00Z', '2025-07-01T22:00:00Z', '2025-03-29T23:00:00Z', '2025-12-30T23:00:00Z']);
    const loaded = ok(await createNodeRepository(site, { user: 'editor' }).loadReportForEditing(created.id));
    expect(loaded.editable.report.events.map((e) => e.date)).toEqual(['2025-01-02', '2025-07-02', '2025-03-30', '2025-12-31']);

    // A date typed into SharePoint's own form (sv-SE form value) reads back as that date.
    const form = await owner.web.lists.getByTitle('GitsEvents').items.getById(raw[1].Id).validateUpdateListItem([{ FieldName: 'EventDate', FieldValue: '2025-08-15' }]);
    expect(form.every((f) => !f.HasException)).toBe(true);
    const after = ok(await createNodeRepository(site, { user: 'editor' }).loadReportForEditing(created.id));
    expect(after.editable.report.events[1].date).toBe('2025-08-15');
    // A save without changes writes no event row (the stored instants equal what would be written).
    const repo = createNodeRepository(site, { user: 'editor' });
    const fresh = ok(await repo.loadReportForEditing(created.id)).editable;
    server.resetRequestCount();
    ok(await repo.saveReport(fresh, fresh.report));
    expect(server.requestCount()).toBe(1);
  });
});
