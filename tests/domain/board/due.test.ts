import { quarterDueOn, reportDue, reportDueOn, firstMeetingAfter } from '../../../src/domain/board/due';
import { addDays, daysBetween, quarterEndDate, quarterOfDate, isoDateToDay } from '../../../src/domain/board/dates';
import { DEFAULT_DUE_DAYS_BEFORE_MEETING, type IBoardMeeting } from '../../../src/domain/board/model';

const meetings: IBoardMeeting[] = [
  { date: '2026-06-11', title: 'GITS ledningsråd 2026-06-11' },
  { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
  { date: '2025-12-31', title: 'GITS ledningsråd 2025-12-31' },
  { date: '2026-04-23', title: 'GITS ledningsråd 2026-04-23' }
];
const q4 = { year: 2025, quarter: 4 } as const;

describe('calendar dates', () => {
  it('finds quarter ends, including leap years, and shifts across month and year ends', () => {
    expect(quarterEndDate({ year: 2025, quarter: 4 })).toBe('2025-12-31');
    expect(quarterEndDate({ year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(quarterEndDate({ year: 2025, quarter: 2 })).toBe('2025-06-30');
    expect(addDays('2026-02-12', -14)).toBe('2026-01-29');
    expect(addDays('2026-01-05', -14)).toBe('2025-12-22');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-29', '2026-02-12')).toBe(14);
    expect(quarterOfDate('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOfDate('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
  });

  it('refuses dates that do not exist', () => {
    expect(isoDateToDay('2025-02-29')).toBeUndefined();
    expect(isoDateToDay('2025-13-01')).toBeUndefined();
    expect(isoDateToDay('12/02/2026')).toBeUndefined();
    expect(() => addDays('2025-02-30', 1)).toThrow('Not an ISO date');
  });
});

describe('reportDue', () => {
  it('is due the set number of days before the first meeting after the quarter ends (a meeting on the last day does not count)', () => {
    expect(firstMeetingAfter(q4, meetings)?.date).toBe('2026-02-12');
    const due = reportDue(q4, meetings, DEFAULT_DUE_DAYS_BEFORE_MEETING, '2025-12-01');
    expect(due).toEqual({ period: q4, dueDate: '2026-01-29', meeting: meetings[1], state: 'notDue' });
  });

  it('is due soon from 14 days before the due date to the due date itself, then overdue', () => {
    expect(reportDue(q4, meetings, 14, '2026-01-14').state).toBe('notDue');
    expect(reportDue(q4, meetings, 14, '2026-01-15').state).toBe('dueSoon');
    expect(reportDue(q4, meetings, 14, '2026-01-29').state).toBe('dueSoon');
    expect(reportDue(q4, meetings, 14, '2026-01-30').state).toBe('overdue');
  });

  it('follows the setting: 0 days means due on the meeting day; a negative setting counts as 0', () => {
    expect(reportDue(q4, meetings, 0, '2026-01-01').dueDate).toBe('2026-02-12');
    expect(reportDue(q4, meetings, -3, '2026-01-01').dueDate).toBe('2026-02-12');
    expect(reportDue(q4, meetings, 30, '2026-01-01').dueDate).toBe('2026-01-13');
  });

  it('is submitted once the latest submitted or approved report is this quarter or later, even when overdue', () => {
    expect(reportDue(q4, meetings, 14, '2026-02-01', { year: 2025, quarter: 4 }).state).toBe('submitted');
    expect(reportDue(q4, meetings, 14, '2026-02-01', { year: 2026, quarter: 1 }).state).toBe('submitted');
    expect(reportDue(q4, meetings, 14, '2026-02-01', { year: 2025, quarter: 3 }).state).toBe('overdue');
  });

  it('says noMeeting when the calendar has no meeting after the quarter', () => {
    const due = reportDue({ year: 2026, quarter: 2 }, meetings, 14, '2026-07-01');
    expect(due).toEqual({ period: { year: 2026, quarter: 2 }, state: 'noMeeting' });
    expect(reportDue(q4, [], 14, '2026-01-01').state).toBe('noMeeting');
  });

  it('ignores calendar entries whose date does not exist', () => {
    const due = reportDue(q4, [{ date: '2026-02-30', title: 'fel' }, ...meetings], 14, '2026-01-01');
    expect(due.meeting?.date).toBe('2026-02-12');
  });
});

describe('the quarter due today', () => {
  it('is the latest quarter that has ended', () => {
    expect(quarterDueOn('2026-01-01')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterDueOn('2026-03-31')).toEqual({ year: 2025, quarter: 4 });
    expect(quarterDueOn('2026-04-01')).toEqual({ year: 2026, quarter: 1 });
    expect(reportDueOn(meetings, 14, '2026-04-10')).toEqual({
      period: { year: 2026, quarter: 1 },
      dueDate: '2026-04-09',
      meeting: meetings[3],
      state: 'overdue'
    });
  });
});
