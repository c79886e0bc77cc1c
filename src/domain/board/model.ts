/**
 * The board's handling of approved reports (ledningsrådets behandling), pm3 style: the
 * ledningsråd handles a report at a meeting, notes it, decides and gives the object
 * assignments (uppdrag); the object reports back on each in a later quarter's report.
 *
 * Pure TypeScript: no SPFx, PnPjs or React imports.
 */
import type { IPerson, IQuarter } from '../model';

/** A meeting of the ledningsråd in the governance calendar. */
export interface IBoardMeeting {
  /** ISO date (yyyy-mm-dd) in the site's time zone. */
  readonly date: string;
  /** As the minutes name it, e.g. "GITS ledningsråd 2026-02-12". */
  readonly title: string;
}

/** A decision (beslut) the board took on a report, with where the minutes record it. */
export interface IBoardDecision {
  readonly text: string;
  /** Reference to the minutes, e.g. "Protokoll 2026-02-12 § 7". */
  readonly minutesReference: string;
}

export type AssignmentState = 'open' | 'closed';

/** An assignment (uppdrag) the board gave an object; answered in later reports until closed. */
export interface IAssignment {
  /** Stable key, unique per object: "<OBJECT>-<year>Q<quarter>-<n>", e.g. "SHVO-2025Q4-1". */
  readonly key: string;
  readonly objectKey: string;
  readonly text: string;
  /** The period of the report the board handled when it gave the assignment. */
  readonly givenFor: IQuarter;
  /** ISO date of the meeting that gave it. */
  readonly meetingDate: string;
  /** The quarter whose report must answer it at the latest. */
  readonly answerBy: IQuarter;
  readonly state: AssignmentState;
  /** Set when the recorder closed it. */
  readonly closedAt?: string;
  readonly closedBy?: IPerson;
  readonly closingNote?: string;
}

/** The board's handling of one approved report of an object. */
export interface IBoardHandling {
  readonly objectKey: string;
  readonly period: IQuarter;
  /** ISO date of the meeting where the report was handled. */
  readonly meetingDate: string;
  readonly notes: string;
  readonly decisions: readonly IBoardDecision[];
  /** Keys of the assignments given at this handling (the assignments live on their own). */
  readonly assignmentKeys: readonly string[];
}

/** How far the object has come with an assignment, as the team reports it. */
export const ANSWER_STATUSES = ['done', 'ongoing', 'notStarted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/**
 * One line of a report's "Återrapportering av uppdrag från ledningsrådet": the assignment as
 * given (copied so the frozen snapshot reads on its own) and the team's answer.
 */
export interface IReportingBackItem {
  readonly assignmentKey: string;
  /** The assignment's text as the board gave it. */
  readonly assignment: string;
  readonly givenFor: IQuarter;
  readonly answerBy: IQuarter;
  /** Undefined until the team answers. */
  readonly status?: AnswerStatus;
  readonly answer: string;
}

/** One change to the board's records, as logged: who, when, what. */
export type BoardLogAction =
  | 'handlingSaved'
  | 'assignmentGiven'
  | 'assignmentChanged'
  | 'assignmentClosed'
  | 'assignmentReopened'
  | 'meetingSaved'
  | 'meetingRemoved'
  | 'settingsSaved';
export interface IBoardLogEntry {
  readonly action: BoardLogAction;
  readonly objectKey?: string;
  /** Assignment key, meeting date or "<year>Q<quarter>" of a handling. */
  readonly subject: string;
  readonly by: IPerson;
  /** ISO timestamp. */
  readonly at: string;
  /** What changed, in words or as JSON of the new values. */
  readonly detail: string;
}

/** When a report falls due, from the governance calendar. */
export type DueState = 'notDue' | 'dueSoon' | 'overdue' | 'submitted' | 'noMeeting';
export interface IReportDue {
  /** The quarter whose report is due. */
  readonly period: IQuarter;
  /** ISO date the report is due; undefined when no meeting after the quarter is in the calendar. */
  readonly dueDate?: string;
  /** The meeting it is due for. */
  readonly meeting?: IBoardMeeting;
  readonly state: DueState;
}

/** Days before the first board meeting after a quarter's end that its report is due (a setting). */
export const DEFAULT_DUE_DAYS_BEFORE_MEETING: number = 14;
/** Days before the due date from which a report counts as due soon. */
export const DUE_SOON_DAYS: number = 14;

/** Settings of the board's records (kept in SharePoint; docs/decisions/board.md). */
export interface IBoardSettings {
  /** Days before the first meeting after a quarter that its report is due. */
  readonly dueDaysBeforeMeeting: number;
}
export const DEFAULT_BOARD_SETTINGS: IBoardSettings = { dueDaysBeforeMeeting: DEFAULT_DUE_DAYS_BEFORE_MEETING };
