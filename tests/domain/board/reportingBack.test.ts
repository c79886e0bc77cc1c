import { draftReportingBack, nextAssignmentKey, withReportingBack } from '../../../src/domain/board/reportingBack';
import type { IAssignment, IReportingBackItem } from '../../../src/domain/board/model';
import { nextQuarterDraft } from '../../../src/domain/carryOver';
import { seedReport } from '../../support/seed';

function assignment(key: string, over: Partial<IAssignment> = {}): IAssignment {
  return {
    key,
    objectKey: 'SHVO',
    text: `Uppdrag ${key}`,
    givenFor: { year: 2025, quarter: 4 },
    meetingDate: '2026-02-12',
    answerBy: { year: 2026, quarter: 1 },
    state: 'open',
    ...over
  };
}

const q1 = { year: 2026, quarter: 1 } as const;

describe('drafting the reporting-back section', () => {
  it('lists every open assignment given before the quarter, earliest answer-by first, with empty answers', () => {
    const items = draftReportingBack(q1, [
      assignment('SHVO-2025Q4-2', { answerBy: { year: 2026, quarter: 2 } }),
      assignment('SHVO-2025Q4-10'),
      assignment('SHVO-2025Q4-1'),
      assignment('SHVO-2025Q3-1', { state: 'closed', givenFor: { year: 2025, quarter: 3 } }),
      assignment('SHVO-2026Q1-1', { givenFor: q1, answerBy: { year: 2026, quarter: 2 } })
    ]);
    expect(items.map((i) => i.assignmentKey)).toEqual(['SHVO-2025Q4-1', 'SHVO-2025Q4-10', 'SHVO-2025Q4-2']);
    expect(items[0]).toEqual({
      assignmentKey: 'SHVO-2025Q4-1',
      assignment: 'Uppdrag SHVO-2025Q4-1',
      givenFor: { year: 2025, quarter: 4 },
      answerBy: { year: 2026, quarter: 1 },
      answer: ''
    });
  });

  it('keeps answers already written, takes the assignment text as it is now, and keeps an answered item whose assignment closed', () => {
    const existing: IReportingBackItem[] = [
      { assignmentKey: 'SHVO-2025Q4-1', assignment: 'gammal text', givenFor: { year: 2025, quarter: 4 }, answerBy: q1, status: 'ongoing', answer: 'Vi har börjat.' },
      { assignmentKey: 'SHVO-2025Q3-1', assignment: 'stängt', givenFor: { year: 2025, quarter: 3 }, answerBy: q1, status: 'done', answer: 'Klart i januari.' },
      { assignmentKey: 'SHVO-2025Q3-2', assignment: 'stängt utan svar', givenFor: { year: 2025, quarter: 3 }, answerBy: q1, answer: ' ' }
    ];
    const items = draftReportingBack(q1, [assignment('SHVO-2025Q4-1', { text: 'Ny lydelse' }), assignment('SHVO-2025Q4-2')], existing);
    expect(items).toEqual([
      { assignmentKey: 'SHVO-2025Q4-1', assignment: 'Ny lydelse', givenFor: { year: 2025, quarter: 4 }, answerBy: q1, status: 'ongoing', answer: 'Vi har börjat.' },
      { assignmentKey: 'SHVO-2025Q4-2', assignment: 'Uppdrag SHVO-2025Q4-2', givenFor: { year: 2025, quarter: 4 }, answerBy: q1, answer: '' },
      existing[1]
    ]);
  });

  it('leaves the field out of a report with nothing to report back on', () => {
    const seed = seedReport();
    expect('reportingBack' in withReportingBack({ ...seed, reportingBack: [] }, [])).toBe(false);
    expect(withReportingBack(seed, draftReportingBack(q1, [assignment('SHVO-2025Q4-1')])).reportingBack).toHaveLength(1);
  });

  it("puts the object's open assignments into the next quarter's draft, not another object's", () => {
    const seed = seedReport();
    const draft = nextQuarterDraft(seed, () => undefined, [assignment('SHVO-2025Q4-1'), assignment('ABC-2025Q4-1', { objectKey: 'ABC' })]);
    expect(draft.header.period).toEqual(q1);
    expect(draft.reportingBack?.map((i) => i.assignmentKey)).toEqual(['SHVO-2025Q4-1']);
    expect('reportingBack' in nextQuarterDraft(seed, () => undefined)).toBe(false);
  });

  it('numbers new assignments per object and quarter', () => {
    const q4 = { year: 2025, quarter: 4 } as const;
    expect(nextAssignmentKey('SHVO', q4, [])).toBe('SHVO-2025Q4-1');
    expect(nextAssignmentKey('SHVO', q4, ['SHVO-2025Q4-1', 'SHVO-2025Q4-9', 'SHVO-2025Q3-12', 'ABC-2025Q4-20'])).toBe('SHVO-2025Q4-10');
  });
});
