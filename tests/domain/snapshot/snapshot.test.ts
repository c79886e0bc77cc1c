import type { IStatusReport } from '../../../src/domain/model';
import { parseSummary, summarizeReport, trendFromSummaries, type IApprovedSummary } from '../../../src/domain/snapshot';
import { seedReport } from '../../support/seed';

function withKpi(report: IStatusReport, key: string, n: number | undefined, period: IStatusReport['header']['period']): IStatusReport {
  return {
    ...report,
    header: { ...report.header, period },
    kpis: report.kpis.map((k) => (k.definitionKey === key ? { ...k, current: n === undefined ? undefined : { text: String(n), number: n } } : k))
  };
}

describe('summarizeReport', () => {
  const seed = seedReport();

  it('keeps each definition in table order with this quarter\'s number', () => {
    const s = summarizeReport(seed);
    expect(s.objectKey).toBe('SHVO');
    expect(s.period).toEqual({ year: 2025, quarter: 4 });
    expect(s.kpis.map((k) => k.key)).toEqual(seed.kpiDefinitions.map((d) => d.key));
    const registered = s.kpis.find((k) => k.key === 'registered-users');
    expect(registered?.value).toBe(seed.kpis.find((k) => k.definitionKey === 'registered-users')?.current?.number);
    expect(typeof registered?.value).toBe('number');
    expect(s.economyAssessment).toBe(seed.economy.assessment);
    expect(s.openProblems).toBe(seed.problems.filter((p) => p.status === 'open').length);
  });

  it('leaves out numbers of empty or textual cells', () => {
    const s = summarizeReport(withKpi(seed, 'registered-users', undefined, seed.header.period));
    expect(s.kpis.find((k) => k.key === 'registered-users')).not.toHaveProperty('value');
  });

  it('round-trips through JSON and refuses what is not a summary', () => {
    const s = summarizeReport(seed);
    expect(parseSummary(JSON.stringify(s))).toEqual(s);
    expect(parseSummary(undefined)).toBeUndefined();
    expect(parseSummary('')).toBeUndefined();
    expect(parseSummary('{not json')).toBeUndefined();
    expect(parseSummary(JSON.stringify({ ...s, format: 99 }))).toBeUndefined();
    expect(parseSummary(JSON.stringify({ ...s, period: { year: 2025, quarter: 7 } }))).toBeUndefined();
    expect(parseSummary(JSON.stringify({ ...s, kpis: [{ key: 1 }] }))).toBeUndefined();
  });
});

describe('trendFromSummaries', () => {
  const seed = seedReport();
  const at = (year: number, quarter: 1 | 2 | 3 | 4, n: number, revision = 1): IApprovedSummary => ({
    revision,
    summary: summarizeReport(withKpi(seed, 'registered-users', n, { year, quarter }))
  });

  it('gives a point per approved quarter, oldest first, the highest revision of a quarter winning', () => {
    const trend = trendFromSummaries([at(2025, 4, 300), at(2025, 1, 100), at(2025, 4, 250, 2), at(2024, 4, 50)]);
    const registered = trend.find((s) => s.definition.key === 'registered-users');
    expect(registered?.points).toEqual([
      { period: { year: 2024, quarter: 4 }, value: 50 },
      { period: { year: 2025, quarter: 1 }, value: 100 },
      { period: { year: 2025, quarter: 4 }, value: 250 }
    ]);
  });

  it('shows a gap where a quarter has no number, and drops series without any', () => {
    const gap = { revision: 1, summary: summarizeReport(withKpi(seed, 'registered-users', undefined, { year: 2025, quarter: 2 })) };
    const trend = trendFromSummaries([at(2025, 1, 100), gap, at(2025, 3, 300)]);
    expect(trend.find((s) => s.definition.key === 'registered-users')?.points[1]).toEqual({ period: { year: 2025, quarter: 2 } });
    const none = trendFromSummaries([gap]);
    expect(none.find((s) => s.definition.key === 'registered-users')).toBeUndefined();
    expect(trendFromSummaries([])).toEqual([]);
  });
});
