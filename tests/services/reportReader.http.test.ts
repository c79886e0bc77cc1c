/**
 * The UI's reader over the real PnPjs repository and the local SharePoint (real HTTP):
 * what a reader sees is approved snapshots only.
 */
import type { IStatusReport } from '../../src/domain/model';
import { createReportReader } from '../../src/services/createReportReader';
import { loadSeedReport } from '../../tools/seed/seedData';
import { startTestSite, type ITestSite } from '../data/support/server';
import { ok } from '../support/ok';

const seed = loadSeedReport();
let site: ITestSite;

function forQuarter(report: IStatusReport, year: number, quarter: 1 | 2 | 3 | 4): IStatusReport {
  return { ...report, header: { ...report.header, period: { year, quarter } } };
}

beforeAll(async () => {
  site = await startTestSite();
  const owner = site.repo('owner');
  const editor = site.repo('editor');
  const approver = site.repo('approver');
  ok(await owner.ensureObject({ key: 'SHVO', title: seed.header.objectTitle }));
  ok(await owner.ensureObject({ key: 'NYTT', title: 'Nytt objekt' }));
  const lastYear: IStatusReport = {
    ...forQuarter(seed, 2024, 4),
    kpis: seed.kpis.filter((k) => k.previous).map((k) => ({ definitionKey: k.definitionKey, current: k.previous, comment: '' }))
  };
  for (const report of [lastYear, forQuarter(seed, 2025, 4)]) {
    const created = ok(await editor.createReport(report));
    ok(await editor.submitReport(created.id));
    ok(await approver.approveReport(created.id, 'Godkänd'));
  }
  // Submitted but not approved: invisible to readers.
  const pending = ok(await editor.createReport(forQuarter(seed, 2025, 3)));
  ok(await editor.submitReport(pending.id));
}, 120000);

afterAll(async () => site && site.close());

describe('createReportReader over the local SharePoint', () => {
  it('gives a reader the latest approved snapshot with the approved KPI trend', async () => {
    const reader = createReportReader(site.repo('reader'));
    const { snapshot, history } = await reader.getApprovedReport('SHVO');
    expect(snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
    expect(snapshot?.approval).toBe('approved');
    expect(snapshot?.approvedAt).toBeDefined();
    const registered = history.filter((series) => series.definition.key === 'registered-users')[0];
    expect(registered.points).toEqual([
      { period: { year: 2024, quarter: 4 }, value: 52796 },
      { period: { year: 2025, quarter: 4 }, value: 61829 }
    ]);
  });

  it('lists the quarters to navigate and shows no snapshot for a quarter that is only pending', async () => {
    const reader = createReportReader(site.repo('reader'));
    const periods = await reader.listReportPeriods('SHVO');
    expect(periods.map((p) => `${p.year}Q${p.quarter}`)).toEqual(expect.arrayContaining(['2024Q4', '2025Q4']));
    const pending = await reader.getApprovedReport('SHVO', { year: 2025, quarter: 3 });
    expect(pending.snapshot).toBeUndefined();
    const older = await reader.getApprovedReport('SHVO', { year: 2024, quarter: 4 });
    expect(older.snapshot?.report.header.period).toEqual({ year: 2024, quarter: 4 });
  });

  it('builds the portfolio with each object’s latest approved period', async () => {
    const reader = createReportReader(site.repo('reader'));
    const portfolio = await reader.getPortfolio();
    const shvo = portfolio.filter((entry) => entry.object.key === 'SHVO')[0];
    expect(shvo.latestApprovedPeriod).toEqual({ year: 2025, quarter: 4 });
    expect(shvo.approvedAt).toBeDefined();
    expect(shvo.assessment).toBe(seed.economy.assessment);
    const empty = portfolio.filter((entry) => entry.object.key === 'NYTT')[0];
    expect(empty).toEqual({ object: { key: 'NYTT', title: 'Nytt objekt' }, quarters: [] });
  });
});
