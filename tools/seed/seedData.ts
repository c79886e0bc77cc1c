/**
 * Seed data for the local SharePoint: the real SHVO 2025 Q4 report (a copy kept in this
 * folder, parsed with the domain's parseReportText), 2024 Q4 rebuilt from that report's 2024
 * column, and 2025 Q1–Q3 generated in between so the trend chart has points. Generated
 * reports are clearly marked as sample data (SAMPLE_MARKER in mission and chart caption).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { IKpiEntry, IKpiValue, IQuarter, IStatusReport } from '../../src/domain/model';
import { parseReportText } from '../../src/domain/import';
import { formatNumber } from '../../src/domain/numbers';
import type { IStatusReportRepository, RepositoryResult } from '../../src/data/repository/IStatusReportRepository';

export const SEED_FILE = join(__dirname, 'statusrapport-shvo-2025.md');
export const SEED_PERIOD: IQuarter = { year: 2025, quarter: 4 };
/** Marks generated sample reports (mission prefix and chart caption). */
export const SAMPLE_MARKER = 'Exempeldata';

export function isSampleReport(report: IStatusReport): boolean {
  return report.chartCaption.indexOf(SAMPLE_MARKER) === 0;
}

/** The seed report as parsed from the repository's copy of the Word report text. */
export function loadSeedReport(): IStatusReport {
  const parsed = parseReportText(readFileSync(SEED_FILE, 'utf8'), { year: SEED_PERIOD.year, quarter: SEED_PERIOD.quarter });
  if (!parsed.report || parsed.errors.length > 0) {
    throw new Error(`Seed report did not parse: ${JSON.stringify(parsed.errors)}`);
  }
  return parsed.report;
}

function numericValue(n: number, unit: string): IKpiValue {
  const text = unit === '%' ? formatNumber(n, 'sv-SE', { decimals: 1, percent: true }) : formatNumber(Math.round(n), 'sv-SE');
  return { text: text.replace(/\u00A0/g, ' '), number: unit === '%' ? Math.round(n * 10) / 10 : Math.round(n) };
}

/** 2024 Q4 from the seed's 2024 column: last year's values become that report's current values. */
export function previousYearReport(seed: IStatusReport): IStatusReport {
  const period: IQuarter = { year: SEED_PERIOD.year - 1, quarter: SEED_PERIOD.quarter };
  return {
    ...seed,
    header: { ...seed.header, period, approval: 'draft' },
    events: [],
    kpis: seed.kpis
      .filter((k) => k.previous !== undefined)
      .map((k): IKpiEntry => ({ definitionKey: k.definitionKey, current: k.previous, comment: '' })),
    kpiDefinitions: seed.kpiDefinitions.filter((d) => seed.kpis.some((k) => k.definitionKey === d.key && k.previous !== undefined)),
    meetings: seed.meetings.map((m) => ({ ...m, current: m.previous, previous: '' })),
    chartCaption: 'Värden ur 2024-kolumnen i rapporten för 2025 Q4.',
    problems: [],
    activities: [],
    economy: { items: [], assessment: 'notAssessed' },
    staffing: { items: [] },
    communication: []
  };
}

/** A generated quarter between 2024 Q4 and 2025 Q4: numeric KPIs interpolated, marked as sample data. */
export function sampleQuarterReport(seed: IStatusReport, period: IQuarter, fraction: number): IStatusReport {
  const kpis: IKpiEntry[] = [];
  seed.kpis.forEach((k) => {
    const def = seed.kpiDefinitions.find((d) => d.key === k.definitionKey);
    const a = k.previous?.number;
    const b = k.current?.number;
    if (def && a !== undefined && b !== undefined) {
      kpis.push({ definitionKey: k.definitionKey, current: numericValue(a + (b - a) * fraction, def.unit), comment: SAMPLE_MARKER });
    }
  });
  return {
    ...seed,
    header: {
      ...seed.header,
      period,
      approval: 'draft',
      mission: `${SAMPLE_MARKER}: genererad rapport för trenddiagrammet, inte en verklig rapport.`
    },
    events: [{ text: `${SAMPLE_MARKER}: påhittade värden mellan 2024 Q4 och 2025 Q4.`, subItems: [] }],
    kpiDefinitions: seed.kpiDefinitions.filter((d) => kpis.some((k) => k.definitionKey === d.key)),
    kpis,
    meetings: [],
    chartCaption: `${SAMPLE_MARKER} (genererad kvartalsdata)`,
    problems: [],
    activities: [],
    economy: { items: [], assessment: 'notAssessed' },
    staffing: { items: [] },
    communication: []
  };
}

/** All seed reports, oldest first: 2024 Q4, 2025 Q1–Q3 (sample data), 2025 Q4 (the real report). */
export function seedReports(seed: IStatusReport = loadSeedReport()): IStatusReport[] {
  return [
    previousYearReport(seed),
    sampleQuarterReport(seed, { year: 2025, quarter: 1 }, 0.25),
    sampleQuarterReport(seed, { year: 2025, quarter: 2 }, 0.5),
    sampleQuarterReport(seed, { year: 2025, quarter: 3 }, 0.75),
    seed
  ];
}

function must<T>(r: RepositoryResult<T>, what: string): T {
  if (r.kind !== 'ok') throw new Error(`${what}: ${r.kind} ${'detail' in r ? String(r.detail) : ''}`);
  return r.value;
}

/**
 * Writes the seed through the repository as users do it: the site owner creates the object
 * (its team group, folders and permissions come with it), the editor (in the object's team)
 * creates and submits each report, the approver approves it. Returns the report ids, oldest first.
 */
export async function seedThroughRepository(
  editor: IStatusReportRepository,
  approver: IStatusReportRepository,
  reports: IStatusReport[] = seedReports(),
  owner: IStatusReportRepository = editor
): Promise<number[]> {
  const ids: number[] = [];
  const first = reports[reports.length - 1].header;
  must(await owner.ensureObject({ key: first.objectKey, title: first.objectTitle }), 'ensureObject');
  for (const report of reports) {
    const created = must(await editor.createReport(report), `createReport ${report.header.period.year} Q${report.header.period.quarter}`);
    must(await editor.submitReport(created.id), 'submitReport');
    must(await approver.approveReport(created.id, 'Godkänd (startdata)'), 'approveReport');
    ids.push(created.id);
  }
  return ids;
}
