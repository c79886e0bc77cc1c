/**
 * Reads a board meeting's pack for the portfolio, as the command line does (tools/board-pack.ts)
 * but through the UI's services: every object's approved report of the quarter and the one the
 * board saw before it, the calendar and the assignments; the pack itself is the domain's
 * (buildBoardPack), so the print view and the Word document show the same.
 */
import { buildBoardPack, type IBoardPack, type IPackReport } from '../../domain/board/pack';
import type { IAssignment } from '../../domain/board/model';
import type { IQuarter, IReportSnapshot, IStatusReport } from '../../domain/model';
import { compareQuarters, previousQuarter } from '../../domain/quarter';
import type { IBoardServices } from '../../services/IBoardServices';
import type { IPortfolioEntry, IReportReader } from '../../services/IReportReader';

/** How far back the report the board saw before is looked for: a year of quarters (as the command line). */
const LOOK_BACK_QUARTERS = 4;

export interface IMeetingPack {
  readonly pack: IBoardPack;
  /** The approved snapshots of the pack's reports, by object key (the print view shows them as cards). */
  readonly snapshots: ReadonlyMap<string, IReportSnapshot>;
}

async function approvedOf(reader: IReportReader, objectKey: string, period: IQuarter): Promise<IReportSnapshot | undefined> {
  const { snapshot } = await reader.getApprovedReport(objectKey, period);
  return snapshot && snapshot.approval === 'approved' && compareQuarters(snapshot.report.header.period, period) === 0 ? snapshot : undefined;
}

export async function loadMeetingPack(reader: IReportReader, board: IBoardServices, portfolio: readonly IPortfolioEntry[], period: IQuarter, today: string): Promise<IMeetingPack> {
  const objects = portfolio.map((e) => e.object);
  const [calendar, assignmentLists, found] = await Promise.all([
    board.getCalendar(),
    Promise.all(objects.map((o) => board.listAssignments(o.key))),
    Promise.all(
      objects.map(async (o): Promise<{ readonly snapshot?: IReportSnapshot; readonly previous?: IStatusReport }> => {
        const snapshot = await approvedOf(reader, o.key, period);
        if (!snapshot) return {};
        let previous: IStatusReport | undefined;
        let q = period;
        for (let i = 0; i < LOOK_BACK_QUARTERS && !previous; i++) {
          q = previousQuarter(q);
          previous = (await approvedOf(reader, o.key, q))?.report;
        }
        return previous ? { snapshot, previous } : { snapshot };
      })
    )
  ]);
  const snapshots = new Map<string, IReportSnapshot>();
  const reports: IPackReport[] = [];
  const latestSubmitted: Record<string, IQuarter> = {};
  found.forEach((f, i) => {
    if (f.snapshot) {
      snapshots.set(objects[i].key, f.snapshot);
      reports.push(f.previous ? { report: f.snapshot.report, previous: f.previous } : { report: f.snapshot.report });
    }
    // The board sees approved reports only: the latest one says what is in.
    const latest = portfolio[i].latestApprovedPeriod;
    if (latest) latestSubmitted[objects[i].key] = latest;
  });
  const assignments: IAssignment[] = ([] as IAssignment[]).concat(...assignmentLists);
  const pack = buildBoardPack({ period, objects, reports, meetings: calendar.meetings, daysBefore: calendar.daysBefore, today, assignments, latestSubmitted });
  return { pack, snapshots };
}
