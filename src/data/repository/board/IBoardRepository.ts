/**
 * Data access to the board's records (ledningsrådets behandling): the governance calendar,
 * the board's handling of each approved report, the assignments it gives and the change log.
 * Implemented over SharePoint lists with PnPjs (PnPBoardRepository); SharePoint decides who may
 * write (the recorders: "GITS Statusrapport protokollförare", and the approvers), so a
 * forbidden write comes back as `forbidden`, never as an exception.
 *
 * Every operation resolves to a typed result (RepositoryResult) with a messageKey on failure.
 * Every write is logged in the change log (who, when, what) by the same call.
 */
import type { IQuarter } from '../../../domain/model';
import type {
  IAssignment,
  IBoardHandling,
  IBoardLogEntry,
  IBoardMeeting,
  IBoardSettings
} from '../../../domain/board/model';
import type { RepositoryResult } from '../IStatusReportRepository';

/** What the current user may do with the board's records. */
export interface IBoardPermissions {
  readonly canRead: boolean;
  /** May add and change meetings, handlings and assignments (recorders and approvers). */
  readonly canRecord: boolean;
}

/** Everything the board's views need, read in one round trip. */
export interface IBoardRecords {
  /** The governance calendar, oldest meeting first. */
  readonly meetings: readonly IBoardMeeting[];
  /** Handlings, by object then period (oldest first). */
  readonly handlings: readonly IBoardHandling[];
  /** Assignments, by object then key. */
  readonly assignments: readonly IAssignment[];
  readonly settings: IBoardSettings;
}

/** Which change log entries to read. */
export interface IBoardLogQuery {
  readonly objectKey?: string;
  /** Assignment key, meeting date or "<year>Q<quarter>" of a handling. */
  readonly subject?: string;
}

/** A new assignment: the repository gives it its key ("<OBJECT>-<year>Q<quarter>-<n>") and state open. */
export type INewAssignment = Omit<IAssignment, 'key' | 'state' | 'closedAt' | 'closedBy' | 'closingNote'>;

export interface IBoardRepository {
  getBoardPermissions(): Promise<RepositoryResult<IBoardPermissions>>;

  /**
   * Calendar, settings, and the handlings and assignments of one object (or of all objects
   * when `objectKey` is absent), in one $batch; paged reads follow odata.nextLink.
   */
  loadBoardRecords(objectKey?: string): Promise<RepositoryResult<IBoardRecords>>;

  /** The governance calendar alone, oldest first. */
  loadMeetings(): Promise<RepositoryResult<readonly IBoardMeeting[]>>;

  /** Settings (the default when none is stored). */
  loadSettings(): Promise<RepositoryResult<IBoardSettings>>;

  /** Stores the settings (site owners only: they live in the hidden config list). Logged. */
  saveSettings(settings: IBoardSettings): Promise<RepositoryResult<IBoardSettings>>;

  /** Adds a meeting or changes the title of the meeting on that date. Logged. */
  saveMeeting(meeting: IBoardMeeting): Promise<RepositoryResult<IBoardMeeting>>;

  /** Removes the meeting on that date from the calendar. Logged. */
  removeMeeting(date: string): Promise<RepositoryResult<void>>;

  /** The handling of one report, if recorded. */
  loadHandling(objectKey: string, period: IQuarter): Promise<RepositoryResult<IBoardHandling | undefined>>;

  /** Adds or replaces the handling of a report (by object and period). Logged. */
  saveHandling(handling: IBoardHandling): Promise<RepositoryResult<IBoardHandling>>;

  /** Gives an assignment (new key, state open) and adds its key to the handling's list. Logged. */
  giveAssignment(assignment: INewAssignment): Promise<RepositoryResult<IAssignment>>;

  /** Changes an open assignment's text or answer-by quarter (by key). Logged. */
  changeAssignment(key: string, change: Pick<IAssignment, 'text' | 'answerBy'>): Promise<RepositoryResult<IAssignment>>;

  /** Closes an assignment (the recorder's decision), with a note; who and when are the current user and now. Logged. */
  closeAssignment(key: string, closingNote: string): Promise<RepositoryResult<IAssignment>>;

  /** Opens a closed assignment again. Logged. */
  reopenAssignment(key: string): Promise<RepositoryResult<IAssignment>>;

  /** Change log entries, oldest first. */
  loadBoardLog(query?: IBoardLogQuery): Promise<RepositoryResult<readonly IBoardLogEntry[]>>;
}
