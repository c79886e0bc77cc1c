import { quarterOfDate, reportingStatus } from '../../../src/components/Portfolio/reportingStatus';

describe('reportingStatus', () => {
  const midFebruary2026 = new Date(2026, 1, 15);

  it('knows the quarter of a date', () => {
    expect(quarterOfDate(new Date(2026, 0, 1))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOfDate(new Date(2025, 11, 31))).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOfDate(new Date(2025, 6, 1))).toEqual({ year: 2025, quarter: 3 });
  });

  it('is up to date while the last quarter’s report is being written', () => {
    expect(reportingStatus({ year: 2025, quarter: 4 }, midFebruary2026)).toEqual({
      state: 'upToDate',
      requiredPeriod: { year: 2025, quarter: 3 },
      missedQuarters: 0
    });
    // Q3 2025's report was due during Q4 2025: still fine in Q1 2026.
    expect(reportingStatus({ year: 2025, quarter: 3 }, midFebruary2026).state).toBe('upToDate');
  });

  it('flags an object when a full quarter passed without an approved report', () => {
    expect(reportingStatus({ year: 2025, quarter: 2 }, midFebruary2026)).toEqual({
      state: 'overdue',
      requiredPeriod: { year: 2025, quarter: 3 },
      missedQuarters: 1
    });
    expect(reportingStatus({ year: 2024, quarter: 4 }, midFebruary2026).missedQuarters).toBe(3);
  });

  it('moves the requirement at the quarter boundary', () => {
    // Last day of Q1 2026: Q3 2025 required; first day of Q2 2026: Q4 2025 required.
    expect(reportingStatus({ year: 2025, quarter: 3 }, new Date(2026, 2, 31, 23, 59)).state).toBe('upToDate');
    expect(reportingStatus({ year: 2025, quarter: 3 }, new Date(2026, 3, 1, 0, 1)).state).toBe('overdue');
  });

  it('flags an object that never had an approved report', () => {
    expect(reportingStatus(undefined, midFebruary2026).state).toBe('neverApproved');
  });
});
