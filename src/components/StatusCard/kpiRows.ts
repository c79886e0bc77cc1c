import type { IKpiDefinition, IKpiEntry, IKpiValue, IStatusReport } from '../../domain/model';
import { changeAbsolute, changePercent } from '../../domain/derived';
import { headlineKpis } from '../../domain/kpi';
import { isPercentUnit, LocaleFormatter } from '../shared/format';

/** A KPI row ready for display: every cell already formatted text. */
export interface IKpiRowView {
  readonly key: string;
  readonly label: string;
  readonly current: string;
  readonly previous: string;
  /** Signed difference, or undefined when the two values cannot be compared. */
  readonly difference?: string;
  /** Signed relative change, or undefined (not comparable, previous is 0, or a percentage KPI). */
  readonly change?: string;
  readonly comment: string;
  /** True when both values are numbers for different periods ("jan–april" vs "jan–maj"). */
  readonly periodsDiffer: boolean;
}

export function definitionFor(report: IStatusReport, key: string): IKpiDefinition {
  const match = report.kpiDefinitions.filter((definition) => definition.key === key)[0];
  return match ?? { key, label: key, unit: '', category: 'other' };
}

/** The unit to format a value in: the definition's, or "%" when the cell itself says so. */
export function unitOf(definition: IKpiDefinition, value: IKpiValue | undefined): string {
  if (definition.unit) return definition.unit;
  return value && /^[^%]*\d[^%]*%\s*$/.test(value.text) && !value.qualifier ? '%' : '';
}

/** A cell: a parsed number formatted for the locale plus its qualifier, else the text as written. */
export function formatKpiValue(value: IKpiValue | undefined, unit: string, formatter: LocaleFormatter): string {
  if (!value) return '';
  if (value.number === undefined) return value.text;
  // A value the author wrote as a change ("+34 %") keeps its sign.
  const number = formatter.kpiValue(value.number, unit, /^\s*\+/.test(value.text));
  return value.qualifier ? `${number} ${value.qualifier}` : number;
}

function sameQualifier(a: IKpiValue, b: IKpiValue): boolean {
  return (a.qualifier ?? '').trim().toLowerCase() === (b.qualifier ?? '').trim().toLowerCase();
}

export function kpiRowView(report: IStatusReport, entry: IKpiEntry, formatter: LocaleFormatter): IKpiRowView {
  const definition = definitionFor(report, entry.definitionKey);
  const unit = unitOf(definition, entry.current ?? entry.previous);
  const current = entry.current;
  const previous = entry.previous;
  const bothNumeric = current?.number !== undefined && previous?.number !== undefined;
  const comparable = bothNumeric && sameQualifier(current as IKpiValue, previous as IKpiValue);
  let difference: string | undefined;
  let change: string | undefined;
  if (comparable) {
    const a = (current as IKpiValue).number as number;
    const b = (previous as IKpiValue).number as number;
    const absolute = changeAbsolute(a, b);
    const percent = changePercent(a, b);
    if (absolute !== undefined) difference = formatter.signedDifference(absolute, unit);
    // A relative change of a percentage is confusing next to its point difference; skip it.
    if (percent !== undefined && !isPercentUnit(unit)) change = formatter.signedRatio(percent / 100);
  }
  return {
    key: entry.definitionKey,
    label: definition.label,
    current: formatKpiValue(current, unit, formatter),
    previous: formatKpiValue(previous, unit, formatter),
    difference,
    change,
    comment: entry.comment,
    periodsDiffer: bothNumeric && !comparable
  };
}

/** Key figures for the summary: the report's headline KPIs (the team's choice, else the default). */
export function keyFigures(report: IStatusReport): readonly IKpiEntry[] {
  return headlineKpis(report);
}
