/**
 * The content of the board pack for a meeting: one document per quarter with a summary table
 * (object, period, overall status and dimensions, what changed since the board last saw the
 * object, due state), the open assignments with the answers of that quarter's reports, then
 * each approved report in object order. Pure: the caller reads the approved snapshots, the
 * calendar and the assignments; the Word writer lays this out (src/docx).
 */
import type { Assessment, IManagedObject, IQuarter, IStatusReport, JudgementDimension } from '../model';
import { JUDGEMENT_DIMENSIONS } from '../model';
import { changedJudgements, judgementOf, judgementsOf, type IJudgementChange } from '../judgement';
import { compareQuarters, quartersEqual } from '../quarter';
import { firstMeetingAfter, reportDue } from './due';
import type { IAssignment, IBoardMeeting, IReportDue, IReportingBackItem } from './model';
import { compareAssignments } from './reportingBack';

/** An approved report of the pack's quarter and the one the board saw before it (if any). */
export interface IPackReport {
  readonly report: IStatusReport;
  /** The object's latest approved report of an earlier quarter. */
  readonly previous?: IStatusReport;
}

export interface IBoardPackInput {
  readonly period: IQuarter;
  /** Every object, in the order the pack lists them (objects without a report are listed too). */
  readonly objects: readonly IManagedObject[];
  readonly reports: readonly IPackReport[];
  readonly meetings: readonly IBoardMeeting[];
  readonly daysBefore: number;
  /** ISO date (site time zone) the pack is made on. */
  readonly today: string;
  /** The objects' assignments (open and closed). */
  readonly assignments: readonly IAssignment[];
  /** Latest quarter each object has submitted or approved, by object key (for the due state of objects without an approved report). */
  readonly latestSubmitted?: Readonly<Record<string, IQuarter>>;
}

export interface IPackSummaryRow {
  readonly objectKey: string;
  readonly objectTitle: string;
  /** Absent when the object has no approved report of the quarter. */
  readonly report?: {
    readonly overall: Assessment;
    readonly dimensions: Readonly<Record<JudgementDimension, Assessment>>;
    /** What changed since the board last saw the object: judgements whose status changed. */
    readonly changes: readonly IJudgementChange[];
    /** No earlier approved report: everything is new to the board. */
    readonly first: boolean;
  };
  readonly due: IReportDue;
}

export interface IPackAssignment {
  readonly assignment: IAssignment;
  readonly objectTitle: string;
  /** The answer in the object's approved report of the quarter; absent when it gave none. */
  readonly answer?: IReportingBackItem;
}

export interface IBoardPack {
  readonly period: IQuarter;
  /** The meeting the quarter's reports go to: the first after the quarter ends. */
  readonly meeting?: IBoardMeeting;
  readonly summary: readonly IPackSummaryRow[];
  readonly assignments: readonly IPackAssignment[];
  /** The approved reports, in the objects' order. */
  readonly reports: readonly IStatusReport[];
}

function byObjectOrder(objects: readonly IManagedObject[]): (key: string) => number {
  const index = new Map(objects.map((o, i) => [o.key, i] as const));
  return (key) => index.get(key) ?? objects.length;
}

export function buildBoardPack(input: IBoardPackInput): IBoardPack {
  const order = byObjectOrder(input.objects);
  const ofPeriod = input.reports.filter((r) => quartersEqual(r.report.header.period, input.period));
  const byObject = new Map(ofPeriod.map((r) => [r.report.header.objectKey, r] as const));
  const titleOf = (key: string): string => byObject.get(key)?.report.header.objectTitle ?? input.objects.find((o) => o.key === key)?.title ?? key;

  const summary = input.objects.map((o): IPackSummaryRow => {
    const entry = byObject.get(o.key);
    const latest = entry ? input.period : input.latestSubmitted?.[o.key];
    const due = reportDue(input.period, input.meetings, input.daysBefore, input.today, latest);
    if (!entry) return { objectKey: o.key, objectTitle: o.title, due };
    const judgements = judgementsOf(entry.report);
    const dimensions = {} as Record<JudgementDimension, Assessment>;
    JUDGEMENT_DIMENSIONS.forEach((d) => {
      dimensions[d] = judgementOf(judgements, d).status;
    });
    const previous = entry.previous && compareQuarters(entry.previous.header.period, input.period) < 0 ? entry.previous : undefined;
    return {
      objectKey: o.key,
      objectTitle: entry.report.header.objectTitle,
      report: {
        overall: judgementOf(judgements, 'overall').status,
        dimensions,
        changes: previous ? changedJudgements(previous, entry.report) : [],
        first: previous === undefined
      },
      due
    };
  });

  const known = new Set(input.objects.map((o) => o.key));
  const assignments = input.assignments
    .filter((a) => a.state === 'open' && known.has(a.objectKey) && compareQuarters(a.givenFor, input.period) < 0)
    .slice()
    .sort((a, b) => order(a.objectKey) - order(b.objectKey) || compareAssignments(a, b))
    .map((a): IPackAssignment => {
      const answer = (byObject.get(a.objectKey)?.report.reportingBack ?? []).filter((i) => i.assignmentKey === a.key)[0];
      return answer ? { assignment: a, objectTitle: titleOf(a.objectKey), answer } : { assignment: a, objectTitle: titleOf(a.objectKey) };
    });

  const reports = ofPeriod
    .slice()
    .sort((a, b) => order(a.report.header.objectKey) - order(b.report.header.objectKey))
    .map((r) => r.report);
  const meeting = firstMeetingAfter(input.period, input.meetings);
  return { period: input.period, ...(meeting ? { meeting } : {}), summary, assignments, reports };
}
