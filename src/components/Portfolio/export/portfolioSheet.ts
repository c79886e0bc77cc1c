/**
 * What the Excel export holds: the rows shown (current filter and sort) and the columns of the
 * current view, headers in the page's language. Numbers stay numbers, dates dates; statuses are
 * their words. Pure apart from the message catalogue, so it is tested without a file.
 */
import { JUDGEMENT_DIMENSIONS } from '../../../domain/judgement';
import type { IQuarter } from '../../../domain/model';
import { dueOf, type IPortfolioEntry, type PortfolioTab } from '../../../domain/portfolio';
import { quartersEqual } from '../../../domain/quarter';
import { message } from '../../../messages';
import { judgementTargetLabel } from '../../Judgement/judgementLabels';
import { assessmentLabel } from '../../shared/assessment';
import { isPercentUnit, type LocaleFormatter } from '../../shared/format';
import { dueText } from '../cells';

export type SheetCell =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'empty' };

export interface IPortfolioSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
}

const EMPTY: SheetCell = { kind: 'empty' };
const text = (value: string): SheetCell => ({ kind: 'text', value });
const numberCell = (value: number | undefined, format?: string): SheetCell =>
  value === undefined ? EMPTY : format ? { kind: 'number', value, format } : { kind: 'number', value };

/** The calendar date of a timestamp in the viewer's time zone, as a date-only value (Excel dates have no zone). */
export function calendarDate(iso: string | undefined): Date | undefined {
  const t = iso ? Date.parse(iso) : NaN;
  if (isNaN(t)) return undefined;
  const local = new Date(t);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

function latestSheet(entries: readonly IPortfolioEntry[], formatter: LocaleFormatter, today: Date): Omit<IPortfolioSheet, 'name'> {
  const headers = [
    message('report.field.object'),
    judgementTargetLabel('overall'),
    ...JUDGEMENT_DIMENSIONS.map((d) => judgementTargetLabel(d)),
    message('portfolio.column.period'),
    message('portfolio.column.approved'),
    message('portfolio.column.status'),
    message('portfolio.column.kpi'),
    message('portfolio.column.kpiValue'),
    message('portfolio.column.kpiPrevious'),
    message('portfolio.column.kpiChange'),
    message('portfolio.column.kpiDifference'),
    message('portfolio.column.problems')
  ];
  const rows = entries.map((entry): SheetCell[] => {
    const j = entry.judgements;
    const h = entry.headline;
    const approved = calendarDate(entry.approvedAt);
    const percentFormat = h && isPercentUnit(h.unit) ? '0.0' : undefined;
    return [
      text(entry.object.title),
      j ? text(assessmentLabel(j.overall)) : EMPTY,
      ...JUDGEMENT_DIMENSIONS.map((d) => (j ? text(assessmentLabel(j.dimensions[d])) : EMPTY)),
      entry.latestApprovedPeriod ? text(formatter.quarter(entry.latestApprovedPeriod)) : EMPTY,
      approved ? { kind: 'date', value: approved } : EMPTY,
      text(dueText(dueOf(entry, today), formatter)),
      h ? text(h.unit ? `${h.label} (${h.unit})` : h.label) : EMPTY,
      numberCell(h?.value, percentFormat),
      numberCell(h?.previous, percentFormat),
      // A fraction with a percent format: Excel shows 17.1 % and computes with 0.171.
      numberCell(h?.changePercent !== undefined ? h.changePercent / 100 : undefined, '0.0%'),
      numberCell(h?.difference),
      numberCell(entry.openProblems)
    ];
  });
  return { headers, rows };
}

function quartersSheet(entries: readonly IPortfolioEntry[], quarters: readonly IQuarter[], formatter: LocaleFormatter): Omit<IPortfolioSheet, 'name'> {
  const headers = [message('report.field.object'), ...quarters.map((q) => formatter.quarter(q)), judgementTargetLabel('overall')];
  const rows = entries.map((entry): SheetCell[] => [
    text(entry.object.title),
    ...quarters.map((quarter) => {
      const point = (entry.quarters ?? []).filter((p) => quartersEqual(p.period, quarter))[0];
      return text(point ? assessmentLabel(point.status) : message('portfolio.noReport'));
    }),
    entry.judgements ? text(assessmentLabel(entry.judgements.overall)) : EMPTY
  ]);
  return { headers, rows };
}

export function portfolioSheet(
  entries: readonly IPortfolioEntry[],
  tab: PortfolioTab,
  quarters: readonly IQuarter[],
  formatter: LocaleFormatter,
  today: Date
): IPortfolioSheet {
  const body = tab === 'latest' ? latestSheet(entries, formatter, today) : quartersSheet(entries, quarters, formatter);
  return { name: message('portfolio.sheet'), ...body };
}

/** "portfolj-2026-02-15.xlsx": the export's file name, dated by the viewer's calendar. */
export function exportFileName(today: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${message('portfolio.fileName')}-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.xlsx`;
}
