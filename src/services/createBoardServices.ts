/**
 * Adapts the board repository (SharePoint lists) to the services the UI consumes. Results are
 * unwrapped into values or rejected with an error carrying the message key, as the reader does.
 */
import type { IBoardRepository } from '../data/repository/board/IBoardRepository';
import type { IAssignment, IBoardHandling } from '../domain/board/model';
import type { IQuarter } from '../domain/model';
import { quartersEqual } from '../domain/quarter';
import type { RepositoryResult } from '../data/repository/IStatusReportRepository';
import { readerError } from './createReportReader';
import type { IBoardAccess, IBoardCalendar, IBoardServices, IHandlingInput, IReportBoardRecords } from './IBoardServices';

function unwrap<T>(result: RepositoryResult<T>): T {
  if (result.kind === 'ok') return result.value;
  throw readerError(result.messageKey, result.kind === 'throttled' ? result : undefined);
}

export function createBoardServices(repository: IBoardRepository): IBoardServices {
  const records = async (objectKey: string, period: IQuarter): Promise<IReportBoardRecords> => {
    const all = unwrap(await repository.loadBoardRecords(objectKey));
    const handling = all.handlings.find((h) => h.objectKey === objectKey && quartersEqual(h.period, period));
    const base = {
      meetings: all.meetings,
      daysBefore: all.settings.dueDaysBeforeMeeting,
      assignments: all.assignments.filter((a) => a.objectKey === objectKey)
    };
    return handling ? { ...base, handling } : base;
  };

  return {
    async getAccess(): Promise<IBoardAccess> {
      const result = await repository.getBoardPermissions();
      // Board lists missing (a site not yet upgraded): nothing of the board is shown.
      return result.kind === 'ok' ? result.value : { canRead: false, canRecord: false };
    },

    async getCalendar(): Promise<IBoardCalendar> {
      const all = unwrap(await repository.loadBoardRecords());
      return { meetings: all.meetings, daysBefore: all.settings.dueDaysBeforeMeeting };
    },

    getRecords: records,

    async listAssignments(objectKey: string): Promise<readonly IAssignment[]> {
      return unwrap(await repository.loadBoardRecords(objectKey)).assignments.filter((a) => a.objectKey === objectKey);
    },

    async saveHandling(input: IHandlingInput): Promise<IReportBoardRecords> {
      const earlier = unwrap(await repository.loadHandling(input.objectKey, input.period));
      const handling: IBoardHandling = {
        objectKey: input.objectKey,
        period: input.period,
        meetingDate: input.meetingDate,
        notes: input.notes,
        decisions: input.decisions,
        // The assignments given earlier stay; giveAssignment adds each new key.
        assignmentKeys: earlier ? earlier.assignmentKeys : []
      };
      unwrap(await repository.saveHandling(handling));
      for (const a of input.newAssignments) {
        unwrap(
          await repository.giveAssignment({ objectKey: input.objectKey, text: a.text, givenFor: input.period, meetingDate: input.meetingDate, answerBy: a.answerBy })
        );
      }
      return records(input.objectKey, input.period);
    },

    async closeAssignment(_objectKey: string, assignmentKey: string, note: string): Promise<IAssignment> {
      return unwrap(await repository.closeAssignment(assignmentKey, note));
    }
  };
}

