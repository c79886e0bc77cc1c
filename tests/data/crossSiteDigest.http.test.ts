/**
 * From another site (a team's Teams tab on /sites/shvo reading the data site /sites/gits) the
 * data site's form digest costs one request per browser session: kept in sessionStorage per
 * user and data site, so a later page load's first screen is one request again. On the data
 * site's own pages the page's digest serves (no request). The repository is built by
 * createSpfiForSpfx, as the web part builds it.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { InjectHeaders } from '@pnp/queryable';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { startLocalSharePoint } from '../../localsp/src/index';
import { setUpProductRoles } from './support/roles';
import { LOCAL_SHAREPOINT_PROFILE } from '../../tools/localspProfile';
import { provisionSite } from '../../src/data/provisioning/provision';
import { PnPStatusReportRepository } from '../../src/data/repository/PnPStatusReportRepository';
import { createNodeRepository, createNodeSpfi, type LocalUser } from '../../src/data/repository/createNodeSpfi';
import { createSpfiForSpfx } from '../../src/data/repository/createRepositoryForSpfx';
import type { IDigestStorage } from '../../src/data/repository/sessionDigest';
import { storedDigest } from '../../src/data/repository/sessionDigest';
import { createReportReader, takeFirstScreen } from '../../src/services/createReportReader';
import { seedThroughRepository } from '../../tools/seed/seedData';

type Server = Awaited<ReturnType<typeof startLocalSharePoint>>;
let server: Server;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gits-crosssite-'));
  server = await startLocalSharePoint({ port: 0, dbFile: join(dir, 'x.db'), sites: ['gits', 'shvo'], profile: LOCAL_SHAREPOINT_PROFILE });
  const gits = server.siteUrl('gits');
  await provisionSite(createNodeSpfi(gits, { user: 'owner' }));
  await setUpProductRoles(createNodeSpfi(gits, { user: 'owner' }));
  await seedThroughRepository(createNodeRepository(gits, { user: 'editor' }), createNodeRepository(gits, { user: 'approver' }), undefined, createNodeRepository(gits, { user: 'owner' }));
}, 180000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

class MemoryStorage implements IDigestStorage {
  public readonly items = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.items.has(key) ? (this.items.get(key) as string) : null;
  }
  public setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** A page load on `pageSite` as SPFx describes it: its URL, the user and the digest the page carries. */
async function pageContext(pageSite: string, user: LocalUser): Promise<WebPartContext> {
  const response = await fetch(`${pageSite}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', 'X-Local-User': user } });
  const info = (await response.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  return {
    pageContext: {
      web: { absoluteUrl: pageSite },
      user: { loginName: `i:0#.f|membership|${user}@gits.local` },
      legacyPageContext: { formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds }
    }
  } as unknown as WebPartContext;
}

/** SharePoint requests of one first screen (report, list, permissions) on a new page load. */
async function firstScreenRequests(pageSite: string, dataSite: string, user: LocalUser, storage: IDigestStorage): Promise<number> {
  const context = await pageContext(pageSite, user);
  const repository = new PnPStatusReportRepository(createSpfiForSpfx(context, dataSite, storage).using(InjectHeaders({ 'X-Local-User': user })));
  const reader = createReportReader(repository);
  server.resetRequestCount();
  const [approved, periods, permissions] = await Promise.all([
    reader.getApprovedReport('SHVO'),
    reader.listReportPeriods('SHVO'),
    takeFirstScreen(repository, 'SHVO', 'permissions')
  ]);
  const count = server.requestCount();
  expect(approved.snapshot?.report.header.objectKey).toBe('SHVO');
  expect(periods.length).toBe(5);
  expect(permissions.kind).toBe('ok');
  return count;
}

describe('the data site digest from another site', () => {
  it('costs one request in the first page load of a session and none after', async () => {
    const gits = server.siteUrl('gits');
    const shvo = server.siteUrl('shvo');
    const session = new MemoryStorage();
    // PnPjs keeps digests in memory per site URL for the process; a new spelling of the site
    // (SharePoint matches site names without regard to case) is a page load without that memory.
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/Gits'), 'reader', session)).toBe(2);
    expect(storedDigest(session, gits, 'i:0#.f|membership|reader@gits.local')).toMatch(/^0x/);
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/GIts'), 'reader', session)).toBe(1);
    // Another user in the same tab does not get this user's digest.
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/GITs'), 'editor', session)).toBe(2);
    // A new session (another tab) fetches it again.
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/GITS'), 'reader', new MemoryStorage())).toBe(2);
  });

  it('uses the page digest on the data site itself and stores nothing', async () => {
    const gits = server.siteUrl('gits');
    const session = new MemoryStorage();
    expect(await firstScreenRequests(gits, '', 'reader', session)).toBe(1);
    expect(session.items.size).toBe(0);
  });

  it('fetches a fresh digest when the stored one has expired', async () => {
    const gits = server.siteUrl('gits');
    const shvo = server.siteUrl('shvo');
    const session = new MemoryStorage();
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/gITS'), 'reader', session)).toBe(2);
    const [key, stored] = Array.from(session.items.entries())[0];
    session.setItem(key, JSON.stringify({ ...JSON.parse(stored), expiresAt: Date.now() - 1 }));
    expect(await firstScreenRequests(shvo, gits.replace('/sites/gits', '/sites/giTS'), 'reader', session)).toBe(2);
    expect(JSON.parse(session.getItem(key) as string).expiresAt).toBeGreaterThan(Date.now());
  });
});
