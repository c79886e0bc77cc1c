/**
 * The portfolio's reads over the local SharePoint (real HTTP): every object in at most two
 * requests however many there are, as a site visitor (the board) may read them, within the
 * list view threshold.
 */
import { portfolioSince } from '../../src/domain/portfolio';
import { statusOfSummary, summarizeReport } from '../../src/domain/snapshot';
import { createReportReader } from '../../src/services/createReportReader';
import { insertPortfolio, portfolioObjectKey, portfolioReport, portfolioRows } from '../../tools/seed/portfolioData';
import { loadSeedReport } from '../../tools/seed/seedData';
import { startTestSite, type ITestSite } from './support/server';
import { ok } from '../support/ok';

const seed = loadSeedReport();
const TODAY = new Date(2026, 1, 15);
let site: ITestSite;

beforeAll(async () => {
  // A small threshold so the test list is "large" as GitsSnapshots grows to be in production:
  // 641 snapshots in the list, 480 of 2024 on (the indexed clause), 240 in the window.
  site = await startTestSite({ listViewThreshold: 500 });
  // 60 objects × 8 quarters up to Q4 2025 = 480 snapshots; the window (2025 Q1 on) holds 60 × 4.
  insertPortfolio(site.server.bulkInsert, portfolioRows(seed, 60, 8, { year: 2025, quarter: 4 }));
  // Older quarters of the first objects, outside the window: 2019–2022.
  const old = portfolioRows(seed, 10, 16, { year: 2022, quarter: 4 });
  site.server.bulkInsert('GitsSnapshots', old.snapshots.map((row) => ({ ...row, RowKey: `old-${String(row.RowKey)}` })), { site: 'gits', user: 'owner' });
  // An object whose last approval is before the window, and one never approved.
  site.server.bulkInsert('GitsObjects', [{ Title: 'Gammalt objekt', ObjectKey: 'GAML' }, { Title: 'Nytt objekt', ObjectKey: 'NYTT' }], { site: 'gits', user: 'owner' });
  const gaml = portfolioRows(seed, 1, 1, { year: 2021, quarter: 2 }).snapshots.map((row) => ({ ...row, ObjectKey: 'GAML', RowKey: 'gaml/r1', SummaryJson: null }));
  site.server.bulkInsert('GitsSnapshots', gaml, { site: 'gits', user: 'owner' });
}, 120000);

afterAll(async () => site && site.close());

