/**
 * Pure mapping between the report model and SharePoint list rows (no PnPjs here, so it is
 * tested on its own). Every text is stored exactly as written; numbers go to Number columns
 * beside their text. Empty optional values are written as null so an update clears them.
 */
import type {
  ActivityStatus,
  ApprovalState,
  Assessment,
  IEvent,
  IKpiDefinition,
  IKpiEntry,
  IKpiValue,
  IMeeting,
  IPlannedActivity,
  IProblem,
  IQuarter,
  IReportJudgements,
  IStatusReport,
  ITextItem,
  KpiCategory,
  ProblemStatus,
  QuarterNumber
} from '../../../domain/model';
import { judgementsFromJson } from '../../../domain/judgement';
import type { IReportingBackItem } from '../../../domain/board/model';
import { reportingBackFromJson } from '../../../domain/board/reportingBack';
import type { ListKey } from '../../schema/schema';
import { siteDates, type ISiteDates } from './siteDates';

/** A list item as read or written: internal column name → value. */
export type Row = Record<string, unknown>;

/** Part lists written per report, in save order. */
export const PART_LISTS = ['events', 'kpiValues', 'meetings', 'problems', 'activities', 'staffing', 'communication'] as const;
export type PartListKey = (typeof PART_LISTS)[number] & ListKey;

const TITLE_MAX = 255;

/** Title columns are required and single-line: a readable prefix of the row's text. */
export function titleOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > TITLE_MAX ? oneLine.slice(0, TITLE_MAX - 1) + '…' : oneLine || '-';
}

export function periodKey(period: IQuarter): string {
  return `${period.year}-Q${period.quarter}`;
}

/** Unique key of a report header: one report per object and quarter. */
export function reportRowKey(objectKey: string, period: IQuarter): string {
  return `${objectKey}-${periodKey(period)}`;
}

/**
 * Unique key of a part row: report id, part and position. Positional keys are deterministic,
 * so repeating a save addresses the same rows and can never add a duplicate.
 */
export function partRowKey(reportId: number, part: PartListKey, index: number): string {
  return `${reportId}/${part}/${String(index).padStart(4, '0')}`;
}

export function kpiDefinitionRowKey(objectKey: string, definitionKey: string): string {
  return `${objectKey}:${definitionKey}`;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
function optNum(v: unknown): number | undefined {
  return typeof v === 'number' && !isNaN(v) ? v : undefined;
}
// SharePoint REST clears a column only when sent null (undefined is dropped by JSON.stringify).
// eslint-disable-next-line @rushstack/no-new-null
function orNull<T>(v: T | undefined): T | null {
  return v === undefined ? null : v;
}
function parseJson<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || v === '') return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

/** Columns of the header row (without Title/RowKey/ApprovalState/Revision bookkeeping, see headerRow). */
export function headerRow(report: IStatusReport): Row {
  const h = report.header;
  return {
    Title: titleOf(`${h.objectKey} ${periodKey(h.period)}`),
    RowKey: reportRowKey(h.objectKey, h.period),
    ObjectKey: h.objectKey,
    ObjectTitle: h.objectTitle,
    PeriodYear: h.period.year,
    PeriodQuarter: h.period.quarter,
    CoordinatorName: h.coordinator.displayName,
    CoordinatorEmail: orNull(h.coordinator.email),
    Mission: h.mission,
    KpiSectionTitle: report.kpiSectionTitle,
    KpiDefinitionKeys: JSON.stringify(report.kpiDefinitions.map((d) => d.key)),
    ChartCaption: report.chartCaption,
    EconomyItems: JSON.stringify(report.economy.items),
    EconomyAssessment: report.economy.assessment,
    FteStart: orNull(report.staffing.fteStart),
    FteEnd: orNull(report.staffing.fteEnd),
    Judgements: report.judgements ? JSON.stringify(report.judgements) : null,
    HeadlineKpis: report.headlineKpis ? JSON.stringify(report.headlineKpis) : null,
    ReportingBack: report.reportingBack && report.reportingBack.length > 0 ? JSON.stringify(report.reportingBack) : null
  };
}

