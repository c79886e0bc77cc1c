import { applyPortfolioView, DEFAULT_PORTFOLIO_VIEW, dueOf, isOverdue, withCalendarDue, type IDueCalendar } from '../../../src/domain/portfolio';
import { PORTFOLIO_ENTRIES } from '../../components/Portfolio/entries';

// Q4 2025's report is due 14 days before the first meeting after the quarter: 2026-01-29.
const CALENDAR: IDueCalendar = {
  meetings: [
    { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
    { date: '2026-05-14', title: 'GITS ledningsråd 2026-05-14' }
  ],
  daysBefore: 14
};

describe('portfolio due dates by the governance calendar', () => {
  const today = new Date(2026, 1, 2); // 2 February 2026: Q4 2025's report is due

  it('gives each object the due state of the quarter due today, from its latest approved report', () => {
    const entries = withCalendarDue(PORTFOLIO_ENTRIES, CALENDAR, today);
    expect(entries.map((e) => [e.object.key, e.calendarDue?.state, e.calendarDue?.dueDate])).toEqual([
      ['SHVO', 'submitted', '2026-01-29'],
      ['ELAK', 'overdue', '2026-01-29'],
      ['NYTT', 'overdue', '2026-01-29']
    ]);
    expect(entries.map((e) => e.calendarDue?.period)).toEqual([
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: 4 }
    ]);
    // The entries given are left as they were.
    expect(PORTFOLIO_ENTRIES.every((e) => e.calendarDue === undefined)).toBe(true);
  });

  it('is due soon in the 14 days before the due date, and not due before them', () => {
    const soon = withCalendarDue(PORTFOLIO_ENTRIES, CALENDAR, new Date(2026, 0, 20));
    expect(soon.find((e) => e.object.key === 'ELAK')?.calendarDue?.state).toBe('dueSoon');
    const early = withCalendarDue(PORTFOLIO_ENTRIES, CALENDAR, new Date(2026, 0, 5));
    expect(early.find((e) => e.object.key === 'ELAK')?.calendarDue?.state).toBe('notDue');
  });

  it('says so when no meeting after the quarter is in the calendar', () => {
    const entries = withCalendarDue(PORTFOLIO_ENTRIES, { meetings: [], daysBefore: 14 }, today);
    expect(entries.find((e) => e.object.key === 'ELAK')?.calendarDue).toEqual({ period: { year: 2025, quarter: 4 }, state: 'noMeeting' });
  });

  it('filters and sorts on the calendar state when there is one, on the quarter rule otherwise', () => {
    const withCalendar = withCalendarDue(PORTFOLIO_ENTRIES, CALENDAR, new Date(2026, 0, 20));
    // On 20 January ELAK and NYTT are due soon, not overdue: the overdue filter shows none.
    expect(applyPortfolioView(withCalendar, { ...DEFAULT_PORTFOLIO_VIEW, overdue: true }, new Date(2026, 0, 20), 'sv-SE')).toEqual([]);
    // The quarter rule counts ELAK (Q1 2025) and NYTT (never approved) as overdue on the same day.
    expect(applyPortfolioView(PORTFOLIO_ENTRIES, { ...DEFAULT_PORTFOLIO_VIEW, overdue: true }, new Date(2026, 0, 20), 'sv-SE').map((e) => e.object.key)).toEqual([
      'ELAK',
      'NYTT'
    ]);
    const late = withCalendarDue(PORTFOLIO_ENTRIES, CALENDAR, today);
    expect(late.filter((e) => isOverdue(e, today)).map((e) => e.object.key)).toEqual(['ELAK', 'NYTT']);
    const sorted = applyPortfolioView(late, { ...DEFAULT_PORTFOLIO_VIEW, sort: { key: 'due', direction: 'asc' } }, today, 'sv-SE');
    expect(sorted.map((e) => e.object.key)).toEqual(['SHVO', 'ELAK', 'NYTT']);
    expect(dueOf(late[0], today)).toEqual({ rule: 'calendar', due: late[0].calendarDue });
    expect(dueOf(PORTFOLIO_ENTRIES[0], today).rule).toBe('quarter');
  });
});
