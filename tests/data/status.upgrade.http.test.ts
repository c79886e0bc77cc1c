/**
 * A site of schema version 4 (snapshots with SummaryJson, no StatusJson) upgrades in place:
 * StatusJson is added to GitsSnapshots, the snapshots frozen before stay as they are
 * (append-only) and the portfolio shows for them what version 4 showed, read from their
 * summaries; snapshots frozen after the upgrade carry their status.
 */
import { checkSite } from '../../src/data/provisioning/check';
import { describeDifference } from '../../src/data/provisioning/describe';
import { getProvisioningStatus, provisionSite } from '../../src/data/provisioning/provision';
import { listTitle } from '../../src/data/schema/schema';
import type { IReportSnapshot } from '../../src/domain/model';
import { portfolioEntries, portfolioSince, recentQuarters, type IPortfolioEntry, type IPortfolioSnapshot } from '../../src/domain/portfolio';
import { quartersEqual } from '../../src/domain/quarter';
import { parseSummary, statusJsonOf } from '../../src/domain/snapshot';
import { createReportReader } from '../../src/services/createReportReader';
import { insertPortfolio, portfolioRows } from '../../tools/seed/portfolioData';
import { loadSeedReport, seedThroughRepository } from '../../tools/seed/seedData';
import { setUpProductRoles } from './support/roles';
import { startTestSite, type ITestSite } from './support/server';

type Row = Record<string, unknown>;

const TODAY = new Date(2026, 1, 15);
let site: ITestSite;
afterAll(async () => site && site.close());

/** What the portfolio shows of an entry: the latest approved report and the recent quarters' statuses. */
function shown(entry: IPortfolioEntry | undefined): unknown {
  if (!entry) return undefined;
  const recent = recentQuarters(TODAY);
  return { ...entry, quarters: (entry.quarters ?? []).filter((q) => recent.some((r) => quartersEqual(r, q.period))) };
}

describe('upgrade from schema version 4', () => {
  it('adds StatusJson, keeps every status the portfolio showed, and new snapshots carry their status', async () => {
    site = await startTestSite({ provision: false });
    const owner = site.sp('owner');
    await provisionSite(owner, { version: 4 });
    await setUpProductRoles(owner);
    // Snapshots as version 4's approval left them: SummaryJson, ApprovedAt, no StatusJson.
    const rows = portfolioRows(loadSeedReport(), 6, 8, { year: 2025, quarter: 4 });
    const v4 = {
      objects: rows.objects,
      snapshots: rows.snapshots.map((row) => {
        const { StatusJson: _status, ...v4Row } = row;
        void _status;
        return v4Row;
      })
    };
    insertPortfolio(site.server.bulkInsert, v4);

    // What version 4 showed: each snapshot's summary.
    const before: IPortfolioSnapshot[] = v4.snapshots.map((row) => ({
      objectKey: String(row.ObjectKey),
      period: { year: Number(row.PeriodYear), quarter: Number(row.PeriodQuarter) as 1 | 2 | 3 | 4 },
      revision: Number(row.Revision),
      // As SharePoint answers a DateTime: seconds, no milliseconds.
      approvedAt: String(row.ApprovedAt).replace(/\.\d{3}Z$/, 'Z'),
      summary: parseSummary(String(row.SummaryJson)) as NonNullable<ReturnType<typeof parseSummary>>
    }));
    const objects = v4.objects.map((o) => ({ key: String(o.ObjectKey), title: String(o.Title) }));
    const was = new Map(portfolioEntries({ objects, snapshots: before, since: { year: 2024, quarter: 1 } }).map((e) => [e.object.key, e]));
    expect((await getProvisioningStatus(owner)).storedVersion).toBe(4);

    const upgrade = await provisionSite(owner);
    expect(upgrade.previousVersion).toBe(4);
    expect(upgrade.changes).toEqual(expect.arrayContaining([`list ${listTitle('snapshots')}: column StatusJson (Note) added`]));
    expect((await checkSite(owner)).map((d) => describeDifference(d, 'en'))).toEqual([]);

    // The board: the same statuses, headline figures and open problems as before, in two requests
    // (the window, then its summaries).
    site.server.resetRequestCount();
    const entries = await createReportReader(site.repo('reader')).getPortfolio(TODAY);
    expect(site.server.requestCount()).toBe(2);
    for (const o of objects) {
      const entry = entries.find((e) => e.object.key === o.key);
      expect(entry?.judgements).toBeDefined();
      expect(shown(entry)).toEqual(shown(was.get(o.key)));
    }
    // Snapshots are not rewritten.
    const stored: Row[] = await owner.web.lists.getByTitle(listTitle('snapshots')).items.select('StatusJson').top(5000)();
    expect(stored.every((r) => r.StatusJson === null || r.StatusJson === undefined)).toBe(true);

    // Submitted and approved after the upgrade: the snapshot carries its status.
    await seedThroughRepository(site.repo('editor'), site.repo('approver'), undefined, site.repo('owner'));
    const shvo: Row[] = await owner.web.lists.getByTitle(listTitle('snapshots')).items.filter("ObjectKey eq 'SHVO'").select('SnapshotJson', 'StatusJson').top(100)();
    expect(shvo).toHaveLength(5);
    shvo.forEach((r) => expect(r.StatusJson).toBe(statusJsonOf((JSON.parse(String(r.SnapshotJson)) as IReportSnapshot).report)));
    const withShvo = await createReportReader(site.repo('reader')).getPortfolio(TODAY);
    expect(withShvo.find((e) => e.object.key === 'SHVO')?.latestApprovedPeriod).toEqual({ year: 2025, quarter: 4 });
    expect(portfolioSince(TODAY)).toEqual({ year: 2025, quarter: 1 });
  }, 120000);
});
