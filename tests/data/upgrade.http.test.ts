/**
 * A site provisioned with schema version 2 and seeded as version 2 stored it (every item at
 * the list's root; inherited permissions; the trend's numbers in GitsKpiValues.IsApproved /
 * ApprovedNumber; snapshots without SummaryJson) upgrades in place to the current schema and
 * security model: every report stays readable, every approved figure the board saw (the trend
 * and the card) is unchanged, and `--check` finds nothing left to do.
 */
import type { SPFI } from '@pnp/sp';
import type { IKpiSeries, IReportSnapshot, IStatusReport } from '../../src/domain/model';
import { checkSite } from '../../src/data/provisioning/check';
import { describeDifference } from '../../src/data/provisioning/describe';
import { getProvisioningStatus, provisionSite } from '../../src/data/provisioning/provision';
import { headerRow, kpiDefinitionRow, partRowKey, partRows, reportRowKey, PART_LISTS } from '../../src/data/repository/rows/mapping';
import { SCHEMA_VERSION, listTitle, schemaForVersion, type ListKey } from '../../src/data/schema/schema';
import { summarizeReport } from '../../src/domain/snapshot';
import { createReportReader } from '../../src/services/createReportReader';
import { seedReports } from '../../tools/seed/seedData';
import { grantRoles } from './support/roles';
import { startTestSite, type ITestSite } from './support/server';
import { ok } from '../support/ok';

type Row = Record<string, unknown>;

/** The columns version 2 had: a row written as it wrote it has no later column. */
function v2Row(list: ListKey, row: Row): Row {
  const columns = schemaForVersion(2).find((l) => l.key === list)?.columns ?? [];
  const names = new Set(['Title', ...columns.map((c) => (c.type === 'Lookup' ? `${c.name}Id` : c.name))]);
  const out: Row = {};
  Object.keys(row).forEach((k) => {
    if (names.has(k)) out[k] = row[k];
  });
  return out;
}

/** Writes a report as version 2 did: header, parts and definitions at the lists' roots, a frozen, approved snapshot, approved KPI rows. */
async function seedAsVersion2(sp: SPFI, report: IStatusReport, revision: number): Promise<number> {
  const { objectKey, period } = report.header;
  const header = (await sp.web.lists.getByTitle(listTitle('reports')).items.add(
    v2Row('reports', { ...headerRow(report), RowKey: reportRowKey(objectKey, period), ApprovalState: 'approved', Revision: revision })
  )) as Row;
  const id = Number(header.Id);
  const rows = partRows(report);
  for (const part of PART_LISTS) {
    for (let i = 0; i < rows[part].length; i++) {
      const extra: Row = part === 'kpiValues' ? { IsApproved: true, ApprovedNumber: report.kpis[i].current?.number ?? null } : {};
      await sp.web.lists.getByTitle(listTitle(part)).items.add(v2Row(part, { ...rows[part][i], RowKey: partRowKey(id, part, i), SortOrder: i, ReportId: id, ...extra }));
    }
  }
  const defs = sp.web.lists.getByTitle(listTitle('kpiDefinitions')).items;
  for (const d of report.kpiDefinitions) {
    const row = kpiDefinitionRow(objectKey, d);
    const have: Row[] = await defs.filter(`RowKey eq '${String(row.RowKey)}'`).select('Id')();
    if (have.length === 0) await defs.add(v2Row('kpiDefinitions', row));
  }
  const snapshot: IReportSnapshot = {
    report: { ...report, header: { ...report.header, approval: 'pending' } },
    revision,
    submittedBy: { displayName: 'Erik Editor' },
    submittedAt: '2026-01-15T09:00:00.000Z',
    approval: 'pending'
  };
  const snaps = sp.web.lists.getByTitle(listTitle('snapshots'));
  const added = (await snaps.items.add({
    Title: `${objectKey} ${period.year} Q${period.quarter} r${revision}`,
    RowKey: `${id}/r${revision}`,
    ReportId: id,
    ObjectKey: objectKey,
    PeriodYear: period.year,
    PeriodQuarter: period.quarter,
    Revision: revision,
    SnapshotJson: JSON.stringify(snapshot),
    SubmittedByName: 'Erik Editor',
    SubmittedAt: '2026-01-15T09:00:00Z'
  })) as Row;
  await snaps.items.getById(Number(added.Id)).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
  await sp.web.lists.getByTitle(listTitle('approvalLog')).items.add({ Title: 'approved', ReportId: id, Action: 'approved', ActorName: 'Anna Approver', ActionAt: '2026-01-16T09:00:00Z', Revision: revision });
  return id;
}

/** The trend as version 2 showed it: approved KPI rows of the object, one point per approved quarter. */
async function version2Trend(sp: SPFI): Promise<Record<string, string[]>> {
  const rows: Row[] = await sp.web.lists.getByTitle(listTitle('kpiValues')).items.filter("ObjectKey eq 'SHVO' and IsApproved eq 1").select('DefinitionKey', 'PeriodYear', 'PeriodQuarter', 'ApprovedNumber').top(5000)();
  const out: Record<string, string[]> = {};
  rows
    .filter((r) => typeof r.ApprovedNumber === 'number')
    .forEach((r) => {
      const k = String(r.DefinitionKey);
      out[k] = [...(out[k] ?? []), `${String(r.PeriodYear)}Q${String(r.PeriodQuarter)}=${String(r.ApprovedNumber)}`];
    });
  Object.keys(out).forEach((k) => out[k].sort());
  return out;
}

