import {
  carryOverJudgements,
  changedJudgements,
  confirmJudgement,
  isEmptyJudgements,
  judgementsOf,
  needsComment,
  notJudged,
  overallStatusHistory,
  setJudgements,
  unconfirmedTargets,
  withJudgement
} from '../../../src/domain/judgement';
import type { IReportJudgements, IStatusReport } from '../../../src/domain/model';
import { validateReport } from '../../../src/domain/validation';
import { seedReport } from '../../support/seed';

function judged(): IReportJudgements {
  return {
    overall: { status: 'attention', comment: 'Utvecklingen av SAMSA väntar på dialog med Oracle.' },
    dimensions: {
      delivery: { status: 'good', comment: '' },
      economy: { status: 'good', comment: '' },
      resources: { status: 'problem', comment: 'Representation saknas från 2 av 6 delregioner.' },
      risks: { status: 'notAssessed', comment: '' }
    }
  };
}

describe('judgements', () => {
  it('a report without judgements is not assessed everywhere, except an economy assessment it has', () => {
    const seed = seedReport();
    expect(seed.judgements).toBeUndefined();
    expect(judgementsOf(seed)).toEqual(notJudged());
    const withEconomy: IStatusReport = { ...seed, economy: { ...seed.economy, assessment: 'attention' } };
    expect(judgementsOf(withEconomy).dimensions.economy).toEqual({ status: 'attention', comment: '' });
    expect(judgementsOf(withEconomy).overall.status).toBe('notAssessed');
  });

  it('a comment is needed for the two steps below "good" only', () => {
    expect(['good', 'attention', 'problem', 'notAssessed'].map((s) => needsComment(s as 'good'))).toEqual([false, true, true, false]);
  });

  it('setJudgements stores them with the economy assessment following, and an empty set as none', () => {
    const report = setJudgements(seedReport(), judged());
    expect(report.judgements).toEqual(judged());
    expect(report.economy.assessment).toBe('good');
    const cleared = setJudgements(report, notJudged());
    expect('judgements' in cleared).toBe(false);
    expect(cleared.economy.assessment).toBe('notAssessed');
    expect(isEmptyJudgements(notJudged())).toBe(true);
    expect(isEmptyJudgements(withJudgement(notJudged(), 'risks', { status: 'notAssessed', comment: 'Ej bedömt ännu.' }))).toBe(false);
  });

  it('carries the previous quarter over, marked until confirmed; unjudged ones stay unjudged', () => {
    const previous = setJudgements(seedReport(), judged());
    const next = carryOverJudgements(previous);
    expect(next.overall).toEqual({ status: 'attention', comment: 'Utvecklingen av SAMSA väntar på dialog med Oracle.', carriedOver: true });
    expect(next.dimensions.risks).toEqual({ status: 'notAssessed', comment: '' });
    expect(unconfirmedTargets(next)).toEqual(['overall', 'delivery', 'economy', 'resources']);
    const confirmed = withJudgement(next, 'overall', confirmJudgement(next.overall));
    expect(confirmed.overall).toEqual(judged().overall);
    expect(unconfirmedTargets(confirmed)).toEqual(['delivery', 'economy', 'resources']);
    expect(carryOverJudgements(undefined)).toEqual(notJudged());
    expect(carryOverJudgements(seedReport())).toEqual(notJudged());
  });

  it('lists the judgements whose status changed between two quarters', () => {
    const previous = setJudgements(seedReport(), judged());
    const current = setJudgements(seedReport(), withJudgement(judged(), 'overall', { status: 'good', comment: '' }));
    expect(changedJudgements(previous, current)).toEqual([{ target: 'overall', from: 'attention', to: 'good' }]);
    expect(changedJudgements(seedReport(), previous)).toEqual([
      { target: 'overall', from: 'notAssessed', to: 'attention' },
      { target: 'delivery', from: 'notAssessed', to: 'good' },
      { target: 'economy', from: 'notAssessed', to: 'good' },
      { target: 'resources', from: 'notAssessed', to: 'problem' }
    ]);
  });
});

