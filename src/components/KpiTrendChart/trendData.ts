import type { IKpiSeries, IQuarter } from '../../domain/model';
import { isPercentUnit, LocaleFormatter } from '../shared/format';
import type { TrendChartConfiguration } from './chartSetup';
import { fill, message } from '../../messages';

/** The quarters a set of series covers, oldest first, without duplicates. */
export function quarterAxis(series: readonly IKpiSeries[]): IQuarter[] {
  const seen: Record<string, IQuarter> = {};
  series.forEach((one) =>
    one.points.forEach((point) => {
      seen[`${point.period.year}-${point.period.quarter}`] = point.period;
    })
  );
  return Object.keys(seen)
    .map((key) => seen[key])
    .sort((a, b) => a.year * 4 + a.quarter - (b.year * 4 + b.quarter));
}

/** A series' values aligned to `axis`; undefined where the history has a gap. */
export function valuesOnAxis(series: IKpiSeries, axis: readonly IQuarter[]): (number | undefined)[] {
  return axis.map((quarter) => {
    const point = series.points.filter((p) => p.period.year === quarter.year && p.period.quarter === quarter.quarter)[0];
    return point ? point.value : undefined;
  });
}

function formatValue(value: number, series: IKpiSeries, formatter: LocaleFormatter): string {
  return formatter.kpiValue(value, series.definition.unit);
}

/**
 * One sentence per series for screen readers (and the print image's alt text):
 * "Aktiva användare ökade från 21 545 (Q4 2024) till 28 852 (Q4 2025)".
 */
export function seriesSummary(series: IKpiSeries, formatter: LocaleFormatter): string {
  const known = series.points.filter((point) => point.value !== undefined);
  const label = series.definition.label;
  if (known.length === 0) return message('chart.summary.noData', [label]);
  const first = known[0];
  const last = known[known.length - 1];
  const lastText = formatValue(last.value as number, series, formatter);
  if (known.length === 1) {
    return message('chart.summary.single', [label, lastText, formatter.quarter(last.period)]);
  }
  const firstText = formatValue(first.value as number, series, formatter);
  const template =
    (last.value as number) > (first.value as number)
      ? message('chart.summary.increased')
      : (last.value as number) < (first.value as number)
      ? message('chart.summary.decreased')
      : message('chart.summary.unchanged');
  return fill(template, [label, firstText, formatter.quarter(first.period), lastText, formatter.quarter(last.period)]);
}

export function chartSummary(series: readonly IKpiSeries[], formatter: LocaleFormatter): string {
  if (!series.length) return message('chart.nothingSelected');
  return series.map((one) => seriesSummary(one, formatter)).join('. ');
}

const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINT_STYLES: ('circle' | 'rect' | 'triangle' | 'rectRot')[] = ['circle', 'rect', 'triangle', 'rectRot'];

export interface IChartColors {
  readonly series: readonly string[];
  readonly text: string;
  readonly grid: string;
}

/**
 * The chart.js configuration: quarters on x, one line per series, gaps as gaps (null and
 * spanGaps false, never zero). Percentages get their own axis on the right.
 */
export function buildChartConfig(
  series: readonly IKpiSeries[],
  colors: IChartColors,
  formatter: LocaleFormatter
): TrendChartConfiguration {
  const axis = quarterAxis(series);
  const hasPercent = series.some((one) => isPercentUnit(one.definition.unit));
  const hasCount = series.some((one) => !isPercentUnit(one.definition.unit));
  const tick = (value: number | string): string => (typeof value === 'number' ? formatter.number(value) : value);
  return {
    type: 'line',
    data: {
      labels: axis.map((quarter) => formatter.quarter(quarter)),
      datasets: series.map((one, index) => {
        const color = colors.series[index % colors.series.length];
        return {
          label: one.definition.label,
          // chart.js marks a gap with null; undefined would be drawn differently across versions.
          data: valuesOnAxis(one, axis).map((value) => (value === undefined ? null : value)), // eslint-disable-line @rushstack/no-new-null
          spanGaps: false,
          borderColor: color,
          backgroundColor: color,
          borderWidth: 2,
          borderDash: DASHES[index % DASHES.length],
          pointStyle: POINT_STYLES[index % POINT_STYLES.length],
          pointRadius: 4,
          yAxisID: isPercentUnit(one.definition.unit) && hasCount ? 'yPercent' : 'y'
        };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // No animation: honours reduced motion and makes the print image complete at once.
      animation: false,
      locale: formatter.locale,
      plugins: {
        legend: { labels: { color: colors.text, usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const one = series[item.datasetIndex];
              return `${one.definition.label}: ${formatValue(item.parsed.y as number, one, formatter)}`;
            }
          }
        }
      },
      scales: {
        x: { type: 'category', ticks: { color: colors.text }, grid: { color: colors.grid } },
        y: {
          type: 'linear',
          beginAtZero: true,
          ticks: { color: colors.text, callback: tick },
          grid: { color: colors.grid }
        },
        ...(hasPercent && hasCount
          ? {
              yPercent: {
                type: 'linear' as const,
                position: 'right' as const,
                beginAtZero: true,
                max: 100,
                ticks: { color: colors.text, callback: (value: number | string) => `${tick(value)} %` },
                grid: { drawOnChartArea: false }
              }
            }
          : {})
      }
    }
  };
}
