/**
 * Pure mapping between the board's records and their SharePoint rows (GitsBoardMeetings,
 * GitsBoardHandlings, GitsBoardAssignments, GitsBoardLog). Date-only columns are stored as
 * the site's local midnight (siteDates), like every date-only column of the product.
 */
/* eslint-disable @rushstack/no-new-null -- SharePoint REST clears a column only when sent null */
import type { IPerson, IQuarter, QuarterNumber } from '../../../domain/model';
import type {
  AssignmentState,
  BoardLogAction,
  IAssignment,
  IBoardDecision,
  IBoardHandling,
  IBoardLogEntry,
  IBoardMeeting
} from '../../../domain/board/model';
import { isValidQuarter } from '../../../domain/quarter';
import { BOARD_LOG_ACTIONS } from '../../schema/schema';
import { reportRowKey, titleOf, type Row } from '../rows/mapping';
import type { ISiteDates } from '../rows/siteDates';
import { personFrom } from '../rows/values';

type Text = string | null;
type Num = number | null;

export type MeetingRow = { readonly Id: number; readonly Title?: Text; readonly RowKey?: Text; readonly MeetingDate?: Text };
export type HandlingRow = {
  readonly Id: number;
  readonly RowKey?: Text;
  readonly ObjectKey: string;
  readonly PeriodYear?: Num;
  readonly PeriodQuarter?: Num;
  readonly MeetingDate?: Text;
  readonly HandlingNotes?: Text;
  readonly Decisions?: Text;
  readonly AssignmentKeys?: Text;
};
export type AssignmentRow = {
  readonly Id: number;
  readonly RowKey?: Text;
  readonly ObjectKey: string;
  readonly AssignmentText?: Text;
  readonly GivenYear?: Num;
  readonly GivenQuarter?: Num;
  readonly MeetingDate?: Text;
  readonly AnswerByYear?: Num;
  readonly AnswerByQuarter?: Num;
  readonly AssignmentState?: Text;
  readonly ClosedAt?: Text;
  readonly ClosedByName?: Text;
  readonly ClosedByEmail?: Text;
  readonly ClosingNote?: Text;
};
export type BoardLogRow = {
  readonly Id: number;
  readonly Action?: Text;
  readonly ObjectKey?: Text;
  readonly Subject?: Text;
  readonly ActorName?: Text;
  readonly ActorEmail?: Text;
  readonly ActionAt?: Text;
  readonly Detail?: Text;
};

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function quarter(year: unknown, q: unknown): IQuarter {
  const value = { year: Number(year), quarter: Number(q) };
  return isValidQuarter(value) ? { year: value.year, quarter: value.quarter as QuarterNumber } : { year: 0, quarter: 1 };
}

