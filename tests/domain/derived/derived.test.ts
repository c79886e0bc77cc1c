import {
  agreementAtStatedPrecision,
  changeAbsolute,
  changePercent,
  checkDerivedFigures,
  roundTo,
  shareOfActiveUsers,
  sharePercent,
  statedTolerance
} from '../../../src/domain/derived';
import type { IKpiEntry, IStatusReport } from '../../../src/domain/model';
import { seedReport } from '../../support/seed';

function withKpi(report: IStatusReport, key: string, change: Partial<IKpiEntry>): IStatusReport {
  return { ...report, kpis: report.kpis.map((entry) => (entry.definitionKey === key ? { ...entry, ...change } : entry)) };
}

describe('derived figures', () => {
  it('computes shares of active users', () => {
    expect(sharePercent(28852, 61829)).toBeCloseTo(46.6642, 4);
    expect(shareOfActiveUsers(28852, 61829)).toBe(46.7);
    expect(shareOfActiveUsers(21545, 52796)).toBe(40.8);
    expect(sharePercent(1, 0)).toBeUndefined();
    expect(sharePercent(Number.NaN, 10)).toBeUndefined();
  });

  it('computes year-over-year change in percent and absolute numbers', () => {
    expect(changePercent(28852, 21545)).toBeCloseTo(33.9151, 4);
    expect(roundTo(changePercent(28852, 21545) as number, 0)).toBe(34);
    expect(changeAbsolute(28852, 21545)).toBe(7307);
    expect(changePercent(5, 0)).toBeUndefined();
    expect(changePercent(80, 100)).toBe(-20);
    expect(changeAbsolute(Infinity, 1)).toBeUndefined();
  });

  it('rounds half away from zero', () => {
    expect(roundTo(0.05, 1)).toBe(0.1);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(46.6642, 1)).toBe(46.7);
  });

  it('derives tolerance from the stated precision', () => {
    expect(statedTolerance(1)).toBeCloseTo(0.05, 10);
    expect(statedTolerance(0)).toBe(0.5);
    expect(agreementAtStatedPrecision(40.8, 1, 40.808)).toBe('rounded');
    expect(agreementAtStatedPrecision(46.6, 1, 46.6642)).toBe('truncated');
    expect(agreementAtStatedPrecision(46.7, 1, 46.6642)).toBe('rounded');
    expect(agreementAtStatedPrecision(46.5, 1, 46.6642)).toBeUndefined();
    expect(agreementAtStatedPrecision(34, 0, 33.9151)).toBe('rounded');
    expect(agreementAtStatedPrecision(33, 0, 33.9151)).toBe('truncated');
    expect(agreementAtStatedPrecision(-33, 0, -33.9)).toBe('truncated');
    expect(agreementAtStatedPrecision(7307, 0, 7307)).toBe('rounded');
    expect(agreementAtStatedPrecision(7306, 0, 7307)).toBeUndefined();
  });
});

describe('checkDerivedFigures', () => {
  it('confirms every derived figure the seed states', () => {
    const checks = checkDerivedFigures(seedReport());
    expect(checks.map((c) => [c.check, c.path, c.statedText, c.stated, c.ok, c.agreement])).toEqual([
      ['shareActiveUsers.current', 'kpis[12].current', '46,6 %', 46.6, true, 'truncated'],
      ['shareActiveUsers.previous', 'kpis[12].previous', '40,8 %', 40.8, true, 'rounded'],
      ['activeUsersChange.percent', 'kpis[13].current', '+34 %', 34, true, 'rounded'],
      ['activeUsersChange.absolute', 'kpis[13].comment', '7 307', 7307, true, 'rounded']
    ]);
    expect(checks[0].computed).toBeCloseTo(46.6642, 4);
    expect(checks[1].computed).toBeCloseTo(40.808, 3);
    expect(checks[2].computed).toBeCloseTo(33.9151, 4);
    expect(checks[3].computed).toBe(7307);
    expect(checks[0].tolerance).toBeCloseTo(0.05, 10);
    expect(checks[2].tolerance).toBe(0.5);
  });

  it('flags a wrong stated share', () => {
    const report = withKpi(seedReport(), 'share-active-users', { current: { text: '48,6 %', number: 48.6 } });
    const check = checkDerivedFigures(report)[0];
    expect(check).toMatchObject({ check: 'shareActiveUsers.current', stated: 48.6, ok: false });
    expect(check.agreement).toBeUndefined();
  });

  it('flags a wrong stated change in percent and in absolute numbers', () => {
    const report = withKpi(seedReport(), 'active-users-change', {
      current: { text: '+30 %', number: 30 },
      comment: '7 000 fler aktiva användare 2025 jämfört med 2024.'
    });
    const checks = checkDerivedFigures(report);
    expect(checks.filter((c) => !c.ok).map((c) => [c.check, c.stated, c.computed])).toEqual([
      ['activeUsersChange.percent', 30, changePercent(28852, 21545)],
      ['activeUsersChange.absolute', 7000, 7307]
    ]);
  });

  it('reads "färre" in the comment as a decrease', () => {
    const report = withKpi(seedReport(), 'active-users-change', { comment: '7 307 färre aktiva användare.' });
    const absolute = checkDerivedFigures(report).find((c) => c.check === 'activeUsersChange.absolute');
    expect(absolute).toMatchObject({ stated: -7307, computed: 7307, ok: false });
  });

  it('lists no checks when the inputs are missing', () => {
    const report = seedReport();
    expect(checkDerivedFigures({ ...report, kpis: report.kpis.filter((k) => k.definitionKey !== 'active-users') })).toEqual([]);
    expect(checkDerivedFigures({ ...report, kpis: [] })).toEqual([]);
  });
});
