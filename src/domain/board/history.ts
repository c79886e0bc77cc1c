/**
 * The history of an assignment, quarter by quarter, from the frozen snapshots: what the team
 * answered in each report that carried it. Pure; reads nothing but the snapshots given.
 */
import type { IQuarter, IReportSnapshot } from '../model';
import { compareQuarters, quarterIndex } from '../quarter';
import type { AnswerStatus } from './model';

export interface IAssignmentHistoryEntry {
  readonly period: IQuarter;
  /** Revision of the snapshot the answer comes from. */
  readonly revision: number;
  /** Whether that snapshot is approved (what the board saw) or only submitted. */
  readonly approved: boolean;
  readonly status?: AnswerStatus;
  readonly answer: string;
  /** The assignment's text as that report carried it. */
  readonly assignment: string;
}

export interface IAssignmentHistoryOptions {
  /**
   * Also use snapshots not approved (pending, returned) when a quarter has no approved one; the
   * team's view. Default false: what the board saw.
   */
  readonly includeUnapproved?: boolean;
}

/**
 * One entry per quarter whose report answered the assignment, oldest first. Per quarter the
 * approved snapshot with the highest revision wins; with `includeUnapproved`, a quarter without
 * one takes its highest revision.
 */
export function assignmentHistory(
  assignmentKey: string,
  snapshots: readonly IReportSnapshot[],
  options: IAssignmentHistoryOptions = {}
): IAssignmentHistoryEntry[] {
  const best = new Map<number, IReportSnapshot>();
  snapshots.forEach((s) => {
    const approved = s.approval === 'approved';
    if (!approved && !options.includeUnapproved) return;
    if (!(s.report.reportingBack ?? []).some((i) => i.assignmentKey === assignmentKey)) return;
    const index = quarterIndex(s.report.header.period);
    const current = best.get(index);
    const currentApproved = current !== undefined && current.approval === 'approved';
    if (!current || (approved && !currentApproved) || (approved === currentApproved && s.revision > current.revision)) {
      best.set(index, s);
    }
  });
  return Array.from(best.values())
    .sort((a, b) => compareQuarters(a.report.header.period, b.report.header.period))
    .map((s) => {
      const item = (s.report.reportingBack ?? []).filter((i) => i.assignmentKey === assignmentKey)[0];
      const entry: IAssignmentHistoryEntry = {
        period: s.report.header.period,
        revision: s.revision,
        approved: s.approval === 'approved',
        answer: item.answer,
        assignment: item.assignment
      };
      return item.status !== undefined ? { ...entry, status: item.status } : entry;
    });
}
