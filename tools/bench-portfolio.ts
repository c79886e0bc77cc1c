/**
 * npm run bench (part "portfolio") [-- --json]
 *
 * The portfolio at GITS scale against the local SharePoint (fresh in-memory site, provisioned
 * with our own code): 60 förvaltningsobjekt with an approved snapshot in each of 20 quarters
 * (1,200 snapshots), read as a site visitor (the board).
 *
 * - requests_portfolio: HTTP requests to open the portfolio (goal ≤ 2, whatever the number of objects).
 * - requests_status_history: requests for one object's status history on the card (goal 1).
 * - portfolio_open_ms_ours / _per_object: open time with 50 ms latency per request, ours against
 *   a loader that reads each object's latest approved report with one request per object (the
 *   portfolio's earlier way: every object at once, as the browser would send them), measured
 *   interleaved in the same run; portfolio_open_ratio = ours / per object (goal ≤ 0.5).
 * Exits 0 unless it crashes.
 */
import { startLocalSharePoint } from '../localsp/src/index';
import { LOCAL_SHAREPOINT_PROFILE } from './localspProfile';
import { provisionSite } from '../src/data/provisioning/provision';
import { createNodeRepository, createNodeSpfi } from '../src/data/repository/createNodeSpfi';
import type { IStatusReportRepository, RepositoryResult } from '../src/data/repository/IStatusReportRepository';
import type { IPortfolioEntry } from '../src/domain/portfolio';
import { createReportReader } from '../src/services/createReportReader';
import { setUpProductRoles } from './seed/roles';
import { insertPortfolio, portfolioObjectKey, portfolioRows } from './seed/portfolioData';
import { loadSeedReport } from './seed/seedData';
import { printFigures, type BenchGoals } from './bench-print';

const LATENCY_MS = 50;
const OBJECTS = 60;
const QUARTERS = 20;
const RUNS = 7;
/** The day the portfolio is opened: its newest quarter with reports is Q4 2025. */
const TODAY = new Date(2026, 1, 15);
const json = process.argv.indexOf('--json') >= 0;

function log(m: string): void {
  if (!json) console.error(m);
}

function ok<T>(r: RepositoryResult<T>, what: string): T {
  if (r.kind !== 'ok') throw new Error(`${what}: ${JSON.stringify(r).slice(0, 300)}`);
  return r.value;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** One request per object: the object list, then each object's latest approved report (snapshot and trend). */
async function perObjectPortfolio(repository: IStatusReportRepository): Promise<IPortfolioEntry[]> {
  const objects = ok(await repository.listObjects(), 'objects');
  return Promise.all(
    objects.map(async (object): Promise<IPortfolioEntry> => {
      const r = await repository.loadApprovedReport(object.key);
      const snapshot = r.kind === 'ok' ? r.value.snapshot : undefined;
      if (!snapshot) return { object };
      return { object, latestApprovedPeriod: snapshot.report.header.period, approvedAt: snapshot.approvedAt, assessment: snapshot.report.economy.assessment };
    })
  );
}

async function main(): Promise<void> {
  const server = await startLocalSharePoint({ port: 0, dbFile: ':memory:', profile: LOCAL_SHAREPOINT_PROFILE });
  const siteUrl = server.siteUrl('gits');
  try {
    log('Provisioning...');
    await provisionSite(createNodeSpfi(siteUrl, { user: 'owner' }));
    await setUpProductRoles(createNodeSpfi(siteUrl, { user: 'owner' }));
    log(`Filling ${OBJECTS} objects × ${QUARTERS} quarters of approved snapshots...`);
    insertPortfolio(server.bulkInsert, portfolioRows(loadSeedReport(), OBJECTS, QUARTERS, { year: 2025, quarter: 4 }));

    const reader = createReportReader(createNodeRepository(siteUrl, { user: 'reader' }));
    // Warm up both paths (JIT, SQLite caches).
    for (let i = 0; i < 2; i++) {
      await reader.getPortfolio(TODAY);
      await perObjectPortfolio(createNodeRepository(siteUrl, { user: 'reader' }));
    }

    server.resetRequestCount();
    const entries = await reader.getPortfolio(TODAY);
    const requestsPortfolio = server.requestCount();
    const shown = entries.filter((e) => e.object.key.indexOf('PF') === 0);
    if (shown.length !== OBJECTS || shown.some((e) => !e.judgements || !e.latestApprovedPeriod)) throw new Error('portfolio incomplete');

    server.resetRequestCount();
    await perObjectPortfolio(createNodeRepository(siteUrl, { user: 'reader' }));
    const requestsPerObject = server.requestCount();

    server.resetRequestCount();
    const history = await reader.getStatusHistory?.(portfolioObjectKey(0), { year: 2025, quarter: 4 });
    const requestsStatusHistory = server.requestCount();
    if (!history || history.length !== 8) throw new Error('status history incomplete');

    log(`Open with ${LATENCY_MS} ms latency per request (${RUNS} runs, interleaved)...`);
    server.setFaults({ latencyMs: LATENCY_MS });
    const ours: number[] = [];
    const perObject: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = createReportReader(createNodeRepository(siteUrl, { user: 'reader' }));
      ours.push(await timed(() => fresh.getPortfolio(TODAY)));
      const naive = createNodeRepository(siteUrl, { user: 'reader' });
      perObject.push(await timed(() => perObjectPortfolio(naive)));
    }
    server.setFaults({});

    const openOurs = median(ours);
    const openPerObject = median(perObject);
    const figures = {
      requests_portfolio: requestsPortfolio,
      requests_portfolio_per_object: requestsPerObject,
      requests_status_history: requestsStatusHistory,
      portfolio_open_ms_ours: Math.round(openOurs),
      portfolio_open_ms_per_object: Math.round(openPerObject),
      portfolio_open_ratio: Math.round((openOurs / openPerObject) * 1000) / 1000,
      portfolio_objects: OBJECTS,
      portfolio_snapshots: OBJECTS * QUARTERS,
      portfolio_latency_ms: LATENCY_MS
    };
    const goals: BenchGoals = {
      requests_portfolio: ['≤ 2', figures.requests_portfolio <= 2],
      requests_status_history: ['≤ 1', figures.requests_status_history <= 1],
      portfolio_open_ratio: ['≤ 0.5', figures.portfolio_open_ratio <= 0.5]
    };
    printFigures(figures, goals, json);
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
