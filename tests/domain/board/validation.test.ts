import { validateReportingBack, answerTextRequired, BOARD_MESSAGE_KEYS } from '../../../src/domain/board/validation';
import type { IReportingBackItem } from '../../../src/domain/board/model';
import { DOMAIN_MESSAGE_KEYS } from '../../../src/domain/messages';

const q1 = { year: 2026, quarter: 1 } as const;
const q2 = { year: 2026, quarter: 2 } as const;
function item(over: Partial<IReportingBackItem>): IReportingBackItem {
  return { assignmentKey: 'SHVO-2025Q4-1', assignment: 'Uppdrag', givenFor: { year: 2025, quarter: 4 }, answerBy: q1, answer: '', ...over };
}

describe('validating the answers', () => {
  it('accepts answered items and a missing section', () => {
    expect(validateReportingBack([item({ status: 'done', answer: 'Klart.' })], q1)).toEqual([]);
    expect(validateReportingBack(undefined, q1)).toEqual([]);
  });

  it('requires a status on every item', () => {
    expect(validateReportingBack([item({ answer: 'Text utan status' })], q1)).toEqual([
      { path: 'reportingBack[0].status', messageKey: 'board.validation.answerStatusRequired' }
    ]);
    expect(validateReportingBack([{ ...item({}), status: 'klar' }], q1)[0].messageKey).toBe('board.validation.answerStatusRequired');
  });

  it('requires text unless the assignment is not started and not yet due', () => {
    expect(validateReportingBack([item({ status: 'done', answer: '  ' })], q1)).toEqual([
      { path: 'reportingBack[0].answer', messageKey: 'board.validation.answerRequired' }
    ]);
    expect(validateReportingBack([item({ status: 'notStarted' })], q1)).toHaveLength(1);
    expect(validateReportingBack([item({ status: 'notStarted', answerBy: q2 })], q1)).toEqual([]);
    expect(validateReportingBack([item({ status: 'ongoing', answerBy: q2 })], q1)).toHaveLength(1);
    expect(answerTextRequired('notStarted', q1, q1)).toBe(true);
  });

  it('flags a text SharePoint cannot hold and an assignment answered twice', () => {
    const errors = validateReportingBack([item({ status: 'done', answer: 'x'.repeat(64000) }), item({ status: 'done', answer: 'Igen' })], q1);
    expect(errors).toEqual([
      { path: 'reportingBack[0].answer', messageKey: 'board.validation.answerTooLong', params: { max: 63999, length: 64000 } },
      { path: 'reportingBack[1].assignmentKey', messageKey: 'board.validation.duplicateAssignment', params: { key: 'SHVO-2025Q4-1' } }
    ]);
  });

  it('does not throw on junk', () => {
    expect(validateReportingBack('junk', q1)).toEqual([]);
    expect(validateReportingBack([null], q1).map((e) => e.messageKey)).toEqual(['board.validation.answerStatusRequired']);
  });

  it('registers its message keys with the domain', () => {
    BOARD_MESSAGE_KEYS.forEach((k) => expect(DOMAIN_MESSAGE_KEYS).toContain(k));
  });
});
