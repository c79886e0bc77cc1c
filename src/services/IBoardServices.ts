import type { IAssignment, IBoardDecision, IBoardHandling, IBoardMeeting } from '../domain/board/model';
import type { IQuarter } from '../domain/model';

/**
 * What the signed-in user may do with the board's records, as SharePoint's effective
 * permissions on the board lists say: read them, and record (handling, decisions, assignments).
 */
export interface IBoardAccess {
  readonly canRead: boolean;
  readonly canRecord: boolean;
}

/** An assignment as the recorder writes it at a handling; the key is given when it is saved. */
export interface INewAssignment {
  readonly text: string;
  /** The quarter whose report must answer it at the latest. */
  readonly answerBy: IQuarter;
}

/** The board's handling of one approved report as the recorder enters it. */
export interface IHandlingInput {
  readonly objectKey: string;
  readonly period: IQuarter;
  /** ISO date (yyyy-mm-dd) of the meeting. */
  readonly meetingDate: string;
  readonly notes: string;
  readonly decisions: readonly IBoardDecision[];
  /** Assignments given at this handling that are not saved yet. */
  readonly newAssignments: readonly INewAssignment[];
}

/** The governance calendar and the due setting. */
export interface IBoardCalendar {
  /** The ledningsråd's meetings, oldest first. */
  readonly meetings: readonly IBoardMeeting[];
  /** Days before the first meeting after a quarter that its report is due (the site's setting). */
  readonly daysBefore: number;
}

/** The board's records around one approved report: its handling, the object's assignments, the calendar. */
export interface IReportBoardRecords extends IBoardCalendar {
  readonly handling?: IBoardHandling;
  /** Every assignment of the object, open and closed. */
  readonly assignments: readonly IAssignment[];
}

/**
 * The board side the UI needs, kept narrow and owned by the UI like IReportReader; an adapter
 * over the board repository implements it for SharePoint, an in-memory one for tests and the
 * workbench. Methods reject with an object carrying a `messageKey` (see localizeError).
 * SharePoint enforces who may write: the UI only offers what `getAccess` says.
 */
export interface IBoardServices {
  getAccess(): Promise<IBoardAccess>;
  /** The governance calendar and the due setting. */
  getCalendar(): Promise<IBoardCalendar>;
  /** The handling of an object's report of `period` (none when not handled yet), the object's assignments and the calendar, in one read. */
  getRecords(objectKey: string, period: IQuarter): Promise<IReportBoardRecords>;
  /** Every assignment of an object. */
  listAssignments(objectKey: string): Promise<readonly IAssignment[]>;
  /** Saves the handling (replacing an earlier one of the same report) and gives its new assignments. */
  saveHandling(input: IHandlingInput): Promise<IReportBoardRecords>;
  /** Closes an assignment with the recorder's note; only the recorder may. */
  closeAssignment(objectKey: string, assignmentKey: string, note: string): Promise<IAssignment>;
}
