/**
 * Sites for the benchmarks: provisioned and seeded with our own code (the seed report SHVO,
 * five approved quarters), then filled with more objects, quarters and KPIs written straight
 * into the local SharePoint's SQLite (bulkInsert: one transaction, no HTTP), shaped as our
 * repository writes them: report headers and part rows, KPI definitions, approved snapshots
 * with their summaries, approval log entries. Filler rows sit at the list roots (no object
 * folders): the timed reads filter by object and report, as on a site with folders.
 */
import { startLocalSharePoint, type ILocalSharePoint } from '../localsp/src/index';
import { LOCAL_SHAREPOINT_PROFILE } from './localspProfile';
import { provisionSite } from '../src/data/provisioning/provision';
import { logRowKey } from '../src/data/repository/approval';
import { createNodeRepository, createNodeSpfi } from '../src/data/repository/createNodeSpfi';
import { PART_LISTS, headerRow, kpiDefinitionRow, partRowKey, partRows, type Row } from '../src/data/repository/rows/mapping';
import { listTitle, type ListKey } from '../src/data/schema/schema';
import type { IKpiDefinition, IKpiEntry, IQuarter, IReportSnapshot, IStatusReport } from '../src/domain/model';
import { statusJsonOf, summarizeReport } from '../src/domain/snapshot';
import { setUpProductRoles } from './seed/roles';
import { loadSeedReport, seedThroughRepository } from './seed/seedData';

export interface IFillShape {
  /** Objects besides SHVO. */
  readonly objects: number;
  /** Approved quarters per filler object, ending with the seed's quarter. */
  readonly quarters: number;
  /** KPIs per filler report. */
  readonly kpis: number;
  /** Approved quarters added to SHVO before its seeded ones (with `kpis` KPIs; its definitions unchanged). */
  readonly shvoEarlierQuarters?: number;
}

export interface IBenchSite {
  readonly server: ILocalSharePoint;
  readonly siteUrl: string;
  /** Report ids of the seed, oldest first (the last is SHVO 2025 Q4). */
  readonly seedIds: readonly number[];
  /** Rows written by bulkInsert per list. */
  readonly filled: Readonly<Partial<Record<ListKey, number>>>;
  readonly fillSeconds: number;
  close(): Promise<void>;
}

/** The quarter `back` quarters before `period`. */
function quarterBefore(period: IQuarter, back: number): IQuarter {
  const index = period.year * 4 + (period.quarter - 1) - back;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as IQuarter['quarter'] };
}

/** A report of `objectKey` for `period` with the seed's texts and `kpiCount` KPIs. */
export function fillerReport(seed: IStatusReport, objectKey: string, period: IQuarter, kpiCount: number, variant: number): IStatusReport {
  const definitions: IKpiDefinition[] = Array.from({ length: kpiCount }, (_, i) => {
    const own = seed.kpiDefinitions[i];
    return own ?? { key: `kpi-${String(i).padStart(2, '0')}`, label: `Nyckeltal ${i + 1}`, unit: 'st', category: 'other' };
  });
  const kpis: IKpiEntry[] = definitions.map((d, i) => {
    const n = 1000 + ((variant * 7919 + i * 104729) % 90000);
    return { definitionKey: d.key, current: { text: String(n), number: n }, previous: { text: String(n - 100), number: n - 100 }, comment: `Kommentar ${i + 1}` };
  });
  return {
    ...seed,
    header: { ...seed.header, objectKey, objectTitle: `Förvaltningsobjekt ${objectKey}`, period },
    kpiDefinitions: definitions,
    kpis
  };
}

function snapshotRow(reportId: number, report: IStatusReport): Row {
  const { objectKey, period } = report.header;
  const at = `${period.year}-${String(period.quarter * 3).padStart(2, '0')}-20T10:00:00Z`;
  const snapshot: IReportSnapshot = {
    report: { ...report, header: { ...report.header, approval: 'approved' } },
    revision: 1,
    submittedBy: report.header.coordinator,
    submittedAt: at,
    approval: 'approved',
    approvedBy: { displayName: 'Godkännare' },
    approvedAt: at
  };
  return {
    Title: `${objectKey} ${period.year} Q${period.quarter} r1`,
    RowKey: `${reportId}/r1`,
    ReportId: reportId,
    ObjectKey: objectKey,
    PeriodYear: period.year,
    PeriodQuarter: period.quarter,
    Revision: 1,
    SnapshotJson: JSON.stringify(snapshot),
    SummaryJson: JSON.stringify(summarizeReport(snapshot.report)),
    StatusJson: statusJsonOf(snapshot.report),
    SubmittedByName: report.header.coordinator.displayName,
    SubmittedAt: at,
    ApprovedByName: 'Godkännare',
    ApprovedAt: at,
    OData__ModerationStatus: 0
  };
}