function trendOf(history: readonly IKpiSeries[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  history.forEach((s) => {
    const points = s.points.filter((p) => p.value !== undefined).map((p) => `${p.period.year}Q${p.period.quarter}=${String(p.value)}`);
    if (points.length > 0) out[s.definition.key] = points.sort();
  });
  return out;
}

describe('upgrade from schema version 2', () => {
  let site: ITestSite;
  afterAll(async () => site && site.close());

  it('keeps every report readable and every approved figure unchanged, with the security model applied', async () => {
    site = await startTestSite({ provision: false });
    const owner = site.sp('owner');
    await provisionSite(owner, { version: 2, permissions: false });
    await owner.web.lists.getByTitle(listTitle('objects')).items.add({ Title: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst', ObjectKey: 'SHVO' });
    const reports = seedReports();
    const ids: number[] = [];
    for (const r of reports) ids.push(await seedAsVersion2(owner, r, 1));

    // What the board saw on version 2: the trend from the KPI rows, the card from the newest snapshot.
    const before = await version2Trend(owner);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    const v2Snaps: Row[] = await owner.web.lists.getByTitle(listTitle('snapshots')).items.select('SnapshotJson', 'PeriodYear', 'PeriodQuarter').top(100)();
    const v2Cards = new Map(v2Snaps.map((s) => [`${String(s.PeriodYear)}Q${String(s.PeriodQuarter)}`, (JSON.parse(String(s.SnapshotJson)) as IReportSnapshot).report]));
    expect((await getProvisioningStatus(owner)).storedVersion).toBe(2);

    const upgrade = await provisionSite(owner);
    expect(upgrade.previousVersion).toBe(2);
    expect(upgrade.version).toBe(SCHEMA_VERSION);
    expect(upgrade.changes).toEqual(
      expect.arrayContaining([
        `list ${listTitle('snapshots')}: column SummaryJson (Note) added`,
        `list ${listTitle('snapshots')}: column StatusJson (Note) added`,
        `list ${listTitle('reports')}: column RowKey EnforceUniqueValues`,
        'group GITS Statusrapport redaktörer SHVO: created',
        'folder GitsReports/SHVO: created'
      ])
    );
    expect((await checkSite(owner)).map((d) => describeDifference(d, 'en'))).toEqual([]);
    await grantRoles(owner, { teams: { SHVO: ['editor'] }, approvers: ['approver'] });

    // The board: the same trend and, quarter by quarter, the same card.
    const reader = site.repo('reader');
    const latest = ok(await reader.loadApprovedReport('SHVO'));
    expect(trendOf(latest.history)).toEqual(before);
    expect(latest.snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
    for (const r of reports) {
      const p = r.header.period;
      const seen = ok(await reader.loadApprovedReport('SHVO', p)).snapshot;
      const was = v2Cards.get(`${p.year}Q${p.quarter}`) as IStatusReport;
      expect(seen?.report.kpis).toEqual(was.kpis);
      expect(seen?.report.economy).toEqual(was.economy);
      expect(seen?.report.staffing).toEqual(was.staffing);
      expect(seen?.approval).toBe('approved');
    }
    // The portfolio: statuses, headline figure and open problems of the newest frozen report,
    // each recent quarter's overall status from its own (these snapshots have neither summary nor status).
    const entry = (await createReportReader(reader).getPortfolio(new Date(2026, 1, 15))).find((e) => e.object.key === 'SHVO');
    const newest = summarizeReport(v2Cards.get('2025Q4') as IStatusReport);
    expect(entry).toMatchObject({ latestApprovedPeriod: { year: 2025, quarter: 4 }, judgements: newest.judgements, headline: newest.headline[0], openProblems: newest.openProblems });
    expect(entry?.quarters?.map((q) => q.status)).toEqual(
      ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((k) => summarizeReport(v2Cards.get(k) as IStatusReport).judgements.overall)
    );
    const periods = ok(await reader.listReports('SHVO')).map((s) => `${s.period.year}Q${s.period.quarter}`);
    expect(periods).toEqual(['2025Q4', '2025Q3', '2025Q2', '2025Q1', '2024Q4']);

    // An approver (and the owner) still open every stored report for a decision.
    for (const id of ids) {
      const loaded = ok(await site.repo('approver').loadReportForEditing(id, 'SHVO')).editable.report;
      expect(loaded.header.objectKey).toBe('SHVO');
      expect(trendOf(ok(await site.repo('owner').loadReportForEditing(id, 'SHVO')).history)).toEqual(before);
    }

    // The board no longer reads the working lists, and a typed-in number moves nothing.
    expect((await reader.loadReportForEditing(ids[4])).kind).toBe('forbidden');
    const kpiRows: Row[] = await owner.web.lists.getByTitle(listTitle('kpiValues')).items.filter(`ReportId eq ${ids[4]}`).select('Id').top(1)();
    await owner.web.lists.getByTitle(listTitle('kpiValues')).items.getById(Number(kpiRows[0].Id)).update({ ApprovedNumber: 999999, CurrentNumber: 999999 });
    expect(trendOf(ok(await reader.loadApprovedReport('SHVO')).history)).toEqual(before);
  }, 120000);
});
