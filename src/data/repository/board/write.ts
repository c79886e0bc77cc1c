/**
 * Writes of the board's records, each followed by its log entry in GitsBoardLog (who, when,
 * what). SharePoint decides who may write: recorders and approvers on the board lists, owners
 * on the settings; anyone else gets `forbidden` and nothing is written or logged.
 *
 * The write goes first and the log entry after it, never in one batch: batches are not atomic,
 * and an entry for a change that did not happen could not be taken back (the log is
 * append-only). When the entry fails after the write, the call answers `partialSave`; repeating
 * it writes the same values again (upserts by key) and logs them.
 */
import type { IAssignment, BoardLogAction, IBoardHandling, IBoardMeeting, IBoardSettings } from '../../../domain/board/model';
import { isIsoDate } from '../../../domain/board/dates';
import { nextAssignmentKey } from '../../../domain/board/reportingBack';
import { isValidQuarter } from '../../../domain/quarter';
import { BOARD_DUE_DAYS_KEY } from '../../schema/schema';
import type { RepositoryError, RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { NO_METADATA, datesOf, list, type IRepositoryContext } from '../context';
import { guard, invalidState, notFound, partialSave, toRepositoryError } from '../errors';
import { readAll } from '../read/paging';
import { selectOf } from '../rows/select';
import { q } from '../rows/values';
import { assignmentRowOf, currentUser, handlingRowOf, meetingRowOf } from './read';
import type { INewAssignment } from './IBoardRepository';
import { assignmentFrom, assignmentRow, handlingFrom, handlingRow, logRow, meetingRow, periodSubject, type AssignmentRow } from './rows';

interface ILogged {
  readonly action: BoardLogAction;
  readonly objectKey?: string;
  readonly subject: string;
  readonly detail: unknown;
}

/** Adds the log entry of a write that has succeeded. */
async function log(ctx: IRepositoryContext, entry: ILogged): Promise<RepositoryError | undefined> {
  try {
    const by = await currentUser(ctx);
    await list(ctx.sp, 'boardLog').items.add(
      logRow({
        action: entry.action,
        ...(entry.objectKey !== undefined ? { objectKey: entry.objectKey } : {}),
        subject: entry.subject,
        by,
        at: ctx.now().toISOString(),
        detail: typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail)
      })
    );
    return undefined;
  } catch (e) {
    const error = toRepositoryError(e);
    return error.kind === 'network' || error.kind === 'throttled' ? error : partialSave();
  }
}

async function logged<T>(ctx: IRepositoryContext, value: T, entry: ILogged): Promise<RepositoryResult<T>> {
  const failed = await log(ctx, entry);
  return failed ?? ok(value);
}

export function saveMeeting(ctx: IRepositoryContext, meeting: IBoardMeeting): Promise<RepositoryResult<IBoardMeeting>> {
  return guard(async () => {
    if (!isIsoDate(meeting.date)) return invalidState();
    const saved: IBoardMeeting = { date: meeting.date, title: meeting.title.trim() || `GITS ledningsråd ${meeting.date}` };
    const dates = await datesOf(ctx);
    const existing = await meetingRowOf(ctx.sp, meeting.date);
    const row = meetingRow(saved, dates);
    if (existing) await list(ctx.sp, 'boardMeetings').items.getById(existing.Id).update(row);
    else await list(ctx.sp, 'boardMeetings').items.add(row);
    return logged(ctx, saved, { action: 'meetingSaved', subject: saved.date, detail: saved });
  });
}

export function removeMeeting(ctx: IRepositoryContext, date: string): Promise<RepositoryResult<void>> {
  return guard(async () => {
    const existing = await meetingRowOf(ctx.sp, date);
    if (!existing) return notFound();
    await list(ctx.sp, 'boardMeetings').items.getById(existing.Id).delete();
    return logged(ctx, undefined, { action: 'meetingRemoved', subject: date, detail: { date, title: existing.Title ?? '' } });
  });
}

export function saveSettings(ctx: IRepositoryContext, settings: IBoardSettings): Promise<RepositoryResult<IBoardSettings>> {
  return guard(async () => {
    const days = settings.dueDaysBeforeMeeting;
    if (!Number.isInteger(days) || days < 0 || days > 365) return invalidState();
    const items = list(ctx.sp, 'config').items;
    const rows: { Id: number }[] = await items.using(NO_METADATA).filter(`Title eq ${q(BOARD_DUE_DAYS_KEY)}`).select('Id')();
    if (rows.length > 0) await items.getById(rows[0].Id).update({ ConfigValue: String(days) });
    else await items.add({ Title: BOARD_DUE_DAYS_KEY, ConfigValue: String(days) });
    return logged(ctx, { dueDaysBeforeMeeting: days }, { action: 'settingsSaved', subject: BOARD_DUE_DAYS_KEY, detail: { dueDaysBeforeMeeting: days } });
  });
}

function validHandling(h: IBoardHandling): boolean {
  return isValidQuarter(h.period) && (h.meetingDate === '' || isIsoDate(h.meetingDate));
}

export function saveHandling(ctx: IRepositoryContext, handling: IBoardHandling): Promise<RepositoryResult<IBoardHandling>> {
  return guard(async () => {
    if (!validHandling(handling)) return invalidState();
    const dates = await datesOf(ctx);
    const existing = await handlingRowOf(ctx.sp, handling.objectKey, handling.period);
    const row = handlingRow(handling, dates);
    if (existing) await list(ctx.sp, 'boardHandlings').items.getById(existing.Id).update(row);
    else await list(ctx.sp, 'boardHandlings').items.add(row);
    return logged(ctx, handling, {
      action: 'handlingSaved',
      objectKey: handling.objectKey,
      subject: periodSubject(handling.period),
      detail: { meetingDate: handling.meetingDate, notes: handling.notes, decisions: handling.decisions, assignmentKeys: handling.assignmentKeys }
    });
  });
}

