/**
 * npm run bench [-- --json] [--quick]
 *
 * Measures the data layer against the local SharePoint (fresh in-memory site, provisioned and
 * seeded with our own code): requests per user action (from a session without a form digest, so
 * the digest request is counted), open time against a one-request-per-list loader with 50 ms
 * latency per request (open_ms_ours: digest at hand, as in SPFx where PnPjs takes the page's
 * digest; open_ms_ours_cold_digest: digest fetched first), and open time with 100,000 KPI
 * values and 500 reports in the lists (filled with the local server's bulkInsert). Prints a table with the goals (pass/fail); --json prints one JSON object.
 * Exits 0 unless it crashes.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { startLocalSharePoint } from '../localsp/src/index';
import { provisionSite } from '../src/data/provisioning/provision';
import { createNodeRepository, createNodeSpfi } from '../src/data/repository/createNodeSpfi';
import type { IStatusReport } from '../src/domain/model';
import type { RepositoryResult } from '../src/data/repository/IStatusReportRepository';
import { PART_LISTS } from '../src/data/repository/rows/mapping';
import { selectFor } from '../src/data/repository/rows/select';
import { listTitle } from '../src/data/schema/schema';
import { seedThroughRepository } from './seed/seedData';

const LATENCY_MS = 50;
const json = process.argv.indexOf('--json') >= 0;
const quick = process.argv.indexOf('--quick') >= 0;
const TARGET_VALUES = quick ? 10000 : 100000;
const TARGET_REPORTS = quick ? 100 : 500;

function log(m: string): void {
  if (!json) console.error(m);
}

function ok<T>(r: RepositoryResult<T>, what: string): T {
  if (r.kind !== 'ok') throw new Error(`${what}: ${JSON.stringify(r).slice(0, 300)}`);
  return r.value;
}

/**
 * PnPjs caches form digests per web URL for the whole process. A page load starts without one;
 * to measure that, each cold session uses a differently cased site URL (the local SharePoint,
 * like SharePoint, matches site names case-insensitively), which is a new cache key.
 */
