/** The reports the signed-in user's team has to hand in (the Teams personal app; loaded with the board's views). */
import type { IReportDue } from '../domain/board/model';
import { isoDay, nextReportDue } from '../domain/board/nextReport';
import type { IQuarter } from '../domain/model';
import { compareQuarters } from '../domain/quarter';
import type { IReportSummary } from '../data/repository/IStatusReportRepository';
import { readerError } from './createReportReader';
import type { Reloadable } from './hooks';
import { useServices } from './ServicesContext';
import { useAsyncData } from './useAsyncData';

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
