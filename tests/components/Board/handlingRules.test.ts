import { checkHandlingForm, initialForm, newAssignmentRow } from '../../../src/components/Board/handlingRules';
import { MEETINGS, Q3_HANDLING } from './boardFixture';

const Q4 = { year: 2025, quarter: 4 } as const;

describe('the recorder’s form rules', () => {
  it('starts a new handling at the first meeting after the quarter, and an earlier one as it was', () => {
    expect(initialForm(Q4, undefined, MEETINGS)).toEqual({ meetingDate: '2026-02-12', notes: '', decisions: [], assignments: [] });
    expect(initialForm({ year: 2026, quarter: 2 }, undefined, MEETINGS).meetingDate).toBe('');
    const earlier = initialForm({ year: 2025, quarter: 3 }, Q3_HANDLING, MEETINGS);
    expect([earlier.meetingDate, earlier.notes, earlier.decisions.map((d) => [d.text, d.minutesReference]), earlier.assignments]).toEqual([
      '2025-11-13',
      'Ledningsrådet noterade rapporten.',
      [['Rapporten läggs till handlingarna.', 'Protokoll 2025-11-13 § 4']],
      []
    ]);
    expect(newAssignmentRow(Q4).answerBy).toBe('Q1 2026');
  });

  it('turns a correct form into the handling to save', () => {
    const check = checkHandlingForm('SHVO', Q4, {
      meetingDate: ' 2026-02-12 ',
      notes: 'Noterades.',
      decisions: [{ id: 'd1', text: 'Godkänns.', minutesReference: 'Protokoll 2026-02-12 § 7' }],
      assignments: [{ id: 'a1', text: 'Redovisa kostnaden.', answerBy: '2026 Q2' }]
    });
    expect(check).toEqual({
      ok: true,
      input: {
        objectKey: 'SHVO',
        period: Q4,
        meetingDate: '2026-02-12',
        notes: 'Noterades.',
        decisions: [{ text: 'Godkänns.', minutesReference: 'Protokoll 2026-02-12 § 7' }],
        newAssignments: [{ text: 'Redovisa kostnaden.', answerBy: { year: 2026, quarter: 2 } }]
      }
    });
  });

  it('names every field in error with its message key, in form order', () => {
    const check = checkHandlingForm('SHVO', Q4, {
      meetingDate: '2026-02-30',
      notes: 'Rad\u0001',
      decisions: [{ id: 'd1', text: ' ', minutesReference: 'Protokoll\n§ 7' }],
      assignments: [
        { id: 'a1', text: 'Redovisa.', answerBy: 'Q4 2025' },
        { id: 'a2', text: 'Redovisa mer.', answerBy: 'nästa år' }
      ]
    });
    expect(check.ok ? [] : check.errors.map((e) => [e.path, e.messageKey])).toEqual([
      ['meetingDate', 'validation.dateFormat'],
      ['notes', 'validation.invalidCharacters'],
      ['decisions.d1.text', 'validation.required'],
      ['decisions.d1.minutesReference', 'validation.singleLine'],
      ['assignments.a1.answerBy', 'boardUi.form.answerByTooEarly'],
      ['assignments.a2.answerBy', 'validation.quarterFormat']
    ]);
    const before = checkHandlingForm('SHVO', Q4, { meetingDate: '2025-12-31', notes: '', decisions: [], assignments: [] });
    expect(before.ok ? undefined : before.errors).toEqual([{ path: 'meetingDate', messageKey: 'boardUi.form.meetingBeforeQuarterEnd', params: { date: '2025-12-31' } }]);
    const long = checkHandlingForm('SHVO', Q4, { meetingDate: '2026-02-12', notes: '', decisions: [{ id: 'd', text: 'x', minutesReference: 'p'.repeat(256) }], assignments: [] });
    expect(long.ok ? undefined : long.errors).toEqual([{ path: 'decisions.d.minutesReference', messageKey: 'validation.tooLong', params: { max: 255, length: 256 } }]);
  });
});
