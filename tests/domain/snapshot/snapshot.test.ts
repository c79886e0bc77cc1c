import type { IStatusReport } from '../../../src/domain/model';
import { parseStatus, parseSummary, statusJsonOf, statusOfSummary, summarizeReport, trendFromSummaries, type IApprovedSummary } from '../../../src/domain/snapshot';
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

  it('holds the judged statuses, the headline figures with their change and the open problems', () => {
    const j = (status: 'good' | 'attention' | 'problem', comment: string = 'Skäl'): { status: typeof status; comment: string } => ({ status, comment });
    const judged: IStatusReport = {
      ...seed,
      judgements: { overall: j('attention'), dimensions: { delivery: j('good', ''), economy: j('good', ''), resources: j('problem'), risks: j('attention') } }
    };
    const s = summarizeReport(judged);
    expect(s.format).toBe(2);
    expect(s.judgements).toEqual({ overall: 'attention', dimensions: { delivery: 'good', economy: 'good', resources: 'problem', risks: 'attention' } });
    const registered = s.headline.find((h) => h.key === 'registered-users');
    expect(registered).toEqual({ key: 'registered-users', label: expect.any(String), unit: 'st', value: 61829, previous: 52796, difference: 9033, changePercent: expect.any(Number) });
    expect(registered?.changePercent).toBeCloseTo(17.109, 3);
    expect(parseSummary(JSON.stringify(s))).toEqual(s);
  });

  it('gives a percentage figure a difference in points and no relative change', () => {
    const seedShare = seed.kpis.find((k) => k.definitionKey === 'share-active-users');
    const report: IStatusReport = { ...seed, headlineKpis: ['share-active-users'] };
    const [share] = summarizeReport(report).headline;
    expect(share.key).toBe('share-active-users');
    expect(share).not.toHaveProperty('changePercent');
    expect(share.difference).toBeCloseTo((seedShare?.current?.number ?? NaN) - (seedShare?.previous?.number ?? NaN), 6);
  });

  it('reads a summary of format 1: statuses from the economy assessment, "not assessed" otherwise, no headline figures', () => {
    const v1 = JSON.parse(JSON.stringify(summarizeReport(seed))) as Record<string, unknown>;
    v1.format = 1;
    delete v1.judgements;
    delete v1.headline;
    v1.economyAssessment = 'attention';
    const read = parseSummary(JSON.stringify(v1));
    expect(read?.judgements).toEqual({ overall: 'notAssessed', dimensions: { delivery: 'notAssessed', economy: 'attention', resources: 'notAssessed', risks: 'notAssessed' } });
    expect(read?.headline).toEqual([]);
    expect(read?.openProblems).toBe(seed.problems.filter((p) => p.status === 'open').length);
  });

  it('ignores broken judgement and headline entries instead of refusing the summary', () => {
    const s = JSON.parse(JSON.stringify(summarizeReport(seed))) as Record<string, unknown>;
    s.judgements = { overall: 'splendid', dimensions: { risks: 'problem' } };
    s.headline = [{ key: 'a', label: 'A', value: 'many' }, 7, { key: 2 }];
    const read = parseSummary(JSON.stringify(s));
    expect(read?.judgements.overall).toBe('notAssessed');
    expect(read?.judgements.dimensions.risks).toBe('problem');
    expect(read?.headline).toEqual([{ key: 'a', label: 'A', unit: '' }]);
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

describe('stored status (StatusJson)', () => {
  const seed = seedReport();

  it('holds what the portfolio shows of the summary: statuses, economy, open problems, the first headline figure', () => {
    const summary = summarizeReport(seed);
    const status = parseStatus(statusJsonOf(seed));
    expect(status).toEqual({
      economyAssessment: summary.economyAssessment,
      openProblems: summary.openProblems,
      judgements: summary.judgements,
      headline: [summary.headline[0]]
    });
    expect(status).toEqual(statusOfSummary(summary));
    expect(summary.headline.length).toBeGreaterThan(1);
    // A few hundred bytes, where the summary carries every KPI.
    expect(statusJsonOf(seed).length).toBeLessThan(JSON.stringify(summary).length / 3);
  });

  it('refuses what is not a stored status, so the summary is read instead', () => {
    expect(parseStatus(undefined)).toBeUndefined();
    expect(parseStatus('')).toBeUndefined();
    expect(parseStatus('{not json')).toBeUndefined();
    expect(parseStatus(JSON.stringify({ format: 99, judgements: {} }))).toBeUndefined();
    expect(parseStatus(JSON.stringify({ format: 1 }))).toBeUndefined();
    expect(parseStatus(JSON.stringify(summarizeReport(seed)))).toBeUndefined();
  });

  it('reads missing or broken fields as "not assessed", no problems and no headline figure', () => {
    expect(parseStatus(JSON.stringify({ format: 1, judgements: { overall: 'great', dimensions: null }, openProblems: -2, headline: [{ key: 1 }] }))).toEqual({
      economyAssessment: 'notAssessed',
      openProblems: 0,
      judgements: { overall: 'notAssessed', dimensions: { delivery: 'notAssessed', economy: 'notAssessed', resources: 'notAssessed', risks: 'notAssessed' } },
      headline: []
    });
  });
});
