import type { IKpiValue, IStatusReport } from '../../../src/domain/model';
import { nextQuarterDraft, nextQuarterPeriods } from '../../../src/domain/carryOver';
import { seedReport } from '../../support/seed';
import { setJudgements } from '../../../src/domain/judgement';

describe('next quarter carry-over', () => {
  const seed = seedReport();

  it('moves to the next quarter across the year end and compares with the same quarter a year earlier', () => {
    expect(nextQuarterPeriods({ year: 2025, quarter: 4 })).toEqual({ period: { year: 2026, quarter: 1 }, lastYear: { year: 2025, quarter: 1 } });
    expect(nextQuarterPeriods({ year: 2025, quarter: 2 })).toEqual({ period: { year: 2025, quarter: 3 }, lastYear: { year: 2024, quarter: 3 } });
  });

  it('carries over meetings, open problems, unfinished activities, definitions and the header; empties the quarter\'s own content', () => {
    const previous: IStatusReport = {
      ...seed,
      header: { ...seed.header, approval: 'approved' },
      problems: [
        { text: 'Öppet problem', subItems: [], status: 'open' },
        { text: 'Löst problem', subItems: [], status: 'closed' }
      ],
      activities: [
        { text: 'Planerad', subItems: [], status: 'planned' },
        { text: 'Pågår', subItems: [], status: 'ongoing' },
        { text: 'Klar', subItems: [], status: 'done' }
      ],
      staffing: { fteStart: 4, fteEnd: 3.5, items: [{ text: 'Bemanning', subItems: [] }] }
    };
    const draft = nextQuarterDraft(previous, () => undefined);
    expect(draft.header).toEqual({ ...seed.header, period: { year: 2026, quarter: 1 }, approval: 'draft' });
    expect(draft.meetings).toEqual(seed.meetings);
    expect(draft.kpiDefinitions).toEqual(seed.kpiDefinitions);
    expect(draft.kpiSectionTitle).toBe(seed.kpiSectionTitle);
    expect(draft.problems.map((p) => p.text)).toEqual(['Öppet problem']);
    expect(draft.activities.map((a) => a.text)).toEqual(['Planerad', 'Pågår']);
    expect(draft.staffing).toEqual({ fteStart: 3.5, items: [] });
    expect(draft.events).toEqual([]);
    expect(draft.communication).toEqual([]);
    expect(draft.chartCaption).toBe('');
    expect(draft.economy).toEqual({ items: [], assessment: 'notAssessed' });
    expect(draft.kpis.map((k) => k.definitionKey)).toEqual(seed.kpiDefinitions.map((d) => d.key));
    expect(draft.kpis.every((k) => k.current === undefined && k.previous === undefined && k.comment === '')).toBe(true);
  });

  it('takes each KPI\'s comparison value from last year\'s lookup, and no FTE start when the previous quarter had no end', () => {
    const lastYear: Record<string, IKpiValue> = { [seed.kpiDefinitions[0].key]: { text: '12 000', number: 12000 } };
    const draft = nextQuarterDraft({ ...seed, staffing: { items: [] } }, (key) => lastYear[key]);
    expect(draft.kpis[0]).toEqual({ definitionKey: seed.kpiDefinitions[0].key, previous: { text: '12 000', number: 12000 }, comment: '' });
    expect(draft.kpis.slice(1).every((k) => k.previous === undefined)).toBe(true);
    expect(draft.staffing).toEqual({ items: [] });
  });
});

describe('nextQuarterDraft: judgements and headline KPIs', () => {
  it('starts from the previous judgements, each not yet confirmed, and keeps the headline choice', () => {
    const seed = seedReport();
    const previous = setJudgements(
      { ...seed, headlineKpis: [seed.kpiDefinitions[0].key] },
      {
        overall: { status: 'attention', comment: 'Väntar på Oracle.' },
        dimensions: {
          delivery: { status: 'good', comment: '' },
          economy: { status: 'good', comment: '' },
          resources: { status: 'problem', comment: 'Två delregioner saknas.' },
          risks: { status: 'notAssessed', comment: '' }
        }
      }
    );
    const draft = nextQuarterDraft(previous, () => undefined);
    expect(draft.judgements).toEqual({
      overall: { status: 'attention', comment: 'Väntar på Oracle.', carriedOver: true },
      dimensions: {
        delivery: { status: 'good', comment: '', carriedOver: true },
        economy: { status: 'good', comment: '', carriedOver: true },
        resources: { status: 'problem', comment: 'Två delregioner saknas.', carriedOver: true },
        risks: { status: 'notAssessed', comment: '' }
      }
    });
    expect(draft.economy.assessment).toBe('good');
    expect(draft.headlineKpis).toEqual([seed.kpiDefinitions[0].key]);
  });

  it('a previous report without judgements gives none', () => {
    const draft = nextQuarterDraft(seedReport(), () => undefined);
    expect('judgements' in draft).toBe(false);
    expect(draft.economy.assessment).toBe('notAssessed');
  });
});