/** Keys already given to an object for a quarter. */
async function keysOf(ctx: IRepositoryContext, assignment: INewAssignment): Promise<string[]> {
  const rows = await readAll<AssignmentRow>(
    list(ctx.sp, 'boardAssignments')
      .items.using(NO_METADATA)
      .filter(`ObjectKey eq ${q(assignment.objectKey)} and GivenYear eq ${assignment.givenFor.year} and GivenQuarter eq ${assignment.givenFor.quarter}`)
      .select(...selectOf('boardAssignments', 'Id', 'RowKey', 'ObjectKey'))
      .top(ctx.page)
  );
  return rows.map((r) => String(r.RowKey ?? ''));
}

/** Tries for a free key a few times: two recorders giving assignments at once both compute the same next key, and the unique RowKey refuses the second. */
const KEY_ATTEMPTS = 3;

export function giveAssignment(ctx: IRepositoryContext, assignment: INewAssignment): Promise<RepositoryResult<IAssignment>> {
  return guard(async () => {
    if (!isValidQuarter(assignment.givenFor) || !isValidQuarter(assignment.answerBy) || assignment.text.trim() === '') return invalidState();
    if (assignment.meetingDate !== '' && !isIsoDate(assignment.meetingDate)) return invalidState();
    const dates = await datesOf(ctx);
    let given: IAssignment | undefined;
    for (let attempt = 0; attempt < KEY_ATTEMPTS && !given; attempt++) {
      const key = nextAssignmentKey(assignment.objectKey, assignment.givenFor, await keysOf(ctx, assignment));
      const candidate: IAssignment = { ...assignment, key, state: 'open' };
      try {
        await list(ctx.sp, 'boardAssignments').items.add(assignmentRow(candidate, dates));
        given = candidate;
      } catch (e) {
        if (toRepositoryError(e).kind !== 'alreadyExists' || attempt === KEY_ATTEMPTS - 1) throw e;
      }
    }
    if (!given) return invalidState();
    // The handling lists the assignments it gave; created with the meeting when not recorded yet.
    const existing = await handlingRowOf(ctx.sp, given.objectKey, given.givenFor);
    const keys = existing ? handlingFrom(existing, dates).assignmentKeys.slice() : [];
    if (keys.indexOf(given.key) < 0) keys.push(given.key);
    if (existing) {
      await list(ctx.sp, 'boardHandlings').items.getById(existing.Id).update({ AssignmentKeys: JSON.stringify(keys) });
    } else {
      const handling: IBoardHandling = { objectKey: given.objectKey, period: given.givenFor, meetingDate: given.meetingDate, notes: '', decisions: [], assignmentKeys: keys };
      await list(ctx.sp, 'boardHandlings').items.add(handlingRow(handling, dates));
    }
    return logged(ctx, given, { action: 'assignmentGiven', objectKey: given.objectKey, subject: given.key, detail: { text: given.text, answerBy: given.answerBy, meetingDate: given.meetingDate } });
  });
}

async function updateAssignment(
  ctx: IRepositoryContext,
  key: string,
  change: (current: IAssignment) => IAssignment | RepositoryError,
  action: BoardLogAction,
  detail: (updated: IAssignment) => unknown
): Promise<RepositoryResult<IAssignment>> {
  const dates = await datesOf(ctx);
  const row = await assignmentRowOf(ctx.sp, key);
  if (!row) return notFound();
  const changed = change(assignmentFrom(row, dates));
  if ('kind' in changed) return changed;
  await list(ctx.sp, 'boardAssignments').items.getById(row.Id).update(assignmentRow(changed, dates));
  return logged(ctx, changed, { action, objectKey: changed.objectKey, subject: key, detail: detail(changed) });
}

export function changeAssignment(ctx: IRepositoryContext, key: string, change: Pick<IAssignment, 'text' | 'answerBy'>): Promise<RepositoryResult<IAssignment>> {
  return guard(async () => {
    if (!isValidQuarter(change.answerBy) || change.text.trim() === '') return invalidState();
    return updateAssignment(
      ctx,
      key,
      (a) => ({ ...a, text: change.text, answerBy: change.answerBy }),
      'assignmentChanged',
      (a) => ({ text: a.text, answerBy: a.answerBy })
    );
  });
}

export function closeAssignment(ctx: IRepositoryContext, key: string, closingNote: string): Promise<RepositoryResult<IAssignment>> {
  return guard(async () => {
    const by = await currentUser(ctx);
    const at = ctx.now().toISOString();
    return updateAssignment(
      ctx,
      key,
      (a) => (a.state === 'closed' ? invalidState() : { ...a, state: 'closed', closedAt: at, closedBy: by, closingNote }),
      'assignmentClosed',
      () => ({ closingNote })
    );
  });
}

export function reopenAssignment(ctx: IRepositoryContext, key: string): Promise<RepositoryResult<IAssignment>> {
  return guard(async () =>
    updateAssignment(
      ctx,
      key,
      (a) => {
        if (a.state === 'open') return invalidState();
        return { key: a.key, objectKey: a.objectKey, text: a.text, givenFor: a.givenFor, meetingDate: a.meetingDate, answerBy: a.answerBy, state: 'open' };
      },
      'assignmentReopened',
      () => ({})
    )
  );
}
