/**
 * The reader's first screen costs one request to SharePoint: the approved report with its KPI
 * trend, the report list for previous/next and the user's permissions travel in one $batch,
 * whichever view asks first (counted by the local SharePoint, real HTTP). The page carries its
 * form digest (SPFx takes it from the page context), so the digest is fetched before counting.
 */
import { createReportReader, takeFirstScreen } from '../../src/services/createReportReader';
import type { LocalUser } from '../../src/data/repository/createNodeSpfi';
import { repoWithDigest, startSeededTestSite, type ITestSite } from '../data/support/server';
import { ok } from '../support/ok';

let site: ITestSite;

beforeAll(async () => {
  site = await startSeededTestSite();
}, 180000);

afterAll(async () => site && site.close());

const withDigest = (user: LocalUser): Promise<ReturnType<ITestSite['repo']>> => repoWithDigest(site, user);

describe('the reader first screen', () => {
  it.each<[LocalUser, boolean]>([
    ['reader', false],
    ['editor', true]
  ])('is one request for %s: report, trend, report list and permissions', async (user, canEdit) => {
    const repository = await withDigest(user);
    const reader = createReportReader(repository);
    site.server.resetRequestCount();
    // In the order the views ask: the report view's two reads, then the workspace's permissions.
    const [approved, periods, permissions] = await Promise.all([
      reader.getApprovedReport('SHVO'),
      reader.listReportPeriods('SHVO'),
      takeFirstScreen(repository, 'SHVO', 'permissions')
    ]);
    expect(site.server.requestCount()).toBe(1);
    expect(approved.snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
    expect(approved.history.find((s) => s.definition.key === 'registered-users')?.points.slice(-2)).toEqual([
      { period: { year: 2025, quarter: 3 }, value: expect.any(Number) },
      { period: { year: 2025, quarter: 4 }, value: 61829 }
    ]);
    expect(periods).toEqual([
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 4 }
    ]);
    // The board cannot open GitsReports, so which objects it edits is unknown, not empty.
    const editable = canEdit ? { editableObjects: ['SHVO'] } : {};
    expect(ok(permissions)).toEqual({ canRead: true, canEdit, canApprove: false, canManageLists: false, ...editable });
  });

  it('is one request when the report list is asked first, and reads afresh the second time', async () => {
    const repository = await withDigest('reader');
    const reader = createReportReader(repository);
    site.server.resetRequestCount();
    const periods = await reader.listReportPeriods('SHVO');
    const approved = await reader.getApprovedReport('SHVO');
    expect(site.server.requestCount()).toBe(1);
    expect(periods).toHaveLength(5);
    expect(approved.snapshot?.report.header.objectKey).toBe('SHVO');
    // A later open (all parts handed out) is a new first screen: one more request, not three.
    site.server.resetRequestCount();
    await Promise.all([reader.getApprovedReport('SHVO'), reader.listReportPeriods('SHVO')]);
    expect(site.server.requestCount()).toBe(1);
  });

  it('gives each part its own outcome: an object without reports has none and no error', async () => {
    const repository = await withDigest('reader');
    const screen = ok(await repository.loadReaderFirstScreen('NONE'));
    expect(ok(screen.approved)).toEqual({ history: [] });
    expect(ok(screen.reports)).toEqual([]);
    expect(ok(screen.permissions).canRead).toBe(true);
  });
});

describe('the reader after a change', () => {
  it('reads the approved report afresh once the reader forgets what it read before the approval', async () => {
    const editor = await withDigest('editor');
    const approver = await withDigest('approver');
    const reader = createReportReader(editor);
    // The report list is taken; the approved report and permissions of that read wait for their views.
    await reader.listReportPeriods('SHVO');
    const latest = ok(await editor.listReports('SHVO'))[0];
    const loaded = ok(await editor.loadReportForEditing(latest.id, 'SHVO')).editable;
    const mission = `${loaded.report.header.mission} Utökat efter ledningsrådets beslut.`;
    ok(await editor.saveReport(loaded, { ...loaded.report, header: { ...loaded.report.header, mission } }));
    ok(await editor.submitReport(latest.id));
    ok(await approver.approveReport(latest.id));
    reader.forget?.('SHVO');
    site.server.resetRequestCount();
    const approved = await reader.getApprovedReport('SHVO');
    expect(approved.snapshot?.report.header.mission).toBe(mission);
    expect(site.server.requestCount()).toBe(1);
  });
});
