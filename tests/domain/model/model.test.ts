import type { IKpiSeries, IReportSnapshot, IStatusReport } from '../../../src/domain/model';
import { validateReport } from '../../../src/domain/validation';
import { seedReport } from '../support/seed';

/** Paths of properties whose value is undefined (they would vanish in JSON and break equality). */
function undefinedPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.reduce<string[]>((all, item, i) => all.concat(undefinedPaths(item, `${path}[${i}]`)), []);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).reduce<string[]>((all, key) => {
      const child = (value as Record<string, unknown>)[key];
      return all.concat(child === undefined ? [`${path}.${key}`] : undefinedPaths(child, `${path}.${key}`));
    }, []);
  }
  return [];
}

describe('the report model', () => {
  it('holds the seed as plain JSON data, so storing it as JSON loses nothing', () => {
    const report = seedReport();
    expect(undefinedPaths(report)).toEqual([]);
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  it('keeps every KPI entry pointing at a definition of the same report, in table order', () => {
    const report = seedReport();
    const keys = report.kpiDefinitions.map((d) => d.key);
    expect(report.kpis.map((k) => k.definitionKey)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('describes a minimal report, a snapshot and a KPI series', () => {
    const report: IStatusReport = {
      header: {
        objectKey: 'X',
        objectTitle: 'Objekt X',
        period: { year: 2026, quarter: 1 },
        coordinator: { displayName: 'Alva Prov' },
        mission: 'Uppdraget.',
        approval: 'draft'
      },
      events: [],
      kpiSectionTitle: '',
      kpiDefinitions: [{ key: 'active-users', label: 'Aktiva användare', unit: 'st', category: 'users' }],
      kpis: [{ definitionKey: 'active-users', current: { text: '5', number: 5 }, comment: '' }],
      meetings: [],
      chartCaption: '',
      problems: [],
      activities: [],
      economy: { items: [], assessment: 'notAssessed' },
      staffing: { items: [] },
      communication: []
    };
    expect(validateReport(report)).toEqual([]);
    const snapshot: IReportSnapshot = {
      report,
      revision: 1,
      submittedBy: { displayName: 'Alva Prov' },
      submittedAt: '2026-04-02T08:00:00Z',
      approval: 'pending'
    };
    const series: IKpiSeries = {
      definition: report.kpiDefinitions[0],
      points: [{ period: { year: 2025, quarter: 4 } }, { period: report.header.period, value: 5 }]
    };
    expect(snapshot.report.header.period).toEqual({ year: 2026, quarter: 1 });
    expect(series.points[0].value).toBeUndefined();
  });
});
