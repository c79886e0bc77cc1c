/**
 * Checks of the team's answers in the reporting-back section. Status is always required; the
 * text is required unless the assignment is not started and not yet due (its answer-by
 * quarter is after the report's): then there is nothing to tell yet (docs/decisions/board.md).
 * Never throws: the input may be JSON from anywhere.
 */
import type { IQuarter } from '../model';
import { compareQuarters, isValidQuarter } from '../quarter';
import { ANSWER_STATUSES, type AnswerStatus } from './model';

export const BOARD_MESSAGE_KEYS = [
  'board.validation.answerStatusRequired',
  'board.validation.answerRequired',
  'board.validation.answerTooLong',
  'board.validation.duplicateAssignment'
] as const;
export type BoardMessageKey = (typeof BOARD_MESSAGE_KEYS)[number];

export interface IReportingBackError {
  /** "reportingBack[2].status" / "reportingBack[2].answer", as the editor names its inputs. */
  readonly path: string;
  readonly messageKey: BoardMessageKey;
  readonly params?: Record<string, string | number>;
}

/** SharePoint multiple lines of text (plain) holds at most 63,999 characters. */
export const MAX_ANSWER_LENGTH: number = 63999;

export function isAnswerStatus(value: unknown): value is AnswerStatus {
  return typeof value === 'string' && (ANSWER_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** Whether an answer with this status needs text in `period`'s report. */
export function answerTextRequired(status: AnswerStatus, answerBy: IQuarter | undefined, period: IQuarter): boolean {
  const notYetDue = answerBy !== undefined && isValidQuarter(answerBy) && compareQuarters(answerBy, period) > 0;
  return !(status === 'notStarted' && notYetDue);
}

/** Every problem of the section in `period`'s report, in order; empty when it can be submitted. */
export function validateReportingBack(items: unknown, period: IQuarter): IReportingBackError[] {
  const errors: IReportingBackError[] = [];
  if (items === undefined || items === null) {
    return errors;
  }
  const list: readonly unknown[] = Array.isArray(items) ? items : [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const path = `reportingBack[${i}]`;
    const key = typeof item.assignmentKey === 'string' ? item.assignmentKey : '';
    if (key !== '' && seen.has(key)) {
      errors.push({ path: `${path}.assignmentKey`, messageKey: 'board.validation.duplicateAssignment', params: { key } });
    }
    seen.add(key);
    const status = item.status;
    const answer = typeof item.answer === 'string' ? item.answer : '';
    if (!isAnswerStatus(status)) {
      errors.push({ path: `${path}.status`, messageKey: 'board.validation.answerStatusRequired' });
    } else if (answer.trim() === '' && answerTextRequired(status, item.answerBy as IQuarter | undefined, period)) {
      errors.push({ path: `${path}.answer`, messageKey: 'board.validation.answerRequired' });
    }
    if (answer.length > MAX_ANSWER_LENGTH) {
      errors.push({ path: `${path}.answer`, messageKey: 'board.validation.answerTooLong', params: { max: MAX_ANSWER_LENGTH, length: answer.length } });
    }
  });
  return errors;
}
