import { compareReports, problemIdentity } from '../../../src/components/ReportComparison/compareReports';
import type { IKpiEntry, IStatusReport } from '../../../src/domain/model';
import { SHVO_REPORT } from '../support/shvoFixture';

function withKpi(report: IStatusReport, key: string, value: number | undefined): IStatusReport {
  return {
    ...report,
    kpis: report.kpis.map(
      (entry): IKpiEntry =>
        entry.definitionKey === key
          ? { ...entry, current: value === undefined ? undefined : { text: String(value), number: value } }
          : entry
    )
  };
}

const q3: IStatusReport = {
  ...withKpi(withKpi(withKpi(SHVO_REPORT, 'registered-users', 59020), 'active-users', 27011), 'active-share', 46.6),
  header: { ...SHVO_REPORT.header, period: { year: 2025, quarter: 3 } },
  problems: [
    // Same problem, written with other spacing and case: not new.
    {
      text: 'utveckling av SAMSA IT-tjänst är högt prioriterat ur ett  patientsäkerhetsperspektiv. Dialog med Oracle behöver initieras för uppstart av utveckling',
      subItems: [],
      status: 'open'
    },
    { text: 'Avtalet med Peak Networks löper ut.', subItems: [], status: 'open' },
    { text: 'Gammalt problem som redan var stängt.', subItems: [], status: 'closed' }
  ]
};

describe('compareReports', () => {
  it('finds the KPIs that changed, with difference and ratio, in table order', () => {
    const result = compareReports(SHVO_REPORT, q3);
    expect(result.currentPeriod).toEqual({ year: 2025, quarter: 4 });
    expect(result.otherPeriod).toEqual({ year: 2025, quarter: 3 });
    expect(result.changedKpis.map((kpi) => [kpi.key, kpi.other, kpi.current, kpi.difference])).toEqual([
      ['registered-users', 59020, 61829, 2809],
      ['active-users', 27011, 28852, 1841]
    ]);
    expect(result.changedKpis[0].ratio).toBeCloseTo(2809 / 59020, 10);
    expect(result.unchangedKpis.map((kpi) => kpi.key)).toEqual(['attached-files', 'mailbox-cases', 'active-share']);
  });

  it('ignores KPIs that are text or missing in either report', () => {
    const other = withKpi(q3, 'registered-users', undefined);
    const keys = compareReports(SHVO_REPORT, other).changedKpis.map((kpi) => kpi.key);
    expect(keys).toEqual(['active-users']);
    expect(keys).not.toContain('alfresco-cleanup');
  });

  it('has no ratio when the earlier value was zero', () => {
    const result = compareReports(SHVO_REPORT, withKpi(q3, 'mailbox-cases', 0));
    const mailbox = result.changedKpis.filter((kpi) => kpi.key === 'mailbox-cases')[0];
    expect(mailbox.difference).toBe(64);
    expect(mailbox.ratio).toBeUndefined();
  });

  it('finds new and closed problems, matching problems on their text', () => {
    const result = compareReports(SHVO_REPORT, q3);
    expect(result.newProblems.map((p) => p.text)).toEqual([
      'I nuläget saknas representation till länsgemensam referensgrupp SHVO från 2 av 6 delregioner.'
    ]);
    expect(result.closedProblems.map((p) => p.text)).toEqual(['Avtalet med Peak Networks löper ut.']);
  });

  it('counts a problem marked closed now as closed', () => {
    const now: IStatusReport = {
      ...SHVO_REPORT,
      problems: SHVO_REPORT.problems.map((p, i) => (i === 0 ? { ...p, status: 'closed' as const } : p))
    };
    const result = compareReports(now, SHVO_REPORT);
    expect(result.closedProblems.map((p) => p.text)).toEqual([SHVO_REPORT.problems[0].text]);
    expect(result.newProblems).toEqual([]);
  });

  it('normalises problem identity', () => {
    expect(problemIdentity({ text: '  Foo   bar.  ', subItems: [], status: 'open' })).toBe('foo bar');
  });
});
