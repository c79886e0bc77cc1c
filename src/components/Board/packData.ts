/**
 * What a board meeting's pack shows, read from the approved snapshots: for a quarter, each
 * object's approved report, the one the board saw before it, and when the report was due.
 */
import { reportDue } from '../../domain/board/due';
import type { IBoardMeeting, IReportDue } from '../../domain/board/model';
import { firstMeetingAfter } from '../../domain/board/due';
import { changedJudgements, type IJudgementChange } from '../../domain/judgement';
import type { IManagedObject, IQuarter, IReportSnapshot } from '../../domain/model';
import { compareQuarters, previousQuarter } from '../../domain/quarter';
import type { IBoardCalendar } from '../../services/IBoardServices';
import type { IPortfolioEntry, IReportReader } from '../../services/IReportReader';

export interface IPackEntry {
  readonly object: IManagedObject;
  /** The approved report of the quarter; undefined when the object has none (yet). */
  readonly snapshot?: IReportSnapshot;
  /** Judgements changed since the board's previous approved report of the object (empty when none or unchanged). */
  readonly changes: readonly IJudgementChange[];
  /** Whether there was an earlier approved report to compare with. */
  readonly hasPrevious: boolean;
  readonly due: IReportDue;
}

export interface IMeetingPack {
  readonly period: IQuarter;
  /** The meeting the quarter's reports are handled at (the first after the quarter), when in the calendar. */
  readonly meeting?: IBoardMeeting;
  /** Objects in title order. */
  readonly entries: readonly IPackEntry[];
}

/** Reads the pack of `period` for the portfolio's objects. */
export async function loadMeetingPack(
  reader: IReportReader,
  portfolio: readonly IPortfolioEntry[],
  calendar: IBoardCalendar,
  period: IQuarter,
  today: string,
  locale: string
): Promise<IMeetingPack> {
  const objects = portfolio.slice().sort((a, b) => a.object.title.localeCompare(b.object.title, locale));
  const entries = await Promise.all(
    objects.map(async (entry): Promise<IPackEntry> => {
      const [current, previous] = await Promise.all([reader.getApprovedReport(entry.object.key, period), reader.getApprovedReport(entry.object.key, previousQuarter(period))]);
      const snapshot = current.snapshot && current.snapshot.approval === 'approved' && compareQuarters(current.snapshot.report.header.period, period) === 0 ? current.snapshot : undefined;
      const before = previous.snapshot && previous.snapshot.approval === 'approved' ? previous.snapshot.report : undefined;
      const due = reportDue(period, calendar.meetings, calendar.daysBefore, today, entry.latestApprovedPeriod);
      return {
        object: entry.object,
        ...(snapshot ? { snapshot } : {}),
        changes: snapshot && before ? changedJudgements(before, snapshot.report) : [],
        hasPrevious: before !== undefined,
        due
      };
    })
  );
  const meeting = firstMeetingAfter(period, calendar.meetings);
  return { period, ...(meeting ? { meeting } : {}), entries };
}
