/**
 * Reads what the board pack of a quarter needs from a site: every object, its approved report
 * of the quarter and the one the board saw before it, the calendar, the settings and the
 * assignments (one $batch), and builds the pack (src/domain/board/pack.ts).
 */
import type { IBoardRepository } from '../src/data/repository/board/IBoardRepository';
import type { IStatusReportRepository } from '../src/data/repository/IStatusReportRepository';
import { buildBoardPack, type IBoardPack, type IPackReport } from '../src/domain/board/pack';
import type { IQuarter, IStatusReport } from '../src/domain/model';
import { compareQuarters, previousQuarter } from '../src/domain/quarter';

/** How far back the report the board saw before is looked for: a year of quarters. */
const LOOK_BACK_QUARTERS = 4;

/** Today's date in Sweden (the product's sites are in W. Europe time). */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

async function approvedOf(repo: IStatusReportRepository, objectKey: string, period: IQuarter): Promise<IStatusReport | undefined | string> {
  const r = await repo.loadApprovedReport(objectKey, period);
  if (r.kind !== 'ok') return `${r.messageKey}: cannot read the approved report of ${objectKey} ${period.year} Q${period.quarter}`;
  const snapshot = r.value.snapshot;
  return snapshot && compareQuarters(snapshot.report.header.period, period) === 0 ? snapshot.report : undefined;
}

/** The pack, or an error text. */
export async function loadBoardPack(repo: IStatusReportRepository, board: IBoardRepository, period: IQuarter, today: string): Promise<IBoardPack | string> {
  const objects = await repo.listObjects();
  if (objects.kind !== 'ok') return `${objects.messageKey}: cannot list the objects`;
  const records = await board.loadBoardRecords();
  if (records.kind !== 'ok') return `${records.messageKey}: cannot read the board's records`;
  const reports: IPackReport[] = [];
  const latestSubmitted: Record<string, IQuarter> = {};
  for (const o of objects.value) {
    const current = await approvedOf(repo, o.key, period);
    if (typeof current === 'string') return current;
    if (!current) {
      // The team's own list of reports says whether one is waiting for approval (the board cannot read it: then unknown).
      const listed = await repo.listReports(o.key);
      if (listed.kind === 'ok') {
        const sent = listed.value.filter((s) => s.approval === 'pending' || s.approval === 'approved').map((s) => s.period);
        if (sent.length > 0) latestSubmitted[o.key] = sent.sort(compareQuarters)[sent.length - 1];
      }
      continue;
    }
    let previous: IStatusReport | undefined;
    let q = period;
    for (let i = 0; i < LOOK_BACK_QUARTERS && !previous; i++) {
      q = previousQuarter(q);
      const found = await approvedOf(repo, o.key, q);
      if (typeof found === 'string') return found;
      previous = found;
    }
    reports.push(previous ? { report: current, previous } : { report: current });
  }
  return buildBoardPack({
    period,
    objects: objects.value,
    reports,
    meetings: records.value.meetings,
    daysBefore: records.value.settings.dueDaysBeforeMeeting,
    today,
    assignments: records.value.assignments,
    latestSubmitted
  });
}
