/**
 * What readers see of an approved report, computed from the frozen report alone: the KPI
 * values of the trend and the facts the portfolio shows. Stored beside each new snapshot as
 * `SummaryJson`; for snapshots frozen before it existed the same function runs on the
 * snapshot's report. Nothing here reads the working lists, so no edit after approval can
 * change what the board sees.
 */
import {
  JUDGEMENT_DIMENSIONS,
  type Assessment,
  type IKpiDefinition,
  type IKpiHistoryPoint,
  type IKpiSeries,
  type IKpiValue,
  type IPerson,
  type IQuarter,
  type IStatusReport,
  type JudgementDimension,
  type KpiCategory
} from '../model';
import { compareQuarters, isValidQuarter, quarterIndex } from '../quarter';
import { headlineKpis } from '../kpi';
import { changeAbsolute, changePercent } from '../derived';
import { judgementsOf } from '../judgement';

/**
 * Format version of the stored summary. 2 added the judged statuses and the headline figures;
 * summaries of format 1 still read (statuses from the economy assessment, no headline figures).
 */
export const SUMMARY_FORMAT = 2;
const READABLE_FORMATS: readonly number[] = [1, 2];

export interface ISummaryKpi {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly category: KpiCategory;
  /** This quarter's number; absent when the cell is empty or not numeric. */
  readonly value?: number;
}

/** The judged statuses of a report (comments stay in the snapshot). */
export interface ISummaryJudgements {
  readonly overall: Assessment;
  readonly dimensions: Readonly<Record<JudgementDimension, Assessment>>;
}

/**
 * A headline figure: this year's and last year's number and the change between them. The
 * change is given only when both are numbers for the same period ("jan–april" twice); for a
 * percentage figure only the difference (in percentage points) is meaningful.
 */
export interface ISummaryHeadline {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly value?: number;
  readonly previous?: number;
  /** value − previous. */
  readonly difference?: number;
  /** (value − previous) / |previous| in percent; absent for percentage figures and when previous is 0. */
  readonly changePercent?: number;
}

export interface IReportSummaryFacts {
  readonly format: number;
  readonly objectKey: string;
  readonly objectTitle: string;
  readonly period: IQuarter;
  readonly coordinator: IPerson;
  /** The report's KPI definitions in table order, with this quarter's numbers. */
  readonly kpis: readonly ISummaryKpi[];
  readonly economyAssessment: Assessment;
  readonly openProblems: number;
  readonly fteStart?: number;
  readonly fteEnd?: number;
  readonly judgements: ISummaryJudgements;
  /** The report's headline figures in order (the team's choice, else the default). */
  readonly headline: readonly ISummaryHeadline[];
}

function summaryJudgements(report: IStatusReport): ISummaryJudgements {
  const j = judgementsOf(report);
  return {
    overall: j.overall.status,
    dimensions: {
      delivery: j.dimensions.delivery.status,
      economy: j.dimensions.economy.status,
      resources: j.dimensions.resources.status,
      risks: j.dimensions.risks.status
    }
  };
}