describe('validateReport on judgements', () => {
  it('accepts a report without judgements and a complete set', () => {
    expect(validateReport(seedReport())).toEqual([]);
    expect(validateReport(setJudgements(seedReport(), judged()))).toEqual([]);
  });

  it('requires a comment when the status is not the good one, and a known status', () => {
    const bad = {
      ...judged(),
      overall: { status: 'problem', comment: '  ' },
      dimensions: { ...judged().dimensions, delivery: { status: 'attention', comment: '' }, risks: { status: 'red', comment: '' } }
    } as unknown as IReportJudgements;
    expect(validateReport({ ...seedReport(), judgements: bad })).toEqual([
      { path: 'judgements.overall.comment', messageKey: 'validation.judgementCommentRequired' },
      { path: 'judgements.dimensions.delivery.comment', messageKey: 'validation.judgementCommentRequired' },
      { path: 'judgements.dimensions.risks.status', messageKey: 'validation.judgementStatus' }
    ]);
    const missing = { overall: judged().overall } as unknown as IReportJudgements;
    expect(validateReport({ ...seedReport(), judgements: missing }).map((e) => e.path)).toEqual([
      'judgements.dimensions.delivery.status',
      'judgements.dimensions.economy.status',
      'judgements.dimensions.resources.status',
      'judgements.dimensions.risks.status'
    ]);
  });

  it('limits a comment to a note column and headline KPIs to the report\'s KPIs', () => {
    const long = withJudgement(judged(), 'risks', { status: 'good', comment: 'x'.repeat(64000) });
    expect(validateReport({ ...seedReport(), judgements: long })).toEqual([
      { path: 'judgements.dimensions.risks.comment', messageKey: 'validation.tooLong', params: { max: 63999, length: 64000 } }
    ]);
    const seed = seedReport();
    expect(validateReport({ ...seed, headlineKpis: [seed.kpiDefinitions[0].key, 'nope'] })).toEqual([
      { path: 'headlineKpis[1]', messageKey: 'validation.unknownKpi', params: { key: 'nope' } }
    ]);
  });
});

describe('overallStatusHistory', () => {
  const at = (year: number, quarter: 1 | 2 | 3 | 4, status?: 'good' | 'attention' | 'problem'): IStatusReport => {
    const seed = seedReport();
    const report = { ...seed, header: { ...seed.header, period: { year, quarter } } };
    return status ? setJudgements(report, withJudgement(notJudged(), 'overall', { status, comment: status === 'good' ? '' : 'Därför.' })) : report;
  };

  it('gives the last eight approved quarters up to the shown one, oldest first, one per quarter', () => {
    const approved = [
      at(2023, 3, 'good'),
      at(2023, 4, 'good'),
      at(2024, 1, 'attention'),
      at(2024, 2),
      at(2024, 3, 'problem'),
      at(2024, 4, 'attention'),
      at(2025, 1, 'good'),
      at(2025, 2, 'good'),
      at(2025, 2, 'problem'),
      at(2025, 3, 'attention'),
      at(2025, 4, 'good'),
      at(2026, 1, 'problem')
    ].reverse();
    const history = overallStatusHistory(approved, { year: 2025, quarter: 4 });
    expect(history.map((p) => `${p.period.year}Q${p.period.quarter} ${p.status}`)).toEqual([
      '2024Q1 attention',
      '2024Q2 notAssessed',
      '2024Q3 problem',
      '2024Q4 attention',
      '2025Q1 good',
      '2025Q2 problem',
      '2025Q3 attention',
      '2025Q4 good'
    ]);
    expect(overallStatusHistory([], { year: 2025, quarter: 4 })).toEqual([]);
    expect(overallStatusHistory(approved, { year: 2025, quarter: 4 }, 2).map((p) => p.period.quarter)).toEqual([3, 4]);
  });
});

describe('setJudgements on an old report', () => {
  it('stores no judgements when they say only what the economy assessment says', () => {
    const seed = seedReport();
    const old: IStatusReport = { ...seed, economy: { ...seed.economy, assessment: 'attention' } };
    const same = setJudgements(old, judgementsOf(old));
    expect(same).toStrictEqual(old);
    const changed = setJudgements(old, withJudgement(judgementsOf(old), 'economy', { status: 'good', comment: '' }));
    expect('judgements' in changed).toBe(false);
    expect(changed.economy.assessment).toBe('good');
    const commented = setJudgements(old, withJudgement(judgementsOf(old), 'economy', { status: 'attention', comment: 'Prognos saknas.' }));
    expect(commented.judgements?.dimensions.economy).toEqual({ status: 'attention', comment: 'Prognos saknas.' });
  });
});