describe('portfolio over the local SharePoint', () => {
  it('reads 60 objects and their approved quarters in one $batch as a visitor, a second only for an object approved long ago', async () => {
    // One $batch (objects and the window), one for the object whose last approval is older.
    site.server.resetRequestCount();
    const data = ok(await site.repo('reader').loadPortfolio(portfolioSince(TODAY)));
    expect(site.server.requestCount()).toBe(2);
    expect(data.objects.length).toBeGreaterThanOrEqual(63);
    const pf01 = data.snapshots.filter((s) => s.objectKey === 'PF01');
    // Only the quarters the views show: the four before today's, 2025 Q1 – Q4.
    expect(pf01.map((s) => `${s.period.year}Q${s.period.quarter}`).sort()).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(data.snapshots.filter((s) => s.objectKey.indexOf('PF') === 0)).toHaveLength(240);
    // The old object: its latest approval read in the second request, its status from its frozen report.
    const gaml = data.snapshots.filter((s) => s.objectKey === 'GAML');
    expect(gaml.map((s) => s.period)).toEqual([{ year: 2021, quarter: 2 }]);
    const gamlReport = portfolioReport(seed, 0, { year: 2021, quarter: 2 }, 0);
    expect(gaml[0].summary).toEqual(statusOfSummary(summarizeReport(gamlReport)));
    // Each stored status is what the portfolio shows: statuses, open problems, the first headline figure.
    expect(pf01.find((s) => s.period.year === 2025 && s.period.quarter === 4)?.summary).toEqual(
      statusOfSummary(summarizeReport(portfolioReport(seed, 0, { year: 2025, quarter: 4 }, 7)))
    );
  });

  it('gives the reader every object with statuses, headline figure and open problems of its latest approved report', async () => {
    const reader = createReportReader(site.repo('reader'));
    const entries = await reader.getPortfolio(TODAY);
    const byKey = new Map(entries.map((e) => [e.object.key, e]));
    const first = byKey.get(portfolioObjectKey(0));
    expect(first?.latestApprovedPeriod).toEqual({ year: 2025, quarter: 4 });
    expect(first?.approvedAt).toBe('2026-01-20T10:00:00Z');
    expect(first?.judgements?.overall).toBe('attention');
    expect(first?.headline?.key).toBe('registered-users');
    expect(first?.headline?.value).toBe(61829);
    expect(first?.openProblems).toBeGreaterThanOrEqual(0);
    expect(first?.quarters).toHaveLength(4);
    expect(byKey.get('NYTT')).toEqual({ object: { key: 'NYTT', title: 'Nytt objekt' }, quarters: [] });
    expect(byKey.get('GAML')?.latestApprovedPeriod).toEqual({ year: 2021, quarter: 2 });
  });

  it('stays within the list view threshold that refuses an unindexed query on the same list', async () => {
    // The list holds more than the threshold: a filter whose first clause is not on an indexed
    // column is refused, as SharePoint Online refuses it (SPQueryThrottledException).
    const refused = await site
      .sp('reader')
      .web.lists.getByTitle('GitsSnapshots')
      .items.filter('OData__ModerationStatus eq 0')
      .top(10)()
      .then(
        () => 'ok',
        (e: { status?: number }) => e.status
      );
    expect(refused).toBe(500);
  });

  it('reads an object’s status history in one request', async () => {
    const reader = createReportReader(site.repo('reader'));
    site.server.resetRequestCount();
    const history = await reader.getStatusHistory?.(portfolioObjectKey(1), { year: 2025, quarter: 4 });
    expect(site.server.requestCount()).toBe(1);
    expect(history).toHaveLength(8);
    expect(history?.[7].period).toEqual({ year: 2025, quarter: 4 });
  });

  it('reads the status of snapshots stored before StatusJson from their summary, and before SummaryJson from their frozen report', async () => {
    // Snapshots stay as they were frozen: an upgraded site keeps older ones without the newer columns.
    const rows = portfolioRows(seed, 2, 4, { year: 2025, quarter: 4 }).snapshots;
    const older = rows.map((row, i) => ({
      ...row,
      ObjectKey: i < 4 ? 'FORE' : 'FORR',
      RowKey: `older-${i}`,
      StatusJson: null,
      ...(i < 4 ? {} : { SummaryJson: null })
    }));
    site.server.bulkInsert('GitsObjects', [{ Title: 'Före statuskolumnen', ObjectKey: 'FORE' }, { Title: 'Före sammanfattningen', ObjectKey: 'FORR' }], { site: 'gits', user: 'owner' });
    site.server.bulkInsert('GitsSnapshots', older, { site: 'gits', user: 'owner' });

    site.server.resetRequestCount();
    const data = ok(await site.repo('reader').loadPortfolio(portfolioSince(TODAY)));
    // The window, then its summaries (and GAML's latest), then the frozen reports of FORR's four.
    expect(site.server.requestCount()).toBe(3);
    const statuses = (key: string): unknown[] =>
      data.snapshots
        .filter((s) => s.objectKey === key)
        .sort((a, b) => a.period.quarter - b.period.quarter)
        .map((s) => s.summary);
    // The reports of 2025 Q1–Q4, the `first`-th quarter of their object's rows onward.
    const expected = (i: number, first: number): unknown[] =>
      [0, 1, 2, 3].map((q) => statusOfSummary(summarizeReport(portfolioReport(seed, i, { year: 2025, quarter: (q + 1) as 1 | 2 | 3 | 4 }, first + q))));
    expect(statuses('FORE')).toEqual(expected(0, 0));
    expect(statuses('FORR')).toEqual(expected(1, 0));
    // Stored statuses read the same as those computed on reading (PF01's rows start in 2024 Q1).
    expect(statuses('PF01')).toEqual(expected(0, 4));
  });
});