function textItemRow(item: ITextItem): Row {
  return { Title: titleOf(item.text), ItemText: item.text, SubItems: JSON.stringify(item.subItems) };
}

function textItemFrom(row: Row): ITextItem {
  return { text: str(row.ItemText), subItems: parseJson<string[]>(row.SubItems, []) };
}

function kpiValueColumns(prefix: 'Current' | 'Previous', v: IKpiValue | undefined): Row {
  return {
    [`${prefix}Text`]: v === undefined ? null : v.text,
    [`${prefix}Number`]: orNull(v?.number),
    [`${prefix}Qualifier`]: orNull(v?.qualifier)
  };
}

function kpiValueFrom(prefix: 'Current' | 'Previous', row: Row): IKpiValue | undefined {
  const text = row[`${prefix}Text`];
  if (typeof text !== 'string') return undefined;
  const value: { text: string; number?: number; qualifier?: string } = { text };
  const n = optNum(row[`${prefix}Number`]);
  if (n !== undefined) value.number = n;
  const q = row[`${prefix}Qualifier`];
  if (typeof q === 'string') value.qualifier = q;
  return value;
}

/** The rows of every part list of a report, in order (without Report/RowKey/SortOrder). */
export function partRows(report: IStatusReport, dates: ISiteDates = siteDates()): Record<PartListKey, Row[]> {
  const { objectKey, period } = report.header;
  return {
    events: report.events.map((e) => ({ ...textItemRow(e), EventDate: e.date ? dates.toStored(e.date) : null })),
    kpiValues: report.kpis.map((k) => ({
      Title: titleOf(k.definitionKey),
      ObjectKey: objectKey,
      PeriodYear: period.year,
      PeriodQuarter: period.quarter,
      DefinitionKey: k.definitionKey,
      ...kpiValueColumns('Current', k.current),
      ...kpiValueColumns('Previous', k.previous),
      KpiComment: k.comment
    })),
    meetings: report.meetings.map((m) => ({
      Title: titleOf(m.type),
      MeetingType: m.type,
      CurrentText: m.current,
      PreviousText: m.previous,
      Purpose: m.purpose
    })),
    problems: report.problems.map((p) => ({ ...textItemRow(p), ProblemStatus: p.status })),
    activities: report.activities.map((a) => ({ ...textItemRow(a), ActivityStatus: a.status })),
    staffing: report.staffing.items.map(textItemRow),
    communication: report.communication.map(textItemRow)
  };
}

export function kpiDefinitionRow(objectKey: string, d: IKpiDefinition): Row {
  return {
    Title: d.label,
    RowKey: kpiDefinitionRowKey(objectKey, d.key),
    ObjectKey: objectKey,
    DefinitionKey: d.key,
    Unit: d.unit,
    Category: d.category
  };
}

export function kpiDefinitionFrom(row: Row): IKpiDefinition {
  return {
    key: str(row.DefinitionKey),
    label: str(row.Title),
    unit: str(row.Unit),
    category: (str(row.Category) || 'other') as KpiCategory
  };
}

function bySortOrder(rows: readonly Row[]): Row[] {
  return rows.slice().sort((a, b) => (optNum(a.SortOrder) ?? 0) - (optNum(b.SortOrder) ?? 0));
}

export function approvalFrom(v: unknown): ApprovalState {
  return v === 'pending' || v === 'approved' || v === 'returned' ? v : 'draft';
}

