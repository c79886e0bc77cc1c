/** Reads of the board's records: the calendar, settings, handlings, assignments and log. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IAssignment, IBoardHandling, IBoardLogEntry, IBoardMeeting, IBoardSettings } from '../../../domain/board/model';
import { DEFAULT_BOARD_SETTINGS } from '../../../domain/board/model';
import { compareQuarters } from '../../../domain/quarter';
import type { IPerson, IQuarter } from '../../../domain/model';
import { BOARD_DUE_DAYS_KEY } from '../../schema/schema';
import type { RepositoryResult } from '../IStatusReportRepository';
import { batchSettled, ok } from '../batch';
import { NO_METADATA, datesOf, list, siteDatesRequest, type IRepositoryContext } from '../context';
import { errorStatus, guard, notProvisioned, toRepositoryError } from '../errors';
import { readAll, readPagedInBatch, type ItemsQuery } from '../read/paging';
import { selectFor, selectOf } from '../rows/select';
import { personFrom, q } from '../rows/values';
import type { IBoardLogQuery, IBoardPermissions, IBoardRecords } from './IBoardRepository';
import {
  assignmentFrom,
  handlingFrom,
  handlingRowKey,
  logFrom,
  meetingFrom,
  type AssignmentRow,
  type BoardLogRow,
  type HandlingRow,
  type MeetingRow
} from './rows';

type BasePermissions = Parameters<SPFI['web']['hasPermissions']>[0];

const meetingsQuery = (ctx: IRepositoryContext): ItemsQuery => (sp) =>
  list(sp, 'boardMeetings').items.using(NO_METADATA).select('Title', ...selectFor('boardMeetings')).orderBy('MeetingDate', true).top(ctx.page);

function byObject(objectKey: string | undefined): string | undefined {
  return objectKey !== undefined ? `ObjectKey eq ${q(objectKey)}` : undefined;
}

const handlingsQuery = (ctx: IRepositoryContext, objectKey?: string): ItemsQuery => (sp) => {
  const items = list(sp, 'boardHandlings').items.using(NO_METADATA).select(...selectFor('boardHandlings')).top(ctx.page);
  const filter = byObject(objectKey);
  return filter ? items.filter(filter) : items;
};

const assignmentsQuery = (ctx: IRepositoryContext, objectKey?: string): ItemsQuery => (sp) => {
  const items = list(sp, 'boardAssignments').items.using(NO_METADATA).select(...selectFor('boardAssignments')).top(ctx.page);
  const filter = byObject(objectKey);
  return filter ? items.filter(filter) : items;
};

function settingRequest(b: SPFI): Promise<{ ConfigValue?: string }[]> {
  return list(b, 'config').items.using(NO_METADATA).filter(`Title eq ${q(BOARD_DUE_DAYS_KEY)}`).select('ConfigValue')();
}

/** The stored setting; the default when absent or not a whole number of days from 0 to 365. */
export function settingsFrom(rows: readonly { ConfigValue?: string }[]): IBoardSettings {
  const text = rows.length > 0 ? String(rows[0].ConfigValue ?? '').trim() : '';
  const days = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  return days >= 0 && days <= 365 ? { dueDaysBeforeMeeting: days } : DEFAULT_BOARD_SETTINGS;
}

function sortHandlings(h: IBoardHandling[]): IBoardHandling[] {
  return h.sort((a, b) => (a.objectKey < b.objectKey ? -1 : a.objectKey > b.objectKey ? 1 : compareQuarters(a.period, b.period)));
}

function sortAssignments(a: IAssignment[]): IAssignment[] {
  return a.sort((x, y) => (x.objectKey < y.objectKey ? -1 : x.objectKey > y.objectKey ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** Calendar, settings, handlings and assignments (of one object or all) in one $batch, then any further pages. */
export function loadBoardRecords(ctx: IRepositoryContext, objectKey?: string): Promise<RepositoryResult<IBoardRecords>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, [meetingsQuery(ctx), handlingsQuery(ctx, objectKey), assignmentsQuery(ctx, objectKey)], (b) => [
      settingRequest(b),
      ...siteDatesRequest(ctx, b)
    ]);
    if (r.kind !== 'ok') return r;
    const dates = await datesOf(ctx);
    const [meetings, handlings, assignments] = r.value.lists as [MeetingRow[], HandlingRow[], AssignmentRow[]];
    return ok({
      meetings: meetings.map((m) => meetingFrom(m, dates)),
      handlings: sortHandlings(handlings.map((h) => handlingFrom(h, dates))),
      assignments: sortAssignments(assignments.map((a) => assignmentFrom(a, dates))),
      settings: settingsFrom(r.value.extra[0] as { ConfigValue?: string }[])
    });
  });
}

export function loadMeetings(ctx: IRepositoryContext): Promise<RepositoryResult<readonly IBoardMeeting[]>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, [meetingsQuery(ctx)], (b) => siteDatesRequest(ctx, b));
    if (r.kind !== 'ok') return r;
    const dates = await datesOf(ctx);
    return ok((r.value.lists[0] as MeetingRow[]).map((m) => meetingFrom(m, dates)));
  });
}

