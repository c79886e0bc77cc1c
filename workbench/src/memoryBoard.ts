/**
 * IBoardServices kept in memory: meetings, handlings and assignments of any number of objects,
 * with a change log, switches for the access SharePoint would grant and for one-off failures.
 * The component tests use it; not part of the web part's bundle.
 */
import type { IAssignment, IBoardHandling, IBoardLogEntry, IBoardMeeting } from '../../src/domain/board/model';
import { DEFAULT_DUE_DAYS_BEFORE_MEETING } from '../../src/domain/board/model';
import type { IPerson, IQuarter } from '../../src/domain/model';
import type { IBoardAccess, IBoardCalendar, IBoardServices, IHandlingInput, IReportBoardRecords } from '../../src/services/IBoardServices';

export type BoardOperation = keyof IBoardServices;

export interface IMemoryBoardOptions {
  readonly access?: IBoardAccess;
  readonly meetings?: readonly IBoardMeeting[];
  readonly assignments?: readonly IAssignment[];
  readonly handlings?: readonly IBoardHandling[];
  readonly user?: IPerson;
  readonly dueDays?: number;
  /** "Now" of the log. */
  readonly now?: () => Date;
}

function samePeriod(a: IQuarter, b: IQuarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

/** An error as the SharePoint adapter rejects with: only a message key travels. */
function failure(messageKey: string): Error {
  return Object.assign(new Error(messageKey), { messageKey });
}

export class MemoryBoardServices implements IBoardServices {
  public access: IBoardAccess;
  public meetings: IBoardMeeting[];
  public assignments: IAssignment[];
  public handlings: IBoardHandling[];
  public log: IBoardLogEntry[] = [];
  public user: IPerson;
  public dueDays: number;
  /** Calls made, in order (to check what the UI asked for). */
  public calls: BoardOperation[] = [];
  private readonly failures: Map<BoardOperation, string> = new Map();
  private readonly now: () => Date;

  public constructor(options: IMemoryBoardOptions = {}) {
    this.access = options.access ?? { canRead: true, canRecord: true };
    this.meetings = (options.meetings ?? []).slice();
    this.assignments = (options.assignments ?? []).slice();
    this.handlings = (options.handlings ?? []).slice();
    this.user = options.user ?? { displayName: 'Anna Approver', email: 'approver@example.org' };
    this.dueDays = options.dueDays ?? DEFAULT_DUE_DAYS_BEFORE_MEETING;
    this.now = options.now ?? ((): Date => new Date());
  }

  /** The next call of `operation` rejects with `messageKey` (once). */
  public failNext(operation: BoardOperation, messageKey: string): void {
    this.failures.set(operation, messageKey);
  }

  private async enter(operation: BoardOperation, write: boolean): Promise<void> {
    this.calls.push(operation);
    await Promise.resolve();
    const key = this.failures.get(operation);
    if (key !== undefined) {
      this.failures.delete(operation);
      throw failure(key);
    }
    // SharePoint refuses a write without the right, whatever the UI offered.
    if (write && !this.access.canRecord) throw failure('data.error.forbidden');
    if (!write && !this.access.canRead) throw failure('data.error.forbidden');
  }

  private record(entry: Omit<IBoardLogEntry, 'by' | 'at'>): void {
    this.log.push({ ...entry, by: this.user, at: this.now().toISOString() });
  }

  public async getAccess(): Promise<IBoardAccess> {
    this.calls.push('getAccess');
    await Promise.resolve();
    const key = this.failures.get('getAccess');
    if (key !== undefined) {
      this.failures.delete('getAccess');
      throw failure(key);
    }
    return this.access;
  }

  private calendar(): IBoardCalendar {
    return { meetings: this.meetings.slice().sort((a, b) => a.date.localeCompare(b.date)), daysBefore: this.dueDays };
  }

  public async getCalendar(): Promise<IBoardCalendar> {
    await this.enter('getCalendar', false);
    return this.calendar();
  }

  private recordsOf(objectKey: string, period: IQuarter): IReportBoardRecords {
    const handling = this.handlings.find((h) => h.objectKey === objectKey && samePeriod(h.period, period));
    const assignments = this.assignments.filter((a) => a.objectKey === objectKey);
    return handling ? { ...this.calendar(), handling, assignments } : { ...this.calendar(), assignments };
  }

  public async getRecords(objectKey: string, period: IQuarter): Promise<IReportBoardRecords> {
    await this.enter('getRecords', false);
    return this.recordsOf(objectKey, period);
  }

  public async listAssignments(objectKey: string): Promise<readonly IAssignment[]> {
    await this.enter('listAssignments', false);
    return this.assignments.filter((a) => a.objectKey === objectKey);
  }

  public async saveHandling(input: IHandlingInput): Promise<IReportBoardRecords> {
    await this.enter('saveHandling', true);
    const earlier = this.handlings.find((h) => h.objectKey === input.objectKey && samePeriod(h.period, input.period));
    const prefix = `${input.objectKey}-${input.period.year}Q${input.period.quarter}-`;
    let n = this.assignments.filter((a) => a.key.indexOf(prefix) === 0).length;
    const given: IAssignment[] = input.newAssignments.map((a) => {
      n += 1;
      return {
        key: `${prefix}${n}`,
        objectKey: input.objectKey,
        text: a.text,
        givenFor: input.period,
        meetingDate: input.meetingDate,
        answerBy: a.answerBy,
        state: 'open'
      };
    });
    this.assignments.push(...given);
    const handling: IBoardHandling = {
      objectKey: input.objectKey,
      period: input.period,
      meetingDate: input.meetingDate,
      notes: input.notes,
      decisions: input.decisions.slice(),
      assignmentKeys: [...(earlier ? earlier.assignmentKeys : []), ...given.map((a) => a.key)]
    };
    this.handlings = [...this.handlings.filter((h) => h !== earlier), handling];
    const subject = `${input.period.year}Q${input.period.quarter}`;
    this.record({ action: 'handlingSaved', objectKey: input.objectKey, subject, detail: JSON.stringify({ meetingDate: input.meetingDate, notes: input.notes, decisions: input.decisions }) });
    given.forEach((a) => this.record({ action: 'assignmentGiven', objectKey: a.objectKey, subject: a.key, detail: a.text }));
    return this.recordsOf(input.objectKey, input.period);
  }

  public async closeAssignment(objectKey: string, assignmentKey: string, note: string): Promise<IAssignment> {
    await this.enter('closeAssignment', true);
    const index = this.assignments.findIndex((a) => a.objectKey === objectKey && a.key === assignmentKey);
    if (index < 0) throw failure('data.error.notFound');
    const closed: IAssignment = { ...this.assignments[index], state: 'closed', closedAt: this.now().toISOString(), closedBy: this.user, closingNote: note };
    this.assignments[index] = closed;
    this.record({ action: 'assignmentClosed', objectKey, subject: assignmentKey, detail: note });
    return closed;
  }
}
