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

/** A reader without getApprovedSnapshots: the quarters from its report list, one read each. */
async function approvedSnapshotsOneByOne(reader: IReportReader, objectKey: string, upTo: IQuarter): Promise<IReportSnapshot[]> {
  const periods = (await reader.listReportPeriods(objectKey)).filter((p) => compareQuarters(p, upTo) <= 0).slice(-ANSWER_HISTORY_LENGTH);
  const reports = await Promise.all(periods.map((p) => reader.getApprovedReport(objectKey, p)));
  return reports.map((r) => r.snapshot).filter((s): s is IReportSnapshot => s !== undefined);
}

/** Answers to each assignment quarter by quarter, by assignment key. */
export type AnswerHistories = ReadonlyMap<string, readonly IAssignmentHistoryEntry[]>;

/**
 * The answers reported back in the object's approved reports up to `upTo`, by assignment:
 * read from the approved snapshots, so each quarter shows what the board saw.
 */
export async function loadAnswerHistories(reader: IReportReader, objectKey: string, upTo: IQuarter): Promise<AnswerHistories> {
  const snapshots = reader.getApprovedSnapshots
    ? await reader.getApprovedSnapshots(objectKey, upTo, ANSWER_HISTORY_LENGTH)
    : await approvedSnapshotsOneByOne(reader, objectKey, upTo);
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


