import { buildBoardPack, type IBoardPackInput } from '../../../src/domain/board/pack';
import type { IAssignment } from '../../../src/domain/board/model';
import type { IQuarter, IStatusReport } from '../../../src/domain/model';
import { setJudgements, notJudged, withJudgement } from '../../../src/domain/judgement';
import { seedReport } from '../../support/seed';

const q3 = { year: 2025, quarter: 3 } as const;
const q4 = { year: 2025, quarter: 4 } as const;

function report(objectKey: string, title: string, period: IQuarter = q4, overall: 'good' | 'attention' | 'problem' = 'good'): IStatusReport {
  const seed = seedReport();
  const judged = withJudgement(notJudged(), 'overall', { status: overall, comment: overall === 'good' ? '' : 'Skäl.' });
  return setJudgements({ ...seed, header: { ...seed.header, objectKey, objectTitle: title, period } }, judged);
}

function assignment(key: string, objectKey: string, over: Partial<IAssignment> = {}): IAssignment {
  return { key, objectKey, text: `Uppdrag ${key}`, givenFor: q3, meetingDate: '2025-11-06', answerBy: q4, state: 'open', ...over };
}

describe('the board pack', () => {
  const shvo = { ...report('SHVO', 'SHVO-objektet', q4, 'attention'), reportingBack: [{ assignmentKey: 'SHVO-2025Q3-1', assignment: 'Uppdrag SHVO-2025Q3-1', givenFor: q3, answerBy: q4, status: 'done' as const, answer: 'Klart.' }] };
  const input: IBoardPackInput = {
    period: q4,
    objects: [
      { key: 'SHVO', title: 'SHVO-objektet' },
      { key: 'ABC', title: 'ABC-objektet' },
      { key: 'EKO', title: 'Ekonomi' }
    ],
    reports: [{ report: report('ABC', 'ABC-objektet') }, { report: shvo, previous: report('SHVO', 'SHVO-objektet', q3, 'good') }],
    meetings: [{ date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' }],
    daysBefore: 14,
    today: '2026-02-01',
    assignments: [
      assignment('ABC-2025Q3-1', 'ABC'),
      assignment('SHVO-2025Q3-1', 'SHVO'),
      assignment('SHVO-2025Q3-2', 'SHVO', { state: 'closed' }),
      assignment('SHVO-2025Q4-1', 'SHVO', { givenFor: q4, answerBy: { year: 2026, quarter: 1 } })
    ],
    latestSubmitted: { EKO: q3 }
  };

  it('summarises every object in the given order: status, what changed, due state', () => {
    const pack = buildBoardPack(input);
    expect(pack.meeting?.date).toBe('2026-02-12');
    expect(pack.summary.map((r) => [r.objectKey, r.report?.overall, r.due.state])).toEqual([
      ['SHVO', 'attention', 'submitted'],
      ['ABC', 'good', 'submitted'],
      ['EKO', undefined, 'overdue']
    ]);
    expect(pack.summary[0].report?.changes).toEqual([{ target: 'overall', from: 'good', to: 'attention' }]);
    expect(pack.summary[0].report?.first).toBe(false);
    expect(pack.summary[1].report?.first).toBe(true);
    expect(pack.summary[2].due.dueDate).toBe('2026-01-29');
  });

  it('lists the open assignments given before the quarter, with the answer of the quarter report, then the reports in object order', () => {
    const pack = buildBoardPack(input);
    expect(pack.assignments.map((a) => [a.assignment.key, a.answer?.answer])).toEqual([
      ['SHVO-2025Q3-1', 'Klart.'],
      ['ABC-2025Q3-1', undefined]
    ]);
    expect(pack.reports.map((r) => r.header.objectKey)).toEqual(['SHVO', 'ABC']);
  });
});
