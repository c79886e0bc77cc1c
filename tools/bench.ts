/**
 * npm run bench:data [-- --json] [--quick]
 *
 * The data layer against the local SharePoint (in-memory sites, provisioned and seeded with our
 * own code; bigger sites filled by tools/bench-site.ts). Every timing is a ratio to a baseline
 * measured in the same run, interleaved pair by pair (A B, then B A, ...) so the machine's drift
 * hits both alike; the ratio is the median of the pairs' ratios. Milliseconds are printed as
 * information only.
 *
 * - requests_*: SharePoint requests per user action, counted by the server.
 * - open_ratio: opening a report (repository, one $batch) against a loader sending one request
 *   per list one after the other, both at 50 ms per request.
 * - scale_ratio_{open,editor,portfolio}: the reader's first screen, the editor's read and the
 *   portfolio on a GITS-scale site (60 objects x 20 quarters x 60 KPIs, 1,200 snapshots) against
 *   the site with the seed alone, both at 50 ms per request: what a user waits for on a big site
 *   against a small one. The same pairs with no added latency are printed as scale_cost_ratio_*
 *   (information: the cost that grows with the data, server time of the local double included).
 * - growth_*: open, portfolio and save at 1x, 10x and 100x the seed (objects like SHVO with its
 *   five quarters), so the shape of the curve shows.
 * Prints a table with the goals (pass/fail); --json prints one JSON object. Exits 0 unless it crashes.
 */
import type { TimelinePipe } from '@pnp/core';
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createNodeSpfi, type LocalUser } from '../src/data/repository/createNodeSpfi';
import { createSpfiForSpfx } from '../src/data/repository/createRepositoryForSpfx';
import type { IEditableReport, RepositoryResult } from '../src/data/repository/IStatusReportRepository';
import { PnPStatusReportRepository } from '../src/data/repository/PnPStatusReportRepository';
import { PART_LISTS } from '../src/data/repository/rows/mapping';
import { selectFor } from '../src/data/repository/rows/select';
import type { IDigestStorage } from '../src/data/repository/sessionDigest';
import { listTitle } from '../src/data/schema/schema';
import type { IStatusReport } from '../src/domain/model';
import { createReportReader, takeFirstScreen } from '../src/services/createReportReader';
import { startBenchSite, type IBenchSite } from './bench-site';
import { printFigures, type BenchGoals } from './bench-print';

const LATENCY_MS = 50;
/**
 * The day the portfolio is opened: the quarter after the seed's newest (Q4 2025), so its views
 * show four quarters that every object reported, whatever the machine's clock says.
 */
const TODAY = new Date(2026, 1, 15);
const json = process.argv.indexOf('--json') >= 0;
const quick = process.argv.indexOf('--quick') >= 0;
const PAIRS = quick ? 5 : 15;
const MIB = 1024 * 1024;

function log(m: string): void {
  if (!json) console.error(m);
}

function ok<T>(r: RepositoryResult<T>, what: string): T {
  if (r.kind !== 'ok') throw new Error(`${what}: ${JSON.stringify(r).slice(0, 300)}`);
  return r.value;
}

export function median(xs: readonly number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export interface IPaired {
  /** Median ms of the baseline and of the measured action (information). */
  readonly baselineMs: number;
  readonly measuredMs: number;
  /** Median of measured/baseline over the pairs. */
  readonly ratio: number;
}

/**
 * Times `measured` against `baseline` in pairs, alternating which goes first, after `warm`
 * unrecorded pairs (JIT, SQLite caches).
 */
export async function paired(pairs: number, baseline: () => Promise<unknown>, measured: () => Promise<unknown>, warm: number = 3): Promise<IPaired> {
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs + warm; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await timed(baseline);
      tb = await timed(measured);
    } else {
      tb = await timed(measured);
      ta = await timed(baseline);
    }
    if (i >= warm) {
      a.push(ta);
      b.push(tb);
      ratios.push(tb / ta);
    }
  }
  return { baselineMs: median(a), measuredMs: median(b), ratio: median(ratios) };
}