/** Writes the filler into a provisioned, seeded site. Returns the rows written per list. */
export function fillSite(server: ILocalSharePoint, shape: IFillShape, seed: IStatusReport = loadSeedReport()): Partial<Record<ListKey, number>> {
  const counts: Partial<Record<ListKey, number>> = {};
  const insert = (key: ListKey, rows: Row[]): number[] => {
    if (rows.length === 0) return [];
    counts[key] = (counts[key] ?? 0) + rows.length;
    return server.bulkInsert(listTitle(key), rows, { site: 'gits', user: 'owner' });
  };
  const last = seed.header.period;
  const reports: IStatusReport[] = [];
  const objects: Row[] = [];
  for (let o = 0; o < shape.objects; o++) {
    const objectKey = `OBJ${String(o + 1).padStart(3, '0')}`;
    objects.push({ Title: `Förvaltningsobjekt ${objectKey}`, ObjectKey: objectKey });
    for (let q = shape.quarters - 1; q >= 0; q--) reports.push(fillerReport(seed, objectKey, quarterBefore(last, q), shape.kpis, o * 100 + q));
  }
  // SHVO's earlier quarters: before the seed's first (2024 Q4), with SHVO's own KPIs.
  for (let q = (shape.shvoEarlierQuarters ?? 0); q >= 1; q--) {
    reports.push(fillerReport(seed, 'SHVO', quarterBefore({ year: 2024, quarter: 4 }, q), shape.kpis, 10000 + q));
  }
  reports.forEach((r, i) => {
    if (r.header.objectKey === 'SHVO') reports[i] = { ...r, header: { ...r.header, objectTitle: seed.header.objectTitle } };
  });
  insert('objects', objects);
  const definitionRows: Row[] = [];
  for (let o = 0; o < shape.objects; o++) {
    const first = reports[o * shape.quarters];
    first.kpiDefinitions.forEach((d) => definitionRows.push(kpiDefinitionRow(first.header.objectKey, d)));
  }
  insert('kpiDefinitions', definitionRows);
  const ids = insert(
    'reports',
    reports.map((r) => ({ ...headerRow(r), ApprovalState: 'approved', Revision: 1, SaveToken: '' }))
  );
  const parts: Partial<Record<ListKey, Row[]>> = {};
  reports.forEach((r, i) => {
    const rows = partRows(r);
    PART_LISTS.forEach((part) => {
      const into = (parts[part] = parts[part] ?? []);
      rows[part].forEach((row, index) => into.push({ ...row, RowKey: partRowKey(ids[i], part, index), SortOrder: index, ReportId: ids[i] }));
    });
  });
  PART_LISTS.forEach((part) => insert(part, parts[part] ?? []));
  insert('snapshots', reports.map((r, i) => snapshotRow(ids[i], r)));
  const log: Row[] = [];
  reports.forEach((r, i) => {
    (['submitted', 'approved'] as const).forEach((action) =>
      log.push({
        Title: `${r.header.objectKey} ${action}`,
        RowKey: logRowKey(ids[i], 1, action),
        ReportId: ids[i],
        Action: action,
        ActorName: action === 'approved' ? 'Godkännare' : r.header.coordinator.displayName,
        ActionAt: `${r.header.period.year}-06-01T10:00:00Z`,
        LogComment: '',
        Revision: 1
      })
    );
  });
  insert('approvalLog', log);
  return counts;
}

/** A fresh in-memory site: provisioned, roles set up, the seed written through the repository, then `shape` filled in. */
export async function startBenchSite(shape?: IFillShape, sites: readonly string[] = ['gits']): Promise<IBenchSite> {
  const server = await startLocalSharePoint({ port: 0, dbFile: ':memory:', profile: LOCAL_SHAREPOINT_PROFILE, sites: [...sites] });
  const siteUrl = server.siteUrl('gits');
  try {
    await provisionSite(createNodeSpfi(siteUrl, { user: 'owner' }));
    await setUpProductRoles(createNodeSpfi(siteUrl, { user: 'owner' }));
    const seedIds = await seedThroughRepository(
      createNodeRepository(siteUrl, { user: 'editor' }),
      createNodeRepository(siteUrl, { user: 'approver' }),
      undefined,
      createNodeRepository(siteUrl, { user: 'owner' })
    );
    const started = Date.now();
    const filled = shape ? fillSite(server, shape) : {};
    return { server, siteUrl, seedIds, filled, fillSeconds: (Date.now() - started) / 1000, close: () => server.close() };
  } catch (e) {
    await server.close();
    throw e;
  }
}
