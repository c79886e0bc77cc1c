/**
 * Everything chart.js: loaded on demand (`import()` in KpiTrendChart) so chart.js stays out of
 * the web part's first bundle. Only the pieces a line chart with a category x-axis needs are
 * registered, so tree shaking drops the rest.
 */
import {
  CategoryScale,
  Chart,
  ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip
} from 'chart.js';

export const REGISTERED_CHART_PARTS = [LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend];

Chart.register(...REGISTERED_CHART_PARTS);

/** What the component needs of a chart instance. */
export interface IChartHandle {
  destroy(): void;
}

export type TrendChartConfiguration = ChartConfiguration<'line', (number | null)[], string>; // eslint-disable-line @rushstack/no-new-null

export function createLineChart(canvas: HTMLCanvasElement, config: TrendChartConfiguration): IChartHandle {
  return new Chart(canvas, config);
}