const round = (x: number, d = 3): number => Math.round(x * Math.pow(10, d)) / Math.pow(10, d);

/** Records the bytes of every request body a SPFI sends. */
function recordBodies(into: number[]): TimelinePipe {
  return (instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      into.push(typeof init.body === 'string' ? Buffer.byteLength(init.body) : 0);
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * A repository whose form digest is at hand, as on a SharePoint page of the data site (SPFx
 * takes the page's digest): one write before fills PnPjs' digest cache for this site URL.
 */
async function pageRepository(site: IBenchSite, user: LocalUser, ...extra: TimelinePipe[]): Promise<PnPStatusReportRepository> {
  ok(await new PnPStatusReportRepository(createNodeSpfi(site.siteUrl, { user })).getPermissions(), 'digest');
  const sp = createNodeSpfi(site.siteUrl, { user });
  return new PnPStatusReportRepository(extra.length ? sp.using(...extra) : sp);
}

/** What a straightforward loader does: one GET per list, one after the other (same columns as ours). */
async function naiveOpen(sp: SPFI, reportId: number, objectKey: string): Promise<void> {
  const lists = sp.web.lists;
  await lists.getByTitle(listTitle('reports')).items.getById(reportId)();
  for (const part of PART_LISTS) {
    await lists.getByTitle(listTitle(part)).items.filter(`ReportId eq ${reportId}`).select(...selectFor(part)).orderBy('SortOrder').top(5000)();
  }
  await lists.getByTitle(listTitle('kpiDefinitions')).items.filter(`ObjectKey eq '${objectKey}'`).top(5000)();
  await lists.getByTitle(listTitle('snapshots')).items.filter(`ObjectKey eq '${objectKey}' and OData__ModerationStatus eq 0`).select('Id', 'SummaryJson').top(5000)();
}

/** Every text of the report changed, and every KPI value: the largest save a user makes. */
export function editEverything(r: IStatusReport, mark: string): IStatusReport {
  return {
    ...r,
    header: { ...r.header, mission: `${r.header.mission} ${mark}` },
    events: r.events.map((e) => ({ ...e, text: `${e.text} ${mark}` })),
    kpis: r.kpis.map((k, i) => ({ ...k, comment: `${k.comment} ${mark}`, current: { text: String(1000 + i + mark.length), number: 1000 + i + mark.length } })),
    meetings: r.meetings.map((m) => ({ ...m, purpose: `${m.purpose} ${mark}` })),
    problems: r.problems.map((p) => ({ ...p, text: `${p.text} ${mark}` })),
    activities: r.activities.map((a) => ({ ...a, text: `${a.text} ${mark}` })),
    staffing: { ...r.staffing, items: r.staffing.items.map((i) => ({ ...i, text: `${i.text} ${mark}` })) },
    communication: r.communication.map((c) => ({ ...c, text: `${c.text} ${mark}` })),
    economy: { ...r.economy, items: r.economy.items.map((i) => ({ ...i, text: `${i.text} ${mark}` })) }
  };
}

class MemoryStorage implements IDigestStorage {
  private readonly _items = new Map<string, string>();
  // eslint-disable-next-line @rushstack/no-new-null -- the shape of the Web Storage API
  public getItem(key: string): string | null {
    return this._items.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this._items.set(key, value);
  }
}

/** A page load on the team site /sites/shvo reading the data site, as the web part builds it. */
async function crossSitePageLoad(site: IBenchSite, spelling: string, storage: IDigestStorage): Promise<PnPStatusReportRepository> {
  const shvo = site.server.siteUrl('shvo');
  const response = await fetch(`${shvo}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', 'X-Local-User': 'reader' } });
  const info = (await response.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  const context = {
    pageContext: {
      web: { absoluteUrl: shvo },
      user: { loginName: 'i:0#.f|membership|reader@gits.local' },
      legacyPageContext: { formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds }
    }
  } as unknown as WebPartContext;
  // PnPjs keeps digests in memory per site URL for the process; another spelling of the site
  // (SharePoint matches site names without regard to case) is a page load without that memory.
  const dataSite = site.siteUrl.replace(/\/sites\/gits$/, `/sites/${spelling}`);
  return new PnPStatusReportRepository(createSpfiForSpfx(context, dataSite, storage).using(InjectHeaders({ 'X-Local-User': 'reader' })));
}

/** The reader's first screen as the views ask for it: report, report list, permissions. */
async function openAsReader(repository: PnPStatusReportRepository): Promise<void> {
  const reader = createReportReader(repository);
  const [approved] = await Promise.all([reader.getApprovedReport('SHVO'), reader.listReportPeriods('SHVO'), takeFirstScreen(repository, 'SHVO', 'permissions')]);
  if (!approved.snapshot) throw new Error('no approved report');
}

async function countRequests(site: IBenchSite, run: () => Promise<unknown>): Promise<number> {
  site.server.resetRequestCount();
  await run();
  return site.server.requestCount();
}

interface ISaveFigures {
  readonly requests: number;
  readonly maxRequestBytes: number;
  readonly ms: number;
}

/** One save of a fully edited SHVO 2025 Q4 (then saved back), digest at hand. */
async function measureSave(site: IBenchSite): Promise<ISaveFigures> {
  const bodies: number[] = [];
  const editor = await pageRepository(site, 'editor', recordBodies(bodies));
  const id = site.seedIds[site.seedIds.length - 1];
  const loaded = ok(await editor.loadReportForEditing(id, 'SHVO'), 'open for editing').editable;
  bodies.length = 0;
  site.server.resetRequestCount();
  let saved: IEditableReport | undefined;
  const ms = await timed(async () => {
    saved = ok(await editor.saveReport(loaded, editEverything(loaded.report, '(mätning)')), 'save');
  });
  const requests = site.server.requestCount();
  const maxRequestBytes = Math.max(0, ...bodies);
  ok(await editor.saveReport(saved as IEditableReport, loaded.report), 'save back');
  return { requests, maxRequestBytes, ms };
}

async function main(): Promise<void> {
  log('Seed-only site (two sites: the data site and a team site)...');
  const seedSite = await startBenchSite(undefined, ['gits', 'shvo']);
  const sites: IBenchSite[] = [seedSite];
  try {
    const seedId = seedSite.seedIds[seedSite.seedIds.length - 1];

    // Requests per action.
    const readerRepo = await pageRepository(seedSite, 'reader');
    const requestsOpenRead = await countRequests(seedSite, () => openAsReader(readerRepo));
    const session = new MemoryStorage();
    const crossFirst = await crossSitePageLoad(seedSite, 'Gits', session);
    const requestsCrossFirst = await countRequests(seedSite, () => openAsReader(crossFirst));
    const crossLater = await crossSitePageLoad(seedSite, 'GIts', session);
    const requestsCrossLater = await countRequests(seedSite, () => openAsReader(crossLater));
    const editorRepo = await pageRepository(seedSite, 'editor');
    const requestsOpenEdit = await countRequests(seedSite, async () => ok(await editorRepo.loadReportForEditing(seedId, 'SHVO'), 'open for editing'));
    const coldEditor = new PnPStatusReportRepository(createNodeSpfi(seedSite.siteUrl.replace(/\/sites\/gits$/, '/sites/gITs'), { user: 'editor' }));
    const requestsOpenEditCold = await countRequests(seedSite, async () => ok(await coldEditor.loadReportForEditing(seedId, 'SHVO'), 'open cold'));
    const save1 = await measureSave(seedSite);

    // Open time at 50 ms per request: ours vs one request per list.
    log(`Open with ${LATENCY_MS} ms per request, ours vs one request per list (${PAIRS} pairs)...`);
    seedSite.server.setFaults({ latencyMs: LATENCY_MS });
    const naiveSp = createNodeSpfi(seedSite.siteUrl, { user: 'editor' });
    const open = await paired(
      Math.max(5, Math.round(PAIRS / 2)),
      () => naiveOpen(naiveSp, seedId, 'SHVO'),
      async () => ok(await editorRepo.loadReportForEditing(seedId, 'SHVO'), 'open'),
      1
    );
    seedSite.server.setFaults({});

    // GITS scale: 60 objects x 20 quarters x 60 KPIs.
    log('GITS-scale site: 59 more objects and SHVO with 15 earlier quarters, 20 quarters x 60 KPIs each...');
    const gits = await startBenchSite({ objects: 59, quarters: 20, kpis: 60, shvoEarlierQuarters: 15 });
    sites.push(gits);
    const gitsSeedId = gits.seedIds[gits.seedIds.length - 1];
    const [smallReader, bigReader] = await Promise.all([pageRepository(seedSite, 'reader'), pageRepository(gits, 'reader')]);
    const [smallEditor, bigEditor] = await Promise.all([pageRepository(seedSite, 'editor'), pageRepository(gits, 'editor')]);
    const smallPortfolio = createReportReader(smallReader);
    const bigPortfolio = createReportReader(bigReader);
    const portfolioObjects = (await bigPortfolio.getPortfolio(TODAY)).length;
    const requestsPortfolioGits = await countRequests(gits, () => bigPortfolio.getPortfolio(TODAY));
    const scalePairs = async (): Promise<[IPaired, IPaired, IPaired]> => [
      await paired(PAIRS, () => openAsReader(smallReader), () => openAsReader(bigReader)),
      await paired(
        PAIRS,
        async () => ok(await smallEditor.loadReportForEditing(seedId, 'SHVO'), 'edit seed'),
        async () => ok(await bigEditor.loadReportForEditing(gitsSeedId, 'SHVO'), 'edit gits')
      ),
      await paired(Math.max(5, Math.round(PAIRS / 2)), () => smallPortfolio.getPortfolio(TODAY), () => bigPortfolio.getPortfolio(TODAY), 1)
    ];
    log(`  interleaved at ${LATENCY_MS} ms per request: first screen, editor, portfolio...`);
    seedSite.server.setFaults({ latencyMs: LATENCY_MS });
    gits.server.setFaults({ latencyMs: LATENCY_MS });
    const [scaleOpen, scaleEditor, scalePortfolio] = await scalePairs();
    seedSite.server.setFaults({});
    gits.server.setFaults({});
    log('  again with no added latency (the cost that grows with the data)...');
    const [costOpen, costEditor, costPortfolio] = await scalePairs();
    const gitsValues = (gits.filled.kpiValues ?? 0) + 5 * 15;
    const gitsSnapshots = (gits.filled.snapshots ?? 0) + seedSite.seedIds.length;
    await gits.close();
    sites.pop();

    // Growth: 10x and 100x the seed (objects like SHVO), against 1x in pairs.
    const growth: Record<string, number> = {};
    growth.growth_open_ms_1x = round(costOpen.baselineMs, 1);
    growth.growth_portfolio_requests_1x = await countRequests(seedSite, () => smallPortfolio.getPortfolio(TODAY));
    growth.growth_portfolio_ms_1x = round(costPortfolio.baselineMs, 1);
    growth.growth_save_requests_1x = save1.requests;
    growth.growth_save_ms_1x = round(save1.ms, 1);
    for (const times of [10, 100]) {
      log(`${times}x the seed: ${times - 1} more objects with five quarters...`);
      const site = await startBenchSite({ objects: times - 1, quarters: 5, kpis: 15 });
      sites.push(site);
      const reader = await pageRepository(site, 'reader');
      const o = await paired(PAIRS, () => openAsReader(smallReader), () => openAsReader(reader));
      const portfolio = createReportReader(reader);
      const p = await paired(Math.max(3, Math.round(PAIRS / 3)), () => smallPortfolio.getPortfolio(TODAY), () => portfolio.getPortfolio(TODAY), 1);
      const s = await measureSave(site);
      growth[`growth_open_ms_${times}x`] = round(o.measuredMs, 1);
      growth[`growth_open_ratio_${times}x`] = round(o.ratio);
      growth[`growth_portfolio_requests_${times}x`] = await countRequests(site, () => portfolio.getPortfolio(TODAY));
      growth[`growth_portfolio_ms_${times}x`] = round(p.measuredMs, 1);
      growth[`growth_portfolio_ratio_${times}x`] = round(p.ratio);
      growth[`growth_save_requests_${times}x`] = s.requests;
      growth[`growth_save_ms_${times}x`] = round(s.ms, 1);
      await site.close();
      sites.pop();
    }

    const figures: Record<string, number | string> = {
      requests_open_read: requestsOpenRead,
      requests_open_read_cross_site: requestsCrossFirst,
      requests_open_read_cross_site_later: requestsCrossLater,
      requests_open_edit: requestsOpenEdit,
      requests_open_edit_cold_digest: requestsOpenEditCold,
      requests_save: save1.requests,
      save_max_request_kib: round(save1.maxRequestBytes / 1024, 1),
      open_ratio: round(open.ratio),
      open_ms_ours: round(open.measuredMs, 1),
      open_ms_naive: round(open.baselineMs, 1),
      scale_ratio_open: round(scaleOpen.ratio),
      scale_ratio_editor: round(scaleEditor.ratio),
      scale_ratio_portfolio: round(scalePortfolio.ratio),
      scale_open_ms_seed: round(scaleOpen.baselineMs, 1),
      scale_open_ms_gits: round(scaleOpen.measuredMs, 1),
      scale_editor_ms_seed: round(scaleEditor.baselineMs, 1),
      scale_editor_ms_gits: round(scaleEditor.measuredMs, 1),
      scale_portfolio_ms_seed: round(scalePortfolio.baselineMs, 1),
      scale_portfolio_ms_gits: round(scalePortfolio.measuredMs, 1),
      scale_portfolio_requests_gits: requestsPortfolioGits,
      scale_cost_ratio_open: round(costOpen.ratio),
      scale_cost_ratio_editor: round(costEditor.ratio),
      scale_cost_ratio_portfolio: round(costPortfolio.ratio),
      scale_cost_portfolio_ms_seed: round(costPortfolio.baselineMs, 1),
      scale_cost_portfolio_ms_gits: round(costPortfolio.measuredMs, 1),
      scale_objects: portfolioObjects,
      scale_kpi_values: gitsValues,
      scale_snapshots: gitsSnapshots,
      scale_fill_seconds: round(gits.fillSeconds, 1),
      ...growth,
      latency_ms: LATENCY_MS,
      pairs: PAIRS
    };
    const goals: BenchGoals = {
      requests_open_read: ['= 1', requestsOpenRead === 1],
      requests_open_read_cross_site: ['≤ 2', requestsCrossFirst <= 2],
      requests_open_edit: ['≤ 2', requestsOpenEdit <= 2],
      requests_save: ['≤ 2', save1.requests <= 2],
      save_max_request_kib: ['< 1024', save1.maxRequestBytes < MIB],
      open_ratio: ['≤ 0.15', open.ratio <= 0.15],
      scale_ratio_open: ['≤ 1.5', scaleOpen.ratio <= 1.5],
      scale_ratio_editor: ['≤ 1.5', scaleEditor.ratio <= 1.5],
      scale_ratio_portfolio: ['≤ 1.5', scalePortfolio.ratio <= 1.5]
    };
    printFigures(figures, goals, json);
  } finally {
    for (const site of sites) await site.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
