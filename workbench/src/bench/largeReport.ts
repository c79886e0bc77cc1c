/**
 * A large, deterministic report for the render benchmark: `kpiCount` numeric KPIs (default 60)
 * with `quarters` quarters of approved history each (default 20), on top of ordinary text parts.
 * Figures are written the Swedish way ("61 829") like the seed.
 */
import type {
  IKpiDefinition,
  IKpiEntry,
  IKpiSeries,
  IQuarter,
  IReportSnapshot,
  IStatusReport,
  KpiCategory,
  QuarterNumber
} from '../../../src/domain/model';

export interface ILargeReportOptions {
  readonly kpiCount?: number;
  readonly quarters?: number;
  /** The report's quarter; history ends here. */
  readonly period?: IQuarter;
  readonly objectKey?: string;
}

export interface ILargeReport {
  readonly snapshot: IReportSnapshot;
  readonly history: readonly IKpiSeries[];
}

const CATEGORIES: readonly KpiCategory[] = ['users', 'usage', 'communication', 'support', 'documentation', 'training', 'other'];

/** Swedish digit grouping with an ordinary space, as authors type it. */
export function swedishInteger(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The quarters ending at `last`, oldest first. */
export function quartersEndingAt(last: IQuarter, count: number): IQuarter[] {
  const result: IQuarter[] = [];
  let index = last.year * 4 + (last.quarter - 1);
  for (let i = 0; i < count; i++, index--) {
    result.unshift({ year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterNumber });
  }
  return result;
}

// Small deterministic generator so every run renders the same figures.
function valueOf(kpi: number, step: number): number {
  return 1000 + ((kpi * 7919 + step * 104729) % 60000) + step * 37;
}

export function createLargeReport(options: ILargeReportOptions = {}): ILargeReport {
  const kpiCount = options.kpiCount ?? 60;
  const quarterCount = options.quarters ?? 20;
  const period = options.period ?? { year: 2025, quarter: 4 };
  const objectKey = options.objectKey ?? 'BENCH';
  const definitions: IKpiDefinition[] = [];
  const kpis: IKpiEntry[] = [];
  const history: IKpiSeries[] = [];
  const axis = quartersEndingAt(period, quarterCount);
  for (let k = 0; k < kpiCount; k++) {
    const definition: IKpiDefinition = {
      key: `kpi-${String(k + 1).padStart(2, '0')}`,
      label: `Nyckeltal ${k + 1}`,
      unit: 'st',
      category: CATEGORIES[k % CATEGORIES.length]
    };
    definitions.push(definition);
    const current = valueOf(k, quarterCount - 1);
    const previous = valueOf(k, quarterCount - 5);
    kpis.push({
      definitionKey: definition.key,
      current: { text: swedishInteger(current), number: current },
      previous: { text: swedishInteger(previous), number: previous },
      comment: k % 3 === 0 ? `Kommentar till nyckeltal ${k + 1}` : ''
    });
    history.push({
      definition,
      // Every seventh quarter is a gap, as real history has.
      points: axis.map((q, step) => ({ period: q, value: (step + k) % 7 === 3 ? undefined : valueOf(k, step) }))
    });
  }
  const items = (prefix: string, n: number): { text: string; subItems: string[] }[] =>
    Array.from({ length: n }, (_, i) => ({ text: `${prefix} ${i + 1}`, subItems: i % 2 ? [`Delpunkt ${i + 1}.1`] : [] }));
  const report: IStatusReport = {
    header: {
      objectKey,
      objectTitle: 'Prestandatest – stort förvaltningsobjekt',
      period,
      coordinator: { displayName: 'Bänk Testsson' },
      mission: 'Exempeldata för prestandamätning.',
      approval: 'approved'
    },
    events: items('Händelse', 12).map((e) => ({ ...e })),
    kpiSectionTitle: `Nyckeltal ${period.year} jämfört med ${period.year - 1}`,
    kpiDefinitions: definitions,
    kpis,
    meetings: Array.from({ length: 8 }, (_, i) => ({ type: `Möte ${i + 1}`, current: 'Varannan vecka', previous: 'Varje månad', purpose: 'Avstämning' })),
    chartCaption: 'Utveckling per kvartal (exempeldata).',
    problems: items('Problem', 6).map((p, i) => ({ ...p, status: i % 2 ? 'closed' : 'open' })),
    activities: items('Aktivitet', 8).map((a, i) => ({ ...a, status: (['planned', 'ongoing', 'done'] as const)[i % 3] })),
    economy: { items: items('Ekonomi', 3), assessment: 'good' },
    staffing: { fteStart: 4, fteEnd: 4.5, items: items('Personal', 2) },
    communication: items('Kommunikation', 4)
  };
  return {
    snapshot: {
      report,
      revision: 1,
      submittedBy: { displayName: 'Bänk Testsson' },
      submittedAt: '2026-01-10T09:00:00.000Z',
      approval: 'approved',
      approvedBy: { displayName: 'Anna Godkännare' },
      approvedAt: '2026-01-12T09:00:00.000Z'
    },
    history
  };
}