/** Rebuilds a report from its header row, part rows and the object's KPI definitions. */
export function reportFromRows(
  header: Row,
  parts: Record<PartListKey, readonly Row[]>,
  definitions: readonly IKpiDefinition[],
  dates: ISiteDates = siteDates()
): IStatusReport {
  const defKeys = parseJson<string[]>(header.KpiDefinitionKeys, []);
  const email = header.CoordinatorEmail;
  return {
    header: {
      objectKey: str(header.ObjectKey),
      objectTitle: str(header.ObjectTitle),
      period: { year: optNum(header.PeriodYear) ?? 0, quarter: (optNum(header.PeriodQuarter) ?? 1) as QuarterNumber },
      coordinator: typeof email === 'string' ? { displayName: str(header.CoordinatorName), email } : { displayName: str(header.CoordinatorName) },
      mission: str(header.Mission),
      approval: approvalFrom(header.ApprovalState)
    },
    events: bySortOrder(parts.events).map((r): IEvent => {
      const item = textItemFrom(r);
      return typeof r.EventDate === 'string' && r.EventDate ? { ...item, date: dates.fromStored(r.EventDate) } : item;
    }),
    kpiSectionTitle: str(header.KpiSectionTitle),
    kpiDefinitions: defKeys.map(
      (key) => definitions.find((d) => d.key === key) ?? { key, label: key, unit: '', category: 'other' as KpiCategory }
    ),
    kpis: bySortOrder(parts.kpiValues).map((r): IKpiEntry => {
      const entry: { definitionKey: string; current?: IKpiValue; previous?: IKpiValue; comment: string } = {
        definitionKey: str(r.DefinitionKey),
        comment: str(r.KpiComment)
      };
      const current = kpiValueFrom('Current', r);
      if (current) entry.current = current;
      const previous = kpiValueFrom('Previous', r);
      if (previous) entry.previous = previous;
      return entry;
    }),
    meetings: bySortOrder(parts.meetings).map(
      (r): IMeeting => ({ type: str(r.MeetingType), current: str(r.CurrentText), previous: str(r.PreviousText), purpose: str(r.Purpose) })
    ),
    chartCaption: str(header.ChartCaption),
    problems: bySortOrder(parts.problems).map(
      (r): IProblem => ({ ...textItemFrom(r), status: (r.ProblemStatus === 'closed' ? 'closed' : 'open') as ProblemStatus })
    ),
    activities: bySortOrder(parts.activities).map(
      (r): IPlannedActivity => ({
        ...textItemFrom(r),
        status: (r.ActivityStatus === 'ongoing' || r.ActivityStatus === 'done' ? r.ActivityStatus : 'planned') as ActivityStatus
      })
    ),
    economy: {
      items: parseJson<ITextItem[]>(header.EconomyItems, []),
      assessment: (str(header.EconomyAssessment) || 'notAssessed') as Assessment
    },
    staffing: withOptional(
      withOptional({ items: bySortOrder(parts.staffing).map(textItemFrom) }, 'fteStart', optNum(header.FteStart)),
      'fteEnd',
      optNum(header.FteEnd)
    ),
    communication: bySortOrder(parts.communication).map(textItemFrom),
    ...judgementFields(header),
    ...reportingBackField(header)
  };
}

/** Judgements and headline KPIs of a header row; a value that is not what the product writes counts as absent. */
function judgementFields(header: Row): { judgements?: IReportJudgements; headlineKpis?: readonly string[] } {
  const judgements = judgementsFromJson(header.Judgements);
  const headline = parseJson<unknown>(header.HeadlineKpis, undefined);
  const keys = Array.isArray(headline) && headline.every((k) => typeof k === 'string') ? (headline as string[]) : undefined;
  return { ...(judgements ? { judgements } : {}), ...(keys ? { headlineKpis: keys } : {}) };
}

/** The reporting-back section of a header row; absent when empty or not what the product writes. */
function reportingBackField(header: Row): { reportingBack?: readonly IReportingBackItem[] } {
  const items = reportingBackFromJson(header.ReportingBack);
  return items && items.length > 0 ? { reportingBack: items } : {};
}

function withOptional<T extends object, K extends string, V>(obj: T, key: K, value: V | undefined): T {
  return value === undefined ? obj : { ...obj, [key]: value };
}

/**
 * True when writing `desired` over `existing` would change a stored value. Columns that were
 * not read (e.g. Title, derived from the text columns) are not compared.
 */
export function rowDiffers(existing: Row, desired: Row): boolean {
  return Object.keys(desired).some((k) => k in existing && !sameValue(existing[k], desired[k]));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function sameValue(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  // Instants compare as instants (SharePoint may answer "…T23:00:00Z" for "…T23:00:00.000Z").
  if (typeof b === 'string' && typeof a === 'string' && ISO_INSTANT.test(a) && ISO_INSTANT.test(b)) return Date.parse(a) === Date.parse(b);
  return a === b;
}
