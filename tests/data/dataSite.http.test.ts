/**
 * One store for all objects, used from any site: a Teams tab on the object team's site
 * (/sites/shvo) and the board's page on the GITS site (/sites/gits) build the repository on the
 * data site with PnPjs' SPFx behaviour, as the web part does, and see and edit the same reports.
 * The form digest: the page's own digest serves its own site; for another site PnPjs fetches
 * `_api/contextinfo` of that site once and caches it (pnp/pnpjs packages/sp/behaviors/spfx.ts,
 * request-digest.ts).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { TimelinePipe } from '@pnp/core';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { startLocalSharePoint } from '../../localsp/src/index';
import { setUpProductRoles } from './support/roles';
import { provisionSite } from '../../src/data/provisioning/provision';
import { PnPStatusReportRepository } from '../../src/data/repository/PnPStatusReportRepository';
import { createNodeRepository, createNodeSpfi, type LocalUser } from '../../src/data/repository/createNodeSpfi';
import { checkDataSiteUrl, dataSiteOf } from '../../src/data/repository/dataSite';
import { CappedRetryFetch } from '../../src/data/repository/throttling';
import type { IStatusReport } from '../../src/domain/model';
import { loadSeedReport } from '../../tools/seed/seedData';
import { ok } from '../support/ok';

type Server = Awaited<ReturnType<typeof startLocalSharePoint>>;
let server: Server;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gits-datasite-'));
  server = await startLocalSharePoint({ port: 0, dbFile: join(dir, 'x.db'), sites: ['gits', 'shvo'] });
  const owner = createNodeSpfi(server.siteUrl('gits'), { user: 'owner' });
  await provisionSite(owner);
  await setUpProductRoles(owner, ['SHVO', 'TVASITES']);
}, 60000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page on `pageSite` as SPFx describes it to PnPjs: its URL and the form digest the page carries. */
async function pageContext(pageSite: string, user: LocalUser): Promise<WebPartContext> {
  const info = await (await fetch(`${pageSite}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', 'X-Local-User': user } })).json() as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  return {
    pageContext: {
      web: { absoluteUrl: pageSite },
      legacyPageContext: { formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds }
    }
  } as unknown as WebPartContext;
}

function countContextInfo(into: string[]): TimelinePipe {
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      if (/_api\/contextinfo/i.test(url)) into.push(url);
      return [url, init, result];
    });
    return instance;
  };
}

/** The repository as the web part builds it (createRepositoryForSpfx), for a local user. */
async function webPartRepository(pageSite: string, dataSiteUrl: string, user: LocalUser, digests: string[]): Promise<PnPStatusReportRepository> {
  const context = await pageContext(pageSite, user);
  const sp = spfi(dataSiteOf(dataSiteUrl, pageSite)).using(SPFx(context), CappedRetryFetch(), InjectHeaders({ 'X-Local-User': user }), countContextInfo(digests));
  return new PnPStatusReportRepository(sp);
}

describe('the data site', () => {
  it('is the current site by default, or a site of the same tenant', () => {
    const here = 'https://contoso.sharepoint.com/sites/shvo';
    expect(checkDataSiteUrl('', here)).toEqual({ ok: true, url: here });
    expect(checkDataSiteUrl('https://contoso.sharepoint.com/sites/gits/', here)).toEqual({ ok: true, url: 'https://contoso.sharepoint.com/sites/gits' });
    expect(checkDataSiteUrl('https://contoso.sharepoint.com/sites/gits/SitePages/Home.aspx', here)).toEqual({ ok: true, url: 'https://contoso.sharepoint.com/sites/gits' });
    expect(checkDataSiteUrl('/sites/gits', here)).toEqual({ ok: true, url: 'https://contoso.sharepoint.com/sites/gits' });
    expect(checkDataSiteUrl('https://fabrikam.sharepoint.com/sites/gits', here)).toEqual({ ok: false, messageKey: 'webpart.dataSiteUrl.otherHost' });
    expect(checkDataSiteUrl('inte en adress', here)).toEqual({ ok: false, messageKey: 'webpart.dataSiteUrl.invalid' });
    expect(dataSiteOf('ftp://x', here)).toBe(here);
  });

  it('a Teams tab on the team site and the board page on the GITS site see and edit the same reports; one digest request for the other site', async () => {
    const gits = server.siteUrl('gits');
    const shvo = server.siteUrl('shvo');
    // PnPjs caches digests per site URL for the whole process; SharePoint matches site names
    // without regard to case, so this spelling gives the tab a cache of its own.
    const dataSiteForTab = gits.replace('/sites/gits', '/sites/GITS');
    const tabDigests: string[] = [];
    const pageDigests: string[] = [];
    const tab = await webPartRepository(shvo, dataSiteForTab, 'editor', tabDigests);
    const page = await webPartRepository(gits, '', 'editor', pageDigests);

    const seed = loadSeedReport();
    const report: IStatusReport = { ...seed, header: { ...seed.header, objectKey: 'TVASITES' } };
    const created = ok(await tab.createReport(report));
    const fromTab = ok(await tab.loadReportForEditing(created.id)).editable;
    ok(await tab.saveReport(fromTab, { ...fromTab.report, header: { ...fromTab.report.header, mission: 'Skrivet i Teams' } }));

    const onPage = ok(await page.loadReportForEditing(created.id)).editable;
    expect(onPage.report.header.mission).toBe('Skrivet i Teams');
    ok(await page.saveReport(onPage, { ...onPage.report, chartCaption: 'Skrivet på GITS-sidan' }));
    const backInTab = ok(await tab.loadReportForEditing(created.id)).editable.report;
    expect(backInTab.chartCaption).toBe('Skrivet på GITS-sidan');
    expect(backInTab.header.mission).toBe('Skrivet i Teams');
    ok(await tab.submitReport(created.id));
    ok(await createNodeRepository(gits, { user: 'approver' }).approveReport(created.id));
    const board = await webPartRepository(gits, '', 'reader', []);
    expect(ok(await board.loadApprovedReport('TVASITES')).snapshot?.report.chartCaption).toBe('Skrivet på GITS-sidan');

    // The tab fetched the GITS site's digest once for all its writes; the page used its own.
    expect(tabDigests).toHaveLength(1);
    expect(tabDigests[0].toLowerCase()).toBe(`${gits.toLowerCase()}/_api/contextinfo`);
    expect(pageDigests).toHaveLength(0);
    // Nothing was written to the team site.
    const shvoLists: { Title: string }[] = await createNodeSpfi(shvo, { user: 'owner' }).web.lists.select('Title')();
    expect(shvoLists.map((l) => l.Title)).not.toContain('GitsReports');
  });
});
