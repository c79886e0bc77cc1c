/**
 * A row belongs to the object of the folder SharePoint holds it in, whatever its columns say.
 *
 * A member of team SHVO may add items in SHVO's folders only, but may write any value into
 * them: `ObjectKey` 'EKO', or the `ReportId` of EKO's report. SharePoint enforces the folder
 * (security scope), not the columns, so the repository only takes a row for object X from X's
 * folder (or from the list root, which only owners write). Tried over real HTTP as each role:
 * rows forged in SHVO's folders for EKO's report reach neither the approver's view and
 * decision nor the board, and cannot stand in for the approval log's entries.
 *
 * SharePoint behaviours relied on: items are added to a folder with
 * AddValidateUpdateItemUsingPath and FolderPath (pnp/pnpcore
 * src/sdk/PnP.Core.Test/SharePoint/MockData/ListItemTests/AddListFolder2Test-0-00005.response.json),
 * `FileDirRef` is the server-relative URL of the folder an item is in (learn.microsoft.com,
 * "Working with folders and files with REST"), and items use their folder's security scope.
 */
import type { SPFI } from '@pnp/sp';
import type { IStatusReport } from '../../src/domain/model';
import { createNodeRepository, createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import { checkSite } from '../../src/data/provisioning/check';
import { provisionSite } from '../../src/data/provisioning/provision';
import { objectFolderPath } from '../../src/data/schema/security';
import { loadSeedReport } from '../../tools/seed/seedData';
import { createObjects, grantRoles } from './support/roles';
import { startTestSite, type ITestSite } from './support/server';
import { ok } from '../support/ok';

type Row = Record<string, unknown>;

const seed = loadSeedReport();
let site: ITestSite;
let web = '';
let ekoReport = 0;
let realSnapshotId = 0;
let forgedSnapshot = 0;
let forgedHeader = 0;
let forgedKpiRow = 0;

const eko = (): ReturnType<typeof createNodeRepository> => createNodeRepository(site.siteUrl, { headers: { 'X-Local-User': 'eko' }, retryInterval: 10 });
const idOf = (r: unknown): number => Number(((r as Row[]).find((f) => f.FieldName === 'Id') as Row).FieldValue);

/** Adds an item with form values into SHVO's folder of `list`, as the SHVO editor. */
async function addInShvoFolder(sp: SPFI, list: 'snapshots' | 'reports' | 'kpiValues', title: string, values: Record<string, string>): Promise<number> {
  const formValues = Object.keys(values).map((k) => ({ FieldName: k, FieldValue: values[k] }));
  const r = await sp.web.lists.getByTitle(title).addValidateUpdateItemUsingPath(formValues, objectFolderPath(web, list, 'SHVO'));
  expect(r.filter((f) => f.HasException)).toEqual([]);
  return idOf(r);
}

beforeAll(async () => {
  site = await startTestSite({ roles: false });
  const owner = site.sp('owner');
  await createObjects(owner, [
    { key: 'SHVO', title: 'SHVO' },
    { key: 'EKO', title: 'Ekonomisystemet' }
  ]);
  await grantRoles(owner, { teams: { SHVO: ['editor'], EKO: ['eko'] }, approvers: ['approver'] });
  web = String(((await owner.web.select('ServerRelativeUrl')()) as unknown as Row).ServerRelativeUrl);

  const report: IStatusReport = { ...seed, header: { ...seed.header, objectKey: 'EKO', objectTitle: 'Ekonomisystemet', period: { year: 2025, quarter: 4 } } };
  ekoReport = ok(await eko().createReport(report)).id;
  const submitted = ok(await eko().submitReport(ekoReport));
  const real: Row[] = await owner.web.lists.getByTitle('GitsSnapshots').items.filter(`ReportId eq ${ekoReport}`).select('Id', 'SnapshotJson')();
  realSnapshotId = Number(real[0].Id);

  // The SHVO editor forges, in SHVO's own folders, rows that name EKO's report.
  const shvo = createNodeSpfi(site.siteUrl, { user: 'editor' });
  const frozen = JSON.parse(String(real[0].SnapshotJson)) as { report: IStatusReport };
  const forgedReport = { report: { ...frozen.report, header: { ...frozen.report.header, mission: 'Förfalskad av team SHVO' } } };
  forgedSnapshot = await addInShvoFolder(shvo, 'snapshots', 'GitsSnapshots', {
    Title: 'EKO 2025 Q4 r99',
    RowKey: `${ekoReport}/r99`,
    ReportId: String(ekoReport),
    ObjectKey: 'EKO',
    PeriodYear: '2025',
    PeriodQuarter: '4',
    Revision: '99',
    SnapshotJson: JSON.stringify({ ...submitted, ...forgedReport, revision: 99 })
  });
  forgedKpiRow = await addInShvoFolder(shvo, 'kpiValues', 'GitsKpiValues', {
    Title: 'Förfalskad KPI',
    Report: String(ekoReport),
    ObjectKey: 'EKO',
    RowKey: `${ekoReport}/kpi/0999`,
    SortOrder: '999',
    DefinitionKey: 'forged',
    CurrentText: '999'
  });
  forgedHeader = await addInShvoFolder(shvo, 'reports', 'GitsReports', {
    Title: 'EKO 2026-Q1',
    RowKey: 'EKO-2026-Q1',
    ObjectKey: 'EKO',
    PeriodYear: '2026',
    PeriodQuarter: '1'
  });
  // An approval log entry naming the approver, for EKO's pending revision.
  await shvo.web.lists.getByTitle('GitsApprovalLog').items.add({
    Title: 'approved r1',
    RowKey: `${ekoReport}/r1/approved`,
    ReportId: ekoReport,
    Action: 'approved',
    ActorName: 'Anna Approver',
    Revision: 1
  });
}, 120000);
afterAll(async () => site && site.close());

describe('rows forged by another object\'s team', () => {
  it('are not part of the report the approver reads', async () => {
    const loaded = ok(await site.repo('approver').loadReportForEditing(ekoReport));
    expect(loaded.editable.report.header.objectKey).toBe('EKO');
    expect(forgedKpiRow).toBeGreaterThan(0);
    const keys = loaded.editable.report.kpis.map((k) => k.definitionKey);
    expect(keys).toHaveLength(seed.kpis.length);
    expect(keys).not.toContain('forged');
  });

  it('do not list or open as a report of the other object', async () => {
    const listed = ok(await site.repo('approver').listReports('EKO'));
    expect(listed.map((r) => r.id)).toEqual([ekoReport]);
    expect((await site.repo('approver').loadReportForEditing(forgedHeader)).kind).toBe('notFound');
    expect((await site.repo('approver').approveReport(forgedHeader)).kind).toBe('notFound');
  });

  it('leave the approver deciding the real snapshot, logged by the approver; the board sees the real one', async () => {
    const approved = ok(await site.repo('approver').approveReport(ekoReport, 'Godkänd'));
    expect(approved.revision).toBe(1);
    expect(approved.report.header.mission).not.toBe('Förfalskad av team SHVO');
    const owner = site.sp('owner');
    const snaps: Row[] = await owner.web.lists.getByTitle('GitsSnapshots').items.filter(`ReportId eq ${ekoReport}`).select('Id', 'OData__ModerationStatus').orderBy('Id')();
    expect(snaps.map((s) => [Number(s.Id), Number(s.OData__ModerationStatus)])).toEqual([
      [realSnapshotId, 0],
      [forgedSnapshot, 2]
    ]);
    // The decision is logged by the approver although an entry with its key was there before.
    const log: Row[] = await owner.web.lists
      .getByTitle('GitsApprovalLog')
      .items.filter(`ReportId eq ${ekoReport}`)
      .select('Action', 'Revision', 'Author/Title')
      .expand('Author')
      .orderBy('Id')();
    const decisions = log.filter((e) => e.Action === 'approved').map((e) => (e.Author as Row).Title);
    expect(decisions).toEqual(['Erik Editor', 'Anna Approver']);
    // The log the team and the approver read names who SharePoint says wrote each entry, not the name typed into it.
    const shown = ok(await site.repo('approver').loadApprovalLog(ekoReport));
    expect(shown.filter((e) => e.action === 'approved').map((e) => e.by.displayName)).toEqual(['Erik Editor', 'Anna Approver']);
    const board = ok(await site.repo('reader').loadApprovedReport('EKO'));
    expect(board.snapshot?.revision).toBe(1);
    expect(board.snapshot?.report.header.mission).toBe(seed.header.mission);
  });

  it('include no folder: one a team creates in its own snapshot folder, with a report\'s columns, is nothing the board reads', async () => {
    // New folders on a moderated list may be published without approval (the local SharePoint
    // creates them approved; no recording shows SharePoint Online's choice), so reads of approved
    // content take items only (FSObjType 0).
    const ekoSp = createNodeSpfi(site.siteUrl, { headers: { 'X-Local-User': 'eko' } });
    const r = await ekoSp.web.lists.getByTitle('GitsSnapshots').addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'EKO 2027 Q1 r1' },
        { FieldName: 'ObjectKey', FieldValue: 'EKO' },
        { FieldName: 'ReportId', FieldValue: String(ekoReport) },
        { FieldName: 'PeriodYear', FieldValue: '2027' },
        { FieldName: 'PeriodQuarter', FieldValue: '1' },
        { FieldName: 'Revision', FieldValue: '7' },
        { FieldName: 'SummaryJson', FieldValue: '{}' }
      ],
      objectFolderPath(web, 'snapshots', 'EKO'),
      false,
      undefined,
      { leafName: 'EKO 2027 Q1', objectType: 1 }
    );
    expect(r.filter((f) => f.HasException)).toEqual([]);
    const folder: Row[] = await site.sp('owner').web.lists.getByTitle('GitsSnapshots').items.filter(`PeriodYear eq 2027`).select('Id', 'FSObjType')();
    expect(folder.map((f) => String(f.FSObjType))).toEqual(['1']);

    const reader = site.repo('reader');
    expect(ok(await reader.loadApprovedReport('EKO')).snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
    expect(ok(await reader.listReports('EKO')).map((x) => x.period.year)).toEqual([2025]);
    expect(ok(await reader.loadApprovedSummaries('EKO')).map((x) => x.revision)).toEqual([1]);
    const portfolio = ok(await reader.loadPortfolio({ year: 2025, quarter: 1 }));
    expect(portfolio.snapshots.filter((x) => x.objectKey === 'EKO').map((x) => x.period.year)).toEqual([2025]);
    // Nor is it a revision the approver decides.
    expect(ok(await site.repo('approver').approveReport(ekoReport)).revision).toBe(1);
  });

  it("let a team rename only its own working folder; the check names it missing and provisioning makes it again", async () => {
    const shvo = createNodeSpfi(site.siteUrl, { user: 'editor' });
    const folderItem = async (list: string): Promise<number> =>
      Number(((await site.sp('owner').web.getFolderByServerRelativePath(`${web}/Lists/${list}/SHVO`).listItemAllFields.select('Id')()) as Row).Id);
    const snapshotFolder = await folderItem('GitsSnapshots');
    const renameSnapshots = await shvo.web.lists
      .getByTitle('GitsSnapshots')
      .items.getById(snapshotFolder)
      .validateUpdateListItem([{ FieldName: 'FileLeafRef', FieldValue: 'EKO2' }])
      .then(
        () => 200,
        (e: { status?: number }) => e.status
      );
    expect(renameSnapshots).toBe(403);
    await shvo.web.lists.getByTitle('GitsEvents').items.getById(await folderItem('GitsEvents')).validateUpdateListItem([{ FieldName: 'FileLeafRef', FieldValue: 'EKO2' }]);
    const differences = await checkSite(site.sp('owner'));
    expect(differences.map((d) => `${d.kind} ${'scope' in d ? `${d.scope.listTitle}/${d.scope.folder ?? ''}` : ''}`)).toContain('folderMissing GitsEvents/SHVO');
    await provisionSite(site.sp('owner'));
    expect(await checkSite(site.sp('owner'))).toEqual([]);
  });
});
