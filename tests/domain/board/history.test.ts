import { assignmentHistory } from '../../../src/domain/board/history';
import type { IReportingBackItem } from '../../../src/domain/board/model';
import type { ApprovalState, IQuarter, IReportSnapshot } from '../../../src/domain/model';
import { seedReport } from '../../support/seed';

const KEY = 'SHVO-2025Q4-1';
function snapshot(period: IQuarter, revision: number, approval: ApprovalState, answer: string, key: string = KEY): IReportSnapshot {
  const seed = seedReport();
  const item: IReportingBackItem = {
    assignmentKey: key,
    assignment: 'Ta fram en plan',
    givenFor: { year: 2025, quarter: 4 },
    answerBy: { year: 2026, quarter: 2 },
    status: 'ongoing',
    answer
  };
  return {
    report: { ...seed, header: { ...seed.header, period }, reportingBack: [item] },
    revision,
    submittedBy: { displayName: 'Eva' },
    submittedAt: '2026-03-01T10:00:00Z',
    approval
  };
}

describe('assignment history', () => {
  const q1 = { year: 2026, quarter: 1 } as const;
  const q2 = { year: 2026, quarter: 2 } as const;
  const q3 = { year: 2026, quarter: 3 } as const;
  const snapshots = [
    snapshot(q2, 4, 'approved', 'Q2 godkänd'),
    snapshot(q1, 1, 'returned', 'Q1 första'),
    snapshot(q1, 2, 'approved', 'Q1 godkänd'),
    snapshot(q1, 3, 'pending', 'Q1 ändrad efter godkännande'),
    snapshot(q3, 5, 'pending', 'Q3 inskickad'),
    snapshot(q3, 6, 'approved', 'annat uppdrag', 'SHVO-2025Q4-2')
  ];

  it('gives what the board saw, quarter by quarter, oldest first', () => {
    expect(assignmentHistory(KEY, snapshots)).toEqual([
      { period: q1, revision: 2, approved: true, status: 'ongoing', answer: 'Q1 godkänd', assignment: 'Ta fram en plan' },
      { period: q2, revision: 4, approved: true, status: 'ongoing', answer: 'Q2 godkänd', assignment: 'Ta fram en plan' }
    ]);
  });

  it("adds the team's submitted answers where a quarter has no approved one", () => {
    expect(assignmentHistory(KEY, snapshots, { includeUnapproved: true }).map((e) => [e.period.quarter, e.answer, e.approved])).toEqual([
      [1, 'Q1 godkänd', true],
      [2, 'Q2 godkänd', true],
      [3, 'Q3 inskickad', false]
    ]);
  });

  it('is empty for an assignment no report carried', () => {
    expect(assignmentHistory('SHVO-2020Q1-1', snapshots, { includeUnapproved: true })).toEqual([]);
  });
});