let coldSessions = 0;
function coldSiteUrl(siteUrl: string): string {
  coldSessions++;
  const name = 'gits'
    .split('')
    .map((c, i) => ((coldSessions >> i) & 1 ? c.toUpperCase() : c))
    .join('');
  if (coldSessions > 15) throw new Error('out of cold site URL variants');
  return siteUrl.replace(/\/sites\/gits$/i, `/sites/${name}`);
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

/** What a straightforward loader does: one GET per list, one after the other (same columns as ours). */
async function naiveOpen(sp: SPFI, reportId: number, objectKey: string): Promise<void> {
  const lists = sp.web.lists;
  await lists.getByTitle(listTitle('reports')).items.getById(reportId)();
  for (const part of PART_LISTS) {
    await lists.getByTitle(listTitle(part)).items.filter(`ReportId eq ${reportId}`).select(...selectFor(part)).orderBy('SortOrder').top(5000)();
  }
  await lists.getByTitle(listTitle('kpiDefinitions')).items.filter(`ObjectKey eq '${objectKey}'`).top(5000)();
  await lists.getByTitle(listTitle('kpiValues')).items.filter(`ObjectKey eq '${objectKey}' and IsApproved eq 1`).top(5000)();
}

function editEverything(r: IStatusReport): IStatusReport {
  return {
    ...r,
    header: { ...r.header, mission: r.header.mission + ' (bench)' },
    events: r.events.map((e) => ({ ...e, text: e.text + ' (bench)' })),
    kpis: r.kpis.map((k) => ({ ...k, comment: k.comment + ' (bench)' })),
    meetings: r.meetings.map((m) => ({ ...m, purpose: m.purpose + ' (bench)' })),
    problems: r.problems.map((p) => ({ ...p, text: p.text + ' (bench)' })),
    activities: r.activities.map((a) => ({ ...a, text: a.text + ' (bench)' })),
    staffing: { ...r.staffing, items: r.staffing.items.map((i) => ({ ...i, text: i.text + ' (bench)' })) },
    communication: r.communication.map((c) => ({ ...c, text: c.text + ' (bench)' })),
    economy: { ...r.economy, items: r.economy.items.map((i) => ({ ...i, text: i.text + ' (bench)' })) }
  };
}

/** Adds rows through $batch (100 per request), a few batches in parallel. */
async function bulkAdd(sp: SPFI, list: string, rows: Record<string, unknown>[], onProgress: (n: number) => void): Promise<number[]> {
  const ids: number[] = new Array(rows.length);
  const chunk = 100;
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) {
      const start = next;
      next += chunk;
      const [b, execute] = sp.batched({ maxRequests: chunk });
      // A queryable can be part of one batch request only: a fresh one per row.
      const adds = rows.slice(start, start + chunk).map((r, i) =>
        b.web.lists.getByTitle(list).items.add(r).then((a: Record<string, unknown>) => {
          ids[start + i] = Number(a.Id);
        })
      );
      await execute();
      await Promise.all(adds);
      done += adds.length;
      onProgress(done);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return ids;
}

async function main(): Promise<void> {
  const server = await startLocalSharePoint({ port: 0, dbFile: ':memory:', profile: 'lenient' });
  const siteUrl = server.siteUrl('gits');
  try {
    log('Provisioning and seeding...');
    await provisionSite(createNodeSpfi(siteUrl, { user: 'owner' }));
    const ids = await seedThroughRepository(createNodeRepository(siteUrl, { user: 'editor' }), createNodeRepository(siteUrl, { user: 'approver' }));
    const seedId = ids[ids.length - 1];

    // Warm up (JIT, SQLite caches) so timings compare like with like.
    for (let i = 0; i < 5; i++) ok(await createNodeRepository(siteUrl, { user: 'editor' }).loadReportForEditing(seedId, 'SHVO'), 'warm-up');

    // Requests per action, each from a fresh session without a form digest.
    const editor = createNodeRepository(coldSiteUrl(siteUrl), { user: 'editor' });
    server.resetRequestCount();
    const forEdit = ok(await editor.loadReportForEditing(seedId, 'SHVO'), 'open for editing');
    const requestsOpenEdit = server.requestCount();

    server.resetRequestCount();
    const read = ok(await createNodeRepository(coldSiteUrl(siteUrl), { user: 'reader' }).loadApprovedReport('SHVO'), 'open approved');
    const requestsOpenRead = server.requestCount();
    if (!read.snapshot || read.history.length === 0) throw new Error('reader saw no approved report or trend');

    server.resetRequestCount();
    const saved = ok(await editor.saveReport(forEdit.editable, editEverything(forEdit.editable.report)), 'save');
    const requestsSave = server.requestCount();
    ok(await editor.saveReport(saved, forEdit.editable.report), 'save back');

    // Open time with 50 ms latency per request: ours vs one request per list.
    log(`Open with ${LATENCY_MS} ms latency per request...`);
    server.setFaults({ latencyMs: LATENCY_MS });
    const runs = 5;
    const ours: number[] = [];
    const oursWarm: number[] = [];
    const naive: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Cold digest: the form digest is fetched first (2 requests), as in a Node tool's first call.
      const repo = createNodeRepository(coldSiteUrl(siteUrl), { user: 'editor' });
      ours.push(await timed(async () => ok(await repo.loadReportForEditing(seedId, 'SHVO'), 'open')));
      // Digest at hand (1 request): in SPFx, PnPjs takes the page's form digest from the page context.
      oursWarm.push(await timed(async () => ok(await repo.loadReportForEditing(seedId, 'SHVO'), 'open')));
      const sp = createNodeSpfi(siteUrl, { user: 'editor' });
      naive.push(await timed(() => naiveOpen(sp, seedId, 'SHVO')));
    }
    server.setFaults({});
    const openOursColdDigest = median(ours);
    const openOurs = median(oursWarm);
    const openNaive = median(naive);

    // Scale: a second site with the seed plus 500 reports and 100,000 KPI values; opens on the
    // seed-only site and the full site are interleaved so machine noise hits both alike.
    const big = await startLocalSharePoint({ port: 0, dbFile: ':memory:', profile: 'lenient' });
    let fillSeconds = 0;
    let openSeed = 0;
    let openScaled = 0;
    const bulk = typeof big.bulkInsert === 'function';
    try {
      const bigUrl = big.siteUrl('gits');
      await provisionSite(createNodeSpfi(bigUrl, { user: 'owner' }));
      const bigIds = await seedThroughRepository(createNodeRepository(bigUrl, { user: 'editor' }), createNodeRepository(bigUrl, { user: 'approver' }));
      const bigSeedId = bigIds[bigIds.length - 1];
      log(`Filling ${TARGET_REPORTS} reports and ${TARGET_VALUES} KPI values ${bulk ? "with the local server's bulkInsert" : 'through $batch'}...`);
      const owner = createNodeSpfi(bigUrl, { user: 'owner' });
      const fill = (list: string, rows: Record<string, unknown>[], onProgress: (n: number) => void): Promise<number[]> =>
        bulk ? Promise.resolve(big.bulkInsert(list, rows, { site: 'gits', user: 'owner' })) : bulkAdd(owner, list, rows, onProgress);
      const fillStart = Date.now();
      const extraReports = TARGET_REPORTS - bigIds.length;
      const headers = Array.from({ length: extraReports }, (_, i) => {
        const objectKey = `OBJ${String(i % 50).padStart(2, '0')}`;
        const year = 2000 + Math.floor(i / 50);
        return { Title: `${objectKey} ${year}-Q4`, RowKey: `${objectKey}-${year}-Q4`, ObjectKey: objectKey, PeriodYear: year, PeriodQuarter: 4, ApprovalState: 'approved', Revision: 1 };
      });
      const headerIds = await fill(listTitle('reports'), headers, () => undefined);
      const perReport = Math.ceil(TARGET_VALUES / extraReports);
      let values: Record<string, unknown>[] = [];
      for (let v = 0; v < TARGET_VALUES; v++) {
        const r = Math.floor(v / perReport);
        const index = v % perReport;
        const h = headers[r];
        values.push({
          Title: `kpi-${index}`,
          ReportId: headerIds[r],
          RowKey: `${headerIds[r]}/kpiValues/${String(index).padStart(4, '0')}`,
          SortOrder: index,
          ObjectKey: h.ObjectKey,
          PeriodYear: h.PeriodYear,
          PeriodQuarter: 4,
          DefinitionKey: `kpi-${index % 40}`,
          CurrentText: String(v),
          CurrentNumber: v,
          ApprovedNumber: v,
          IsApproved: true
        });
      }
      let lastShown = 0;
      await fill(listTitle('kpiValues'), values, (n) => {
        if (n - lastShown >= 10000) {
          lastShown = n;
          log(`  ${n} values (${Math.round((Date.now() - fillStart) / 1000)} s)`);
        }
      });
      values = [];
      fillSeconds = (Date.now() - fillStart) / 1000;

      const small = createNodeRepository(siteUrl, { user: 'editor' });
      const large = createNodeRepository(bigUrl, { user: 'editor' });
      const smallTimes: number[] = [];
      const largeTimes: number[] = [];
      for (let i = 0; i < 40; i++) {
        const s1 = await timed(async () => ok(await small.loadReportForEditing(seedId, 'SHVO'), 'open seed-only'));
        const s2 = await timed(async () => ok(await large.loadReportForEditing(bigSeedId, 'SHVO'), 'open 100k'));
        if (i >= 10) {
          smallTimes.push(s1);
          largeTimes.push(s2);
        }
      }
      openSeed = median(smallTimes);
      openScaled = median(largeTimes);
    } finally {
      await big.close();
    }

    const figures = {
      requests_open_edit: requestsOpenEdit,
      requests_open_read: requestsOpenRead,
      requests_save: requestsSave,
      open_ms_ours: Math.round(openOurs),
      open_ms_naive: Math.round(openNaive),
      open_ratio_vs_naive: Math.round((openOurs / openNaive) * 1000) / 1000,
      open_ms_ours_cold_digest: Math.round(openOursColdDigest),
      open_ratio_cold_digest: Math.round((openOursColdDigest / openNaive) * 1000) / 1000,
      open_ms_seed_only: Math.round(openSeed * 10) / 10,
      open_ms_100k: Math.round(openScaled * 10) / 10,
      scale_ratio_100k: Math.round((openScaled / openSeed) * 1000) / 1000,
      scale_kpi_values: TARGET_VALUES + forEdit.editable.report.kpis.length * ids.length,
      scale_reports: TARGET_REPORTS,
      fill_seconds: Math.round(fillSeconds),
      fill_method: bulk ? 'bulkInsert' : '$batch',
      latency_ms: LATENCY_MS
    };
    const goals: Record<string, [string, boolean]> = {
      requests_open_edit: ['≤ 2', figures.requests_open_edit <= 2],
      requests_open_read: ['≤ 2', figures.requests_open_read <= 2],
      requests_save: ['≤ 2', figures.requests_save <= 2],
      open_ratio_vs_naive: ['≤ 0.25', figures.open_ratio_vs_naive <= 0.25],
      scale_ratio_100k: ['≤ 1.5', figures.scale_ratio_100k <= 1.5]
    };
    if (json) {
      const pass: Record<string, boolean> = {};
      Object.keys(goals).forEach((k) => {
        pass[k] = goals[k][1];
      });
      console.log(JSON.stringify({ ...figures, goals_pass: pass }));
    } else {
      console.log('');
      console.log(`${'figure'.padEnd(22)} ${'value'.padStart(10)}  goal      result`);
      console.log('-'.repeat(52));
      (Object.keys(figures) as (keyof typeof figures)[]).forEach((k) => {
        const g = goals[k];
        console.log(`${k.padEnd(22)} ${String(figures[k]).padStart(10)}  ${(g ? g[0] : '').padEnd(8)}  ${g ? (g[1] ? 'pass' : 'FAIL') : ''}`);
      });
    }
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
