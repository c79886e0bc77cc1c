/**
 * IBoardRepository over the board lists of src/data/schema (GitsBoardMeetings,
 * GitsBoardHandlings, GitsBoardAssignments, GitsBoardLog) and the settings in GitsConfig, with
 * PnPjs v4. Reading everything the board's views need is one $batch (plus further pages);
 * every write is logged by the same call.
 */
import type { SPFI } from '@pnp/sp';
import type { IQuarter } from '../../../domain/model';
import type { IAssignment, IBoardHandling, IBoardLogEntry, IBoardMeeting, IBoardSettings } from '../../../domain/board/model';
import type { RepositoryResult } from '../IStatusReportRepository';
import { createContext, type IRepositoryContext, type IRepositoryOptions } from '../context';
import { hiddenListAsForbidden } from '../errors';
import { BOARD_SETTINGS_SINCE } from '../../schema/schema';
import type { IBoardLogQuery, IBoardPermissions, IBoardRecords, IBoardRepository, INewAssignment } from './IBoardRepository';
import { getBoardPermissions, loadBoardLog, loadBoardRecords, loadHandling, loadMeetings, loadSettings } from './read';
import { changeAssignment, closeAssignment, giveAssignment, removeMeeting, reopenAssignment, saveHandling, saveMeeting, saveSettings } from './write';

export class PnPBoardRepository implements IBoardRepository {
  private readonly ctx: IRepositoryContext;

  public constructor(sp: SPFI, options: IRepositoryOptions = {}) {
    this.ctx = createContext(sp, options);
  }

  /** A list the user may not open answers like a missing one; on a provisioned site that is `forbidden`. */
  private async checked<T>(pending: Promise<RepositoryResult<T>>): Promise<RepositoryResult<T>> {
    const result = await pending;
    // The board lists came with schema version 4: on an older site they are missing, not hidden.
    return result.kind === 'notProvisioned' ? hiddenListAsForbidden(this.ctx.sp, result, BOARD_SETTINGS_SINCE) : result;
  }

  public getBoardPermissions(): Promise<RepositoryResult<IBoardPermissions>> {
    return this.checked(getBoardPermissions(this.ctx));
  }

  public loadBoardRecords(objectKey?: string): Promise<RepositoryResult<IBoardRecords>> {
    return this.checked(loadBoardRecords(this.ctx, objectKey));
  }

  public loadMeetings(): Promise<RepositoryResult<readonly IBoardMeeting[]>> {
    return this.checked(loadMeetings(this.ctx));
  }

  public loadSettings(): Promise<RepositoryResult<IBoardSettings>> {
    return this.checked(loadSettings(this.ctx));
  }

  public saveSettings(settings: IBoardSettings): Promise<RepositoryResult<IBoardSettings>> {
    return this.checked(saveSettings(this.ctx, settings));
  }

  public saveMeeting(meeting: IBoardMeeting): Promise<RepositoryResult<IBoardMeeting>> {
    return this.checked(saveMeeting(this.ctx, meeting));
  }

  public removeMeeting(date: string): Promise<RepositoryResult<void>> {
    return this.checked(removeMeeting(this.ctx, date));
  }

  public loadHandling(objectKey: string, period: IQuarter): Promise<RepositoryResult<IBoardHandling | undefined>> {
    return this.checked(loadHandling(this.ctx, objectKey, period));
  }

  public saveHandling(handling: IBoardHandling): Promise<RepositoryResult<IBoardHandling>> {
    return this.checked(saveHandling(this.ctx, handling));
  }

  public giveAssignment(assignment: INewAssignment): Promise<RepositoryResult<IAssignment>> {
    return this.checked(giveAssignment(this.ctx, assignment));
  }

  public changeAssignment(key: string, change: Pick<IAssignment, 'text' | 'answerBy'>): Promise<RepositoryResult<IAssignment>> {
    return this.checked(changeAssignment(this.ctx, key, change));
  }

  public closeAssignment(key: string, closingNote: string): Promise<RepositoryResult<IAssignment>> {
    return this.checked(closeAssignment(this.ctx, key, closingNote));
  }

  public reopenAssignment(key: string): Promise<RepositoryResult<IAssignment>> {
    return this.checked(reopenAssignment(this.ctx, key));
  }

  public loadBoardLog(query?: IBoardLogQuery): Promise<RepositoryResult<readonly IBoardLogEntry[]>> {
    return this.checked(loadBoardLog(this.ctx, query));
  }
}