export function loadSettings(ctx: IRepositoryContext): Promise<RepositoryResult<IBoardSettings>> {
  return guard(async () => ok(settingsFrom(await settingRequest(ctx.sp))));
}

export function loadHandling(ctx: IRepositoryContext, objectKey: string, period: IQuarter): Promise<RepositoryResult<IBoardHandling | undefined>> {
  return guard(async () => {
    const row = await handlingRowOf(ctx.sp, objectKey, period);
    return ok(row ? handlingFrom(row, await datesOf(ctx)) : undefined);
  });
}

export async function handlingRowOf(sp: SPFI, objectKey: string, period: IQuarter): Promise<HandlingRow | undefined> {
  const rows: HandlingRow[] = await list(sp, 'boardHandlings')
    .items.using(NO_METADATA)
    .filter(`RowKey eq ${q(handlingRowKey(objectKey, period))}`)
    .select(...selectFor('boardHandlings'))();
  return rows[0];
}

export async function assignmentRowOf(sp: SPFI, key: string): Promise<AssignmentRow | undefined> {
  const rows: AssignmentRow[] = await list(sp, 'boardAssignments').items.using(NO_METADATA).filter(`RowKey eq ${q(key)}`).select(...selectFor('boardAssignments'))();
  return rows[0];
}

export async function meetingRowOf(sp: SPFI, date: string): Promise<MeetingRow | undefined> {
  const rows: MeetingRow[] = await list(sp, 'boardMeetings').items.using(NO_METADATA).filter(`RowKey eq ${q(date)}`).select('Title', ...selectFor('boardMeetings'))();
  return rows[0];
}

/** Open assignments of an object, every page (for the next quarter's draft). */
export async function openAssignmentsOf(ctx: IRepositoryContext, objectKey: string): Promise<IAssignment[]> {
  const rows = await readAll<AssignmentRow>(
    list(ctx.sp, 'boardAssignments')
      .items.using(NO_METADATA)
      .filter(`ObjectKey eq ${q(objectKey)} and AssignmentState eq 'open'`)
      .select(...selectFor('boardAssignments'))
      .top(ctx.page)
  );
  const dates = await datesOf(ctx);
  return sortAssignments(rows.map((r) => assignmentFrom(r, dates)));
}

export function loadBoardLog(ctx: IRepositoryContext, query: IBoardLogQuery = {}): Promise<RepositoryResult<readonly IBoardLogEntry[]>> {
  return guard(async () => {
    const filters: string[] = [];
    if (query.objectKey !== undefined) filters.push(`ObjectKey eq ${q(query.objectKey)}`);
    if (query.subject !== undefined) filters.push(`Subject eq ${q(query.subject)}`);
    let items = list(ctx.sp, 'boardLog')
      .items.using(NO_METADATA)
      .select(...selectOf('boardLog', 'Id', 'Action', 'ObjectKey', 'Subject', 'ActorName', 'ActorEmail', 'ActionAt', 'Detail'))
      .orderBy('ActionAt', true)
      .top(ctx.page);
    if (filters.length > 0) items = items.filter(filters.join(' and '));
    const rows = await readAll<BoardLogRow>(items);
    // Same instant: the order they were added in.
    rows.sort((a, b) => (String(a.ActionAt) < String(b.ActionAt) ? -1 : String(a.ActionAt) > String(b.ActionAt) ? 1 : a.Id - b.Id));
    return ok(rows.map(logFrom).filter((e): e is IBoardLogEntry => e !== undefined));
  });
}

/** The signed-in user (read once per repository). */
export async function currentUser(ctx: IRepositoryContext): Promise<IPerson> {
  const known = ctx.currentUser.get('me');
  if (known) return known;
  const u: { Title?: string; Email?: string } = await ctx.sp.web.currentUser.select('Title', 'Email')();
  const user = personFrom(u.Title, u.Email);
  ctx.currentUser.set('me', user);
  return user;
}

export function getBoardPermissions(ctx: IRepositoryContext): Promise<RepositoryResult<IBoardPermissions>> {
  return guard(async () => {
    const r = await batchSettled(ctx.sp, (b) => [list(b, 'boardAssignments').getCurrentUserEffectivePermissions()]);
    if (r.kind !== 'ok') return r;
    const [assignments] = r.value;
    if (!assignments.ok) return errorStatus(assignments.error) === 404 ? notProvisioned() : toRepositoryError(assignments.error);
    const mask = assignments.value as BasePermissions;
    const has = (k: PermissionKind): boolean => ctx.sp.web.hasPermissions(mask, k);
    return ok({ canRead: has(PermissionKind.ViewListItems), canRecord: has(PermissionKind.AddListItems) && has(PermissionKind.EditListItems) });
  });
}

