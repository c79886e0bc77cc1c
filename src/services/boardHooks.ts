/** Hooks that hand the board's records to components (each harmless without board services). */
import * as React from 'react';
import { assignmentHistory, type IAssignmentHistoryEntry } from '../domain/board/history';
import type { IReportSnapshot, IQuarter } from '../domain/model';
import { compareQuarters } from '../domain/quarter';
import type { IBoardAccess, IBoardCalendar, IReportBoardRecords } from './IBoardServices';
import type { IReportReader } from './IReportReader';
import { useServices } from './ServicesContext';
import type { Reloadable } from './hooks';
import { useAsyncData } from './useAsyncData';
import type { IReportDue } from '../domain/board/model';
import type { IReportSummary } from '../data/repository/IStatusReportRepository';
import { readerError } from './createReportReader';
import { isoDay, nextReportDue } from '../domain/board/nextReport';

const NO_ACCESS: IBoardAccess = { canRead: false, canRecord: false };

function periodKey(period: IQuarter | undefined): string {
  return period ? `${period.year}-${period.quarter}` : 'none';
}

/** What the user may do with the board's records (nothing without board services, or when they cannot be read). */
export function useBoardAccess(): Reloadable<IBoardAccess> {
  const { board } = useServices();
  return useAsyncData(() => (board ? board.getAccess().catch(() => NO_ACCESS) : Promise.resolve(NO_ACCESS)), [board]);
}

/** The governance calendar (undefined without board services or when it cannot be read: no due date is shown then). */
export function useBoardCalendar(): Reloadable<IBoardCalendar | undefined> {
  const { board } = useServices();
  return useAsyncData(() => (board ? board.getCalendar().catch(() => undefined) : Promise.resolve(undefined)), [board]);
}

/** At most this many quarters of answers are read for the histories (as for the status history). */
export const ANSWER_HISTORY_LENGTH = 8;

/** Answers to each assignment quarter by quarter, by assignment key. */
export type AnswerHistories = ReadonlyMap<string, readonly IAssignmentHistoryEntry[]>;

/**
 * The answers reported back in the object's approved reports up to `upTo`, by assignment:
 * read from the approved snapshots, so each quarter shows what the board saw.
 */
export async function loadAnswerHistories(reader: IReportReader, objectKey: string, upTo: IQuarter): Promise<AnswerHistories> {
  const periods = (await reader.listReportPeriods(objectKey)).filter((p) => compareQuarters(p, upTo) <= 0).slice(-ANSWER_HISTORY_LENGTH);
  const reports = await Promise.all(periods.map((p) => reader.getApprovedReport(objectKey, p)));
  const snapshots = reports.map((r) => r.snapshot).filter((s): s is IReportSnapshot => s !== undefined);
  const keys = new Set<string>();
  snapshots.forEach((s) => (s.report.reportingBack ?? []).forEach((item) => keys.add(item.assignmentKey)));
  const histories = new Map<string, readonly IAssignmentHistoryEntry[]>();
  keys.forEach((key) => histories.set(key, assignmentHistory(key, snapshots)));
  return histories;
}

/** Everything the report view shows of the board around one approved report. */
export interface IBoardForReport {
  readonly access: IBoardAccess;
  readonly records: IReportBoardRecords;
  readonly answers: AnswerHistories;
}

/**
 * The board's side of an approved report once access, records and answers are read (no data
 * before, without board services, or for a user who may not read them). While the records load
 * again after a change, the last ones of the same report stay shown.
 */
export function useBoardForReport(objectKey: string, period: IQuarter | undefined): { readonly data?: IBoardForReport; readonly error?: string; readonly reload: () => void } {
  const { board, reports } = useServices();
  const access = useBoardAccess();
  const canRead = access.status === 'ready' && access.data.canRead;
  const records = useAsyncData(
    () => (board && period && canRead ? board.getRecords(objectKey, period) : Promise.resolve(undefined)),
    [board, objectKey, periodKey(period), canRead]
  );
  const answers = useAsyncData(
    () => (board && period && canRead ? loadAnswerHistories(reports, objectKey, period) : Promise.resolve(new Map() as AnswerHistories)),
    [board, reports, objectKey, periodKey(period), canRead]
  );
  const last = React.useRef<{ readonly key: string; readonly data: IBoardForReport } | undefined>(undefined);
  const key = `${objectKey}|${periodKey(period)}`;
  const { reload: reloadRecords } = records;
  const { reload: reloadAnswers } = answers;
  const reload = React.useCallback(() => {
    reloadRecords();
    reloadAnswers();
  }, [reloadRecords, reloadAnswers]);
  if (!canRead) return { reload };
  if (records.status === 'error') return { error: records.errorMessage, reload };
  if (records.status === 'ready' && records.data && answers.status !== 'loading') {
    last.current = { key, data: { access: access.data, records: records.data, answers: answers.status === 'ready' ? answers.data : new Map() } };
  }
  // Another report's records are never shown for this one.
  const data = last.current && last.current.key === key ? last.current.data : undefined;
  return data ? { data, reload } : { reload };
}

export type { Reloadable };

/** A report the user's team has to hand in: the object and when its next report is due. */
export interface IObjectDue {
  readonly objectKey: string;
  readonly objectTitle: string;
  readonly due: IReportDue;
}

/** The latest quarter an object's reports were submitted or approved for (a returned report does not count). */
export function latestSubmittedOrApproved(summaries: readonly IReportSummary[]): IQuarter | undefined {
  return summaries
    .filter((s) => s.approval === 'pending' || s.approval === 'approved' || (s.approval === 'draft' && s.revision > 0))
    .map((s) => s.period)
    .reduce<IQuarter | undefined>((latest, p) => (!latest || compareQuarters(p, latest) > 0 ? p : latest), undefined);
}

/**
 * The next report due for each object the signed-in user edits (their team's objects, from
 * SharePoint's permissions on the object folders), soonest first; empty for someone who edits none.
 */
export function useReportsDueForEditor(): Reloadable<readonly IObjectDue[]> {
  const { editing, board, now } = useServices();
  return useAsyncData(async () => {
    if (!editing || !board) return [];
    const permissions = await editing.repository.getPermissions();
    if (permissions.kind !== 'ok' || !permissions.value.canEdit) return [];
    const editable = new Set(permissions.value.editableObjects ?? []);
    const objects = await editing.repository.listObjects();
    if (objects.kind !== 'ok') throw readerError(objects.messageKey);
    const mine = objects.value.filter((o) => editable.has(o.key));
    if (mine.length === 0) return [];
    const calendar = await board.getCalendar();
    const today = isoDay(now());
    const dues = await Promise.all(
      mine.map(async (o): Promise<IObjectDue> => {
        const summaries = await editing.repository.listReports(o.key);
        if (summaries.kind !== 'ok') throw readerError(summaries.messageKey);
        return { objectKey: o.key, objectTitle: o.title, due: nextReportDue(calendar.meetings, calendar.daysBefore, today, latestSubmittedOrApproved(summaries.value)) };
      })
    );
    return dues.sort((a, b) => (a.due.dueDate ?? '9999').localeCompare(b.due.dueDate ?? '9999') || a.objectTitle.localeCompare(b.objectTitle));
  }, [editing, board]);
}