function numberOf(value: IKpiValue | undefined): number | undefined {
  const n = value?.number;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function sameQualifier(a: IKpiValue | undefined, b: IKpiValue | undefined): boolean {
  return (a?.qualifier ?? '').trim().toLowerCase() === (b?.qualifier ?? '').trim().toLowerCase();
}

/** A headline figure with its change, from the report's KPI row (pure). */
export function headlineOf(report: IStatusReport, definitionKey: string): ISummaryHeadline {
  const definition = report.kpiDefinitions.find((d) => d.key === definitionKey);
  const entry = report.kpis.find((k) => k.definitionKey === definitionKey);
  const unit = definition?.unit ?? '';
  const value = numberOf(entry?.current);
  const previous = numberOf(entry?.previous);
  const base: ISummaryHeadline = { key: definitionKey, label: definition?.label ?? definitionKey, unit };
  const withValues: ISummaryHeadline = {
    ...base,
    ...(value !== undefined ? { value } : {}),
    ...(previous !== undefined ? { previous } : {})
  };
  if (value === undefined || previous === undefined || !sameQualifier(entry?.current, entry?.previous)) return withValues;
  const difference = changeAbsolute(value, previous);
  const percent = unit.trim() === '%' ? undefined : changePercent(value, previous);
  return {
    ...withValues,
    ...(difference !== undefined ? { difference } : {}),
    ...(percent !== undefined ? { changePercent: percent } : {})
  };
}

/** The summary of a report (pure; the same report gives the same summary). */
export function summarizeReport(report: IStatusReport): IReportSummaryFacts {
  const kpis = report.kpiDefinitions.map((d): ISummaryKpi => {
    const entry = report.kpis.find((k) => k.definitionKey === d.key);
    const n = entry?.current?.number;
    const base = { key: d.key, label: d.label, unit: d.unit, category: d.category };
    return typeof n === 'number' && Number.isFinite(n) ? { ...base, value: n } : base;
  });
  const facts: IReportSummaryFacts = {
    format: SUMMARY_FORMAT,
    objectKey: report.header.objectKey,
    objectTitle: report.header.objectTitle,
    period: { year: report.header.period.year, quarter: report.header.period.quarter },
    coordinator: report.header.coordinator.email
      ? { displayName: report.header.coordinator.displayName, email: report.header.coordinator.email }
      : { displayName: report.header.coordinator.displayName },
    kpis,
    economyAssessment: report.economy.assessment,
    openProblems: report.problems.filter((p) => p.status === 'open').length,
    judgements: summaryJudgements(report),
    headline: headlineKpis(report).map((entry) => headlineOf(report, entry.definitionKey))
  };
  const withStart = report.staffing.fteStart !== undefined ? { ...facts, fteStart: report.staffing.fteStart } : facts;
  return report.staffing.fteEnd !== undefined ? { ...withStart, fteEnd: report.staffing.fteEnd } : withStart;
}

const ASSESSMENTS: readonly Assessment[] = ['good', 'attention', 'problem', 'notAssessed'];
const CATEGORIES: readonly KpiCategory[] = ['users', 'usage', 'communication', 'support', 'documentation', 'training', 'other'];

function assessmentOr(value: unknown, fallback: Assessment): Assessment {
  return ASSESSMENTS.indexOf(value as Assessment) >= 0 ? (value as Assessment) : fallback;
}

/** Stored statuses; a summary without them (format 1) has only the economy assessment, the rest "not assessed". */
function parseJudgements(raw: unknown, economy: Assessment): ISummaryJudgements {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { overall?: unknown; dimensions?: unknown };
  const d = (typeof r.dimensions === 'object' && r.dimensions !== null ? r.dimensions : {}) as Record<string, unknown>;
  const dimensions = {} as Record<JudgementDimension, Assessment>;
  JUDGEMENT_DIMENSIONS.forEach((dimension) => {
    dimensions[dimension] = assessmentOr(d[dimension], dimension === 'economy' ? economy : 'notAssessed');
  });
  return { overall: assessmentOr(r.overall, 'notAssessed'), dimensions };
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Stored headline figures; entries that are not one are left out. */
function parseHeadline(raw: unknown): ISummaryHeadline[] {
  if (!Array.isArray(raw)) return [];
  const out: ISummaryHeadline[] = [];
  (raw as unknown[]).forEach((item) => {
    if (typeof item !== 'object' || item === null) return;
    const x = item as Record<string, unknown>;
    if (typeof x.key !== 'string' || typeof x.label !== 'string') return;
    const numbers: Record<string, number> = {};
    (['value', 'previous', 'difference', 'changePercent'] as const).forEach((name) => {
      const n = finite(x[name]);
      if (n !== undefined) numbers[name] = n;
    });
    out.push({ key: x.key, label: x.label, unit: typeof x.unit === 'string' ? x.unit : '', ...numbers });
  });
  return out;
}

/** The object a stored JSON text holds; undefined for no text, bad JSON or anything but an object. */
function jsonObject(json: string | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const raw: unknown = JSON.parse(json);
    return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a stored summary back; undefined when the text is not one (then summarize the snapshot's report). */
export function parseSummary(json: string | undefined): IReportSummaryFacts | undefined {
  const r = jsonObject(json);
  if (!r) return undefined;
  if (READABLE_FORMATS.indexOf(r.format as number) < 0 || typeof r.objectKey !== 'string' || !isValidQuarter(r.period as IQuarter) || !Array.isArray(r.kpis)) return undefined;
  const kpis: ISummaryKpi[] = [];
  for (const k of r.kpis as unknown[]) {
    if (typeof k !== 'object' || k === null) return undefined;
    const x = k as Record<string, unknown>;
    if (typeof x.key !== 'string' || typeof x.label !== 'string') return undefined;
    const category = CATEGORIES.indexOf(x.category as KpiCategory) >= 0 ? (x.category as KpiCategory) : 'other';
    const base = { key: x.key, label: x.label, unit: typeof x.unit === 'string' ? x.unit : '', category };
    kpis.push(typeof x.value === 'number' && Number.isFinite(x.value) ? { ...base, value: x.value } : base);
  }
  const period = r.period as IQuarter;
  const c = (typeof r.coordinator === 'object' && r.coordinator !== null ? r.coordinator : {}) as Record<string, unknown>;
  const displayName = typeof c.displayName === 'string' ? c.displayName : '';
  const economyAssessment = ASSESSMENTS.indexOf(r.economyAssessment as Assessment) >= 0 ? (r.economyAssessment as Assessment) : 'notAssessed';
  const facts: IReportSummaryFacts = {
    format: SUMMARY_FORMAT,
    objectKey: r.objectKey,
    objectTitle: typeof r.objectTitle === 'string' ? r.objectTitle : '',
    period: { year: period.year, quarter: period.quarter },
    coordinator: typeof c.email === 'string' && c.email ? { displayName, email: c.email } : { displayName },
    kpis,
    economyAssessment,
    openProblems: typeof r.openProblems === 'number' && r.openProblems >= 0 ? Math.floor(r.openProblems) : 0,
    judgements: parseJudgements(r.judgements, economyAssessment),
    headline: parseHeadline(r.headline)
  };
  const withStart = typeof r.fteStart === 'number' ? { ...facts, fteStart: r.fteStart } : facts;
  return typeof r.fteEnd === 'number' ? { ...withStart, fteEnd: r.fteEnd } : withStart;
}

/** Format version of the stored status (`StatusJson`). */
export const STATUS_FORMAT = 1;
const READABLE_STATUS_FORMATS: readonly number[] = [1];

/**
 * What the portfolio shows of an approved report: its judged statuses, economy assessment,
 * open problems and first headline figure. Stored beside each new snapshot as `StatusJson`
 * (a few hundred bytes, where `SummaryJson` carries every KPI for the trend); a summary has
 * every field of it, so snapshots stored before it existed read from their `SummaryJson`.
 */
export interface IReportStatusFacts {
  readonly economyAssessment: Assessment;
  readonly openProblems: number;
  readonly judgements: ISummaryJudgements;
  /** The first headline figure, when the report has one (the portfolio shows that one). */
  readonly headline: readonly ISummaryHeadline[];
}

/** The status facts of a summary (pure). */
export function statusOfSummary(summary: IReportStatusFacts): IReportStatusFacts {
  return {
    economyAssessment: summary.economyAssessment,
    openProblems: summary.openProblems,
    judgements: summary.judgements,
    headline: summary.headline.slice(0, 1)
  };
}

/** The text stored as `StatusJson` for a frozen report. */
export function statusJsonOf(report: IStatusReport): string {
  return JSON.stringify({ format: STATUS_FORMAT, ...statusOfSummary(summarizeReport(report)) });
}

/** Reads a stored status back; undefined when the text is not one (then read the summary). */
export function parseStatus(json: string | undefined): IReportStatusFacts | undefined {
  const r = jsonObject(json);
  if (!r) return undefined;
  if (READABLE_STATUS_FORMATS.indexOf(r.format as number) < 0 || typeof r.judgements !== 'object' || r.judgements === null) return undefined;
  const economyAssessment = assessmentOr(r.economyAssessment, 'notAssessed');
  return {
    economyAssessment,
    openProblems: typeof r.openProblems === 'number' && r.openProblems >= 0 ? Math.floor(r.openProblems) : 0,
    judgements: parseJudgements(r.judgements, economyAssessment),
    headline: parseHeadline(r.headline).slice(0, 1)
  };
}

/** One approved snapshot as the trend needs it. */
export interface IApprovedSummary {
  readonly revision: number;
  readonly summary: IReportSummaryFacts;
}

/**
 * The KPI trend of an object from its approved snapshots: per quarter the highest approved
 * revision counts; one series per KPI definition with a number in some quarter, a point per
 * approved quarter (a gap where that quarter has no number). Definitions are ordered as in
 * the newest approved report, then those only older reports had; labels come from the newest
 * report that has the definition. Oldest quarter first.
 */
export function trendFromSummaries(approved: readonly IApprovedSummary[]): IKpiSeries[] {
  const perQuarter = new Map<number, IApprovedSummary>();
  approved.forEach((a) => {
    const i = quarterIndex(a.summary.period);
    const cur = perQuarter.get(i);
    if (!cur || a.revision > cur.revision) perQuarter.set(i, a);
  });
  const newestFirst = Array.from(perQuarter.values()).sort((a, b) => compareQuarters(b.summary.period, a.summary.period));
  const periods = newestFirst.map((a) => a.summary.period).reverse();
  const definitions: IKpiDefinition[] = [];
  newestFirst.forEach((a) =>
    a.summary.kpis.forEach((k) => {
      if (!definitions.some((d) => d.key === k.key)) definitions.push({ key: k.key, label: k.label, unit: k.unit, category: k.category });
    })
  );
  return definitions
    .map((definition): IKpiSeries => {
      const points = periods.map((period): IKpiHistoryPoint => {
        const a = perQuarter.get(quarterIndex(period));
        const value = a?.summary.kpis.find((k) => k.key === definition.key)?.value;
        return value !== undefined ? { period, value } : { period };
      });
      return { definition, points };
    })
    .filter((s) => s.points.some((p) => p.value !== undefined));
}
