/**
 * What the board saw quarter by quarter (the answers to its assignments), from the object's
 * approved snapshots in one request: the newest approved revision of each quarter, oldest first,
 * never a pending one (counted by the local SharePoint, real HTTP).
 */
import { createReportReader } from '../../src/services/createReportReader';
import { loadAnswerHistories } from '../../src/services/boardHooks';
import type { LocalUser } from '../../src/data/repository/createNodeSpfi';
import { repoWithDigest, startSeededTestSite, type ITestSite } from '../data/support/server';
import { ok } from '../support/ok';

let site: ITestSite;

beforeAll(async () => {
  site = await startSeededTestSite();
}, 180000);

afterAll(async () => site && site.close());

/** A reader over `user`'s repository whose form digest is at hand, as on a SharePoint page. */
async function readerOf(user: LocalUser): Promise<ReturnType<typeof createReportReader>> {
  return createReportReader(await repoWithDigest(site, user));
}

const periodsOf = (snapshots: readonly { report: { header: { period: { year: number; quarter: number } } } }[]): string[] =>
  snapshots.map((s) => `${s.report.header.period.year} Q${s.report.header.period.quarter}`);

describe('the approved snapshots of an object', () => {
  it('are each approved quarter up to the one asked for, oldest first, in one request', async () => {
    const reader = await readerOf('reader');
    site.server.resetRequestCount();
    const all = await reader.getApprovedSnapshots!('SHVO', { year: 2025, quarter: 4 }, 8);
    expect(site.server.requestCount()).toBe(1);
    expect(periodsOf(all)).toEqual(['2024 Q4', '2025 Q1', '2025 Q2', '2025 Q3', '2025 Q4']);
    expect(all.every((s) => s.approval === 'approved')).toBe(true);
    expect(periodsOf(await reader.getApprovedSnapshots!('SHVO', { year: 2025, quarter: 2 }, 2))).toEqual(['2025 Q1', '2025 Q2']);
    expect(await reader.getApprovedSnapshots!('NOSUCH', { year: 2025, quarter: 4 }, 8)).toEqual([]);
  });

  it('hold the newest approved revision of a quarter, and a pending one only once it is approved', async () => {
    const editor = site.repo('editor');
    const latest = ok(await editor.listReports('SHVO')).find((s) => s.period.year === 2025 && s.period.quarter === 4)!;
    const loaded = ok(await editor.loadReportForEditing(latest.id, 'SHVO')).editable;
    const before = loaded.report.header.mission;
    const mission = `${before} Kompletterat inför ledningsrådet.`;
    ok(await editor.saveReport(loaded, { ...loaded.report, header: { ...loaded.report.header, mission } }));
    ok(await editor.submitReport(latest.id));
    const board = await readerOf('reader');
    const pending = await board.getApprovedSnapshots!('SHVO', { year: 2025, quarter: 4 }, 8);
    expect(pending).toHaveLength(5);
    expect(pending[4].report.header.mission).toBe(before);
    ok(await site.repo('approver').approveReport(latest.id));
    const approved = await board.getApprovedSnapshots!('SHVO', { year: 2025, quarter: 4 }, 8);
    expect(periodsOf(approved)).toEqual(['2024 Q4', '2025 Q1', '2025 Q2', '2025 Q3', '2025 Q4']);
    expect(approved[4].report.header.mission).toBe(mission);
    expect(approved[4].revision).toBeGreaterThan(pending[4].revision);
  });

  it('give the answer histories in one request, the same as reading the quarters one by one', async () => {
    const reader = await readerOf('reader');
    site.server.resetRequestCount();
    const histories = await loadAnswerHistories(reader, 'SHVO', { year: 2025, quarter: 4 });
    expect(site.server.requestCount()).toBe(1);
    const oneByOne = { ...(await readerOf('reader')), getApprovedSnapshots: undefined };
    site.server.resetRequestCount();
    expect(await loadAnswerHistories(oneByOne, 'SHVO', { year: 2025, quarter: 4 })).toEqual(histories);
    // The report list, then one read per approved quarter.
    expect(site.server.requestCount()).toBe(6);
  });
});
