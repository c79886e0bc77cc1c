jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import { LocaleFormatter } from '../../../src/components/shared/format';
import {
  buildChartConfig,
  chartSummary,
  quarterAxis,
  seriesSummary,
  valuesOnAxis
} from '../../../src/components/KpiTrendChart/trendData';
import type { IKpiSeries } from '../../../src/domain/model';
import { SHVO_HISTORY } from '../support/shvoFixture';

const sv = new LocaleFormatter('sv-SE');
const colors = { series: ['#0078d4', '#107c10', '#8764b8', '#323130'], text: '#323130', grid: '#edebe9' };
const [registered, active, share, fte] = SHVO_HISTORY;

describe('trend data', () => {
  it('puts the quarters of all series on the x-axis, oldest first, once each', () => {
    const shuffled: IKpiSeries = { ...share, points: [share.points[1], share.points[0]] };
    expect(quarterAxis([shuffled, fte])).toEqual([
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 4 }
    ]);
    expect(quarterAxis([registered, share]).map((q) => `${q.year}Q${q.quarter}`)).toEqual([
      '2024Q4',
      '2025Q1',
      '2025Q2',
      '2025Q3',
      '2025Q4'
    ]);
  });

  it('aligns values to the axis and keeps gaps as gaps', () => {
    const axis = quarterAxis([registered, share]);
    expect(valuesOnAxis(share, axis)).toEqual([40.8, undefined, undefined, undefined, 46.6]);
    expect(valuesOnAxis(active, axis)).toEqual([21545, 23100, undefined, 27011, 28852]);
  });

  it('draws a gap as null with spanGaps off, never as zero', () => {
    const config = buildChartConfig([registered, active], colors, sv);
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
    const [first, second] = config.data.datasets;
    expect(first.data).toEqual([52796, 54010, 56500, 59020, 61829]);
    expect(second.data).toEqual([21545, 23100, null, 27011, 28852]);
    expect(second.data).not.toContain(0);
    expect(second.spanGaps).toBe(false);
    expect(first.borderColor).toBe('#0078d4');
    expect(second.borderColor).toBe('#107c10');
    // Lines differ by dash and point style too, not by colour alone.
    expect(first.borderDash).not.toEqual(second.borderDash);
    expect(first.pointStyle).not.toBe(second.pointStyle);
  });

  it('gives percentages their own axis when mixed with counts', () => {
    const mixed = buildChartConfig([active, share], colors, sv);
    expect(mixed.data.datasets.map((d) => d.yAxisID)).toEqual(['y', 'yPercent']);
    expect(mixed.options?.scales?.yPercent).toBeDefined();
    const percentOnly = buildChartConfig([share], colors, sv);
    expect(percentOnly.data.datasets[0].yAxisID).toBe('y');
    expect(percentOnly.options?.scales?.yPercent).toBeUndefined();
  });

  it('summarises a series in words for screen readers', () => {
    expect(seriesSummary(active, sv)).toBe(
      'Antal aktiva användare i SAMSA IT-tjänst ökade från 21\u00A0545 (Q4 2024) till 28\u00A0852 (Q4 2025)'
    );
    expect(seriesSummary(fte, sv)).toBe('Årsarbetare minskade från 6 (Q4 2024) till 4 (Q4 2025)');
    expect(seriesSummary(share, sv)).toBe(
      'Andel aktiva användare av registrerade användare i SAMSA IT-tjänst ökade från 40,8\u00A0% (Q4 2024) till 46,6\u00A0% (Q4 2025)'
    );
    const onlyGap: IKpiSeries = { definition: fte.definition, points: [{ period: { year: 2025, quarter: 1 } }] };
    expect(seriesSummary(onlyGap, sv)).toBe('Årsarbetare: inga godkända värden');
    const single: IKpiSeries = { definition: fte.definition, points: [{ period: { year: 2025, quarter: 1 }, value: 5 }] };
    expect(seriesSummary(single, sv)).toBe('Årsarbetare: 5 (Q1 2025)');
    expect(chartSummary([registered, fte], sv)).toBe(
      'Totalt registrerade användare i SAMSA IT-tjänst ökade från 52\u00A0796 (Q4 2024) till 61\u00A0829 (Q4 2025). Årsarbetare minskade från 6 (Q4 2024) till 4 (Q4 2025)'
    );
    const flat: IKpiSeries = {
      definition: fte.definition,
      points: [
        { period: { year: 2025, quarter: 1 }, value: 4 },
        { period: { year: 2025, quarter: 3 }, value: 4 }
      ]
    };
    expect(seriesSummary(flat, sv)).toBe('Årsarbetare var oförändrat, 4, mellan Q1 2025 och Q3 2025');
    expect(chartSummary([], sv)).toBe('Välj minst ett nyckeltal att visa.');
  });
});
