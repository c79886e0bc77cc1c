/**
 * The recorder's form as typed (text, so nothing is lost while typing) and its check: a
 * meeting date that exists, decisions with a minutes reference, assignments with the quarter
 * by which they must be answered (after the handled report's quarter). Pure.
 */
import type { IBoardHandling, IBoardMeeting } from '../../domain/board/model';
import type { IQuarter } from '../../domain/model';
import { quarterEndDate } from '../../domain/board/dates';
import { firstMeetingAfter } from '../../domain/board/due';
import { compareQuarters, formatQuarter, nextQuarter, parseQuarter } from '../../domain/quarter';
import { MAX_NOTE_LENGTH, MAX_SINGLE_LINE_LENGTH } from '../../domain/validation';
import type { MessageKey } from '../../messages';
import { checkDate, checkText } from '../shared/textChecks';
import type { IHandlingInput } from '../../services/IBoardServices';

export interface IDecisionRow {
  readonly id: string;
  readonly text: string;
  readonly minutesReference: string;
}

export interface IAssignmentRow {
  readonly id: string;
  readonly text: string;
  /** "Q2 2026". */
  readonly answerBy: string;
}

export interface IHandlingFormState {
  readonly meetingDate: string;
  readonly notes: string;
  readonly decisions: readonly IDecisionRow[];
  readonly assignments: readonly IAssignmentRow[];
}

export interface IFormError {
  /** "meetingDate", "notes", "decisions.<id>.text", "assignments.<id>.answerBy", … */
  readonly path: string;
  readonly messageKey: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

let counter = 0;
export function newFormRowId(): string {
  counter += 1;
  return `b${counter}`;
}


/** The form for a report: the earlier handling when there is one, else the next meeting's date and nothing else. */
export function initialForm(period: IQuarter, handling: IBoardHandling | undefined, meetings: readonly IBoardMeeting[]): IHandlingFormState {
  if (handling) {
    return {
      meetingDate: handling.meetingDate,
      notes: handling.notes,
      decisions: handling.decisions.map((d) => ({ id: newFormRowId(), text: d.text, minutesReference: d.minutesReference })),
      assignments: []
    };
  }
  const meeting = firstMeetingAfter(period, meetings);
  return { meetingDate: meeting ? meeting.date : '', notes: '', decisions: [], assignments: [] };
}

/** A new assignment row: to be answered in the next quarter's report by default. */
export function newAssignmentRow(period: IQuarter): IAssignmentRow {
  const next = nextQuarter(period);
  return { id: newFormRowId(), text: '', answerBy: formatQuarter(next, 'quarterFirst') };
}

export type FormCheck = { readonly ok: true; readonly input: IHandlingInput } | { readonly ok: false; readonly errors: readonly IFormError[] };

/** Checks the form; every field in error gets one message, in form order. */
export function checkHandlingForm(objectKey: string, period: IQuarter, form: IHandlingFormState): FormCheck {
  const errors: IFormError[] = [];
  const text = (path: string, value: string, required: boolean, singleLine: boolean): void => {
    const max = singleLine ? MAX_SINGLE_LINE_LENGTH : MAX_NOTE_LENGTH;
    if (required && value.trim() === '') {
      errors.push({ path, messageKey: 'validation.required' });
      return;
    }
    if (value.length > max) {
      errors.push({ path, messageKey: 'validation.tooLong', params: { max, length: value.length } });
      return;
    }
    const key = checkText(value, { singleLine });
    if (key) errors.push({ path, messageKey: key });
  };

  if (form.meetingDate.trim() === '') {
    errors.push({ path: 'meetingDate', messageKey: 'validation.required' });
  } else {
    const dateError = checkDate(form.meetingDate.trim());
    if (dateError) errors.push({ path: 'meetingDate', messageKey: dateError });
    else if (form.meetingDate.trim() <= quarterEndDate(period)) {
      errors.push({ path: 'meetingDate', messageKey: 'boardUi.form.meetingBeforeQuarterEnd', params: { date: quarterEndDate(period) } });
    }
  }
  text('notes', form.notes, false, false);
  form.decisions.forEach((d) => {
    text(`decisions.${d.id}.text`, d.text, true, false);
    text(`decisions.${d.id}.minutesReference`, d.minutesReference, true, true);
  });
  const answerBy: IQuarter[] = [];
  form.assignments.forEach((a) => {
    text(`assignments.${a.id}.text`, a.text, true, false);
    const parsed = parseQuarter(a.answerBy.trim());
    if (!parsed.ok) {
      errors.push({ path: `assignments.${a.id}.answerBy`, messageKey: parsed.messageKey });
    } else if (compareQuarters(parsed.value, period) <= 0) {
      errors.push({ path: `assignments.${a.id}.answerBy`, messageKey: 'boardUi.form.answerByTooEarly', params: { period: formatQuarter(period, 'quarterFirst') } });
    } else {
      answerBy.push(parsed.value);
    }
  });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      objectKey,
      period,
      meetingDate: form.meetingDate.trim(),
      notes: form.notes,
      decisions: form.decisions.map((d) => ({ text: d.text, minutesReference: d.minutesReference })),
      newAssignments: form.assignments.map((a, i) => ({ text: a.text, answerBy: answerBy[i] }))
    }
  };
}