function parseArray(v: unknown): unknown[] {
  if (typeof v !== 'string' || v === '') return [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function dateOf(v: unknown, dates: ISiteDates): string {
  return typeof v === 'string' && v !== '' ? dates.fromStored(v) : '';
}

/** Key of a handling: the report's own key ("SHVO-2025-Q4"), one handling per report. */
export function handlingRowKey(objectKey: string, period: IQuarter): string {
  return reportRowKey(objectKey, period);
}

/** Subject of a handling in the log: "2025Q4". */
export function periodSubject(period: IQuarter): string {
  return `${period.year}Q${period.quarter}`;
}

export function meetingRow(m: IBoardMeeting, dates: ISiteDates): Row {
  return { Title: titleOf(m.title), RowKey: m.date, MeetingDate: dates.toStored(m.date) };
}

export function meetingFrom(r: MeetingRow, dates: ISiteDates): IBoardMeeting {
  const date = r.MeetingDate ? dateOf(r.MeetingDate, dates) : str(r.RowKey);
  return { date, title: str(r.Title) };
}

export function handlingRow(h: IBoardHandling, dates: ISiteDates): Row {
  return {
    Title: titleOf(`${h.objectKey} ${periodSubject(h.period)}`),
    RowKey: handlingRowKey(h.objectKey, h.period),
    ObjectKey: h.objectKey,
    PeriodYear: h.period.year,
    PeriodQuarter: h.period.quarter,
    MeetingDate: h.meetingDate ? dates.toStored(h.meetingDate) : null,
    HandlingNotes: h.notes,
    Decisions: JSON.stringify(h.decisions.map((d) => ({ text: d.text, minutesReference: d.minutesReference }))),
    AssignmentKeys: JSON.stringify(h.assignmentKeys)
  };
}

export function handlingFrom(r: HandlingRow, dates: ISiteDates): IBoardHandling {
  const decisions = parseArray(r.Decisions)
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null)
    .map((d): IBoardDecision => ({ text: str(d.text), minutesReference: str(d.minutesReference) }));
  return {
    objectKey: r.ObjectKey,
    period: quarter(r.PeriodYear, r.PeriodQuarter),
    meetingDate: dateOf(r.MeetingDate, dates),
    notes: str(r.HandlingNotes),
    decisions,
    assignmentKeys: parseArray(r.AssignmentKeys).filter((k): k is string => typeof k === 'string')
  };
}

export function assignmentRow(a: IAssignment, dates: ISiteDates): Row {
  return {
    Title: titleOf(a.text),
    RowKey: a.key,
    ObjectKey: a.objectKey,
    AssignmentText: a.text,
    GivenYear: a.givenFor.year,
    GivenQuarter: a.givenFor.quarter,
    MeetingDate: a.meetingDate ? dates.toStored(a.meetingDate) : null,
    AnswerByYear: a.answerBy.year,
    AnswerByQuarter: a.answerBy.quarter,
    AssignmentState: a.state,
    ClosedAt: a.closedAt ?? null,
    ClosedByName: a.closedBy ? a.closedBy.displayName : null,
    ClosedByEmail: a.closedBy?.email ?? null,
    ClosingNote: a.closingNote ?? null
  };
}

export function assignmentFrom(r: AssignmentRow, dates: ISiteDates): IAssignment {
  const state: AssignmentState = r.AssignmentState === 'closed' ? 'closed' : 'open';
  const base: IAssignment = {
    key: str(r.RowKey),
    objectKey: r.ObjectKey,
    text: str(r.AssignmentText),
    givenFor: quarter(r.GivenYear, r.GivenQuarter),
    meetingDate: dateOf(r.MeetingDate, dates),
    answerBy: quarter(r.AnswerByYear, r.AnswerByQuarter),
    state
  };
  if (state !== 'closed') return base;
  const closedBy: IPerson | undefined = r.ClosedByName ? personFrom(r.ClosedByName, r.ClosedByEmail) : undefined;
  return {
    ...base,
    ...(r.ClosedAt ? { closedAt: new Date(r.ClosedAt).toISOString() } : {}),
    ...(closedBy ? { closedBy } : {}),
    ...(typeof r.ClosingNote === 'string' ? { closingNote: r.ClosingNote } : {})
  };
}

export function logRow(e: IBoardLogEntry): Row {
  return {
    Title: titleOf(`${e.action} ${e.subject}`),
    Action: e.action,
    ObjectKey: e.objectKey ?? null,
    Subject: e.subject.slice(0, 255),
    ActorName: e.by.displayName,
    ActorEmail: e.by.email ?? null,
    ActionAt: e.at,
    Detail: e.detail
  };
}

export function logFrom(r: BoardLogRow): IBoardLogEntry | undefined {
  const action = r.Action as BoardLogAction;
  if ((BOARD_LOG_ACTIONS as readonly string[]).indexOf(str(action)) < 0) return undefined;
  return {
    action,
    ...(r.ObjectKey ? { objectKey: r.ObjectKey } : {}),
    subject: str(r.Subject),
    by: personFrom(r.ActorName, r.ActorEmail),
    at: r.ActionAt ? new Date(r.ActionAt).toISOString() : '',
    detail: str(r.Detail)
  };
}
