import { isoDay, latestQuarter, nextReportDue } from '../../../src/domain/board/nextReport';

const MEETINGS = [
  { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
  { date: '2026-05-07', title: 'GITS ledningsråd 2026-05-07' }
];

describe('the next report of an object', () => {
  it('is the quarter due today while its report is not in', () => {
    // Q4 2025 is due 14 days before 12 February: 29 January; on 20 January that is soon.
    expect(nextReportDue(MEETINGS, 14, '2026-01-20', { year: 2025, quarter: 3 })).toEqual({
      period: { year: 2025, quarter: 4 },
      dueDate: '2026-01-29',
      meeting: MEETINGS[0],
      state: 'dueSoon'
    });
    expect(nextReportDue(MEETINGS, 14, '2026-02-01', undefined).state).toBe('overdue');
  });

  it('is the quarter after once the due one is submitted or approved', () => {
    expect(nextReportDue(MEETINGS, 14, '2026-01-20', { year: 2025, quarter: 4 })).toEqual({
      period: { year: 2026, quarter: 1 },
      dueDate: '2026-04-23',
      meeting: MEETINGS[1],
      state: 'notDue'
    });
    // Already in for a later quarter: the one after that, with no meeting in the calendar yet.
    expect(nextReportDue(MEETINGS, 14, '2026-01-20', { year: 2026, quarter: 1 })).toEqual({ period: { year: 2026, quarter: 2 }, state: 'noMeeting' });
  });

  it('counts days in the local calendar and finds the latest quarter', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(latestQuarter([{ year: 2025, quarter: 4 }, { year: 2026, quarter: 1 }, { year: 2025, quarter: 2 }])).toEqual({ year: 2026, quarter: 1 });
    expect(latestQuarter([])).toBeUndefined();
  });
});
