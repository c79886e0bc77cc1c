/**
 * The reporting-back section of a report ("Återrapportering av uppdrag från ledningsrådet"):
 * drafted from the object's open assignments, keeping what the team has already written. Pure.
 */
import type { IQuarter, IStatusReport } from '../model';
import { compareQuarters, isValidQuarter } from '../quarter';
import { isAnswerStatus } from './validation';
import type { IAssignment, IReportingBackItem } from './model';

function hasAnswer(item: IReportingBackItem): boolean {
  return item.status !== undefined || item.answer.trim() !== '';
}

/** Order of the section: the earliest answer-by quarter first, then the key (given order). */
export function compareAssignments(a: IAssignment, b: IAssignment): number {
  return compareQuarters(a.answerBy, b.answerBy) || compareQuarters(a.givenFor, b.givenFor) || compareKeys(a.key, b.key);
}

/** Keys end in a running number ("SHVO-2025Q4-10"): compare that part as a number. */
function compareKeys(a: string, b: string): number {
  const na = /-(\d+)$/.exec(a);
  const nb = /-(\d+)$/.exec(b);
  const pa = na ? a.slice(0, na.index) : a;
  const pb = nb ? b.slice(0, nb.index) : b;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return (na ? Number(na[1]) : 0) - (nb ? Number(nb[1]) : 0);
}

/**
 * The section of `period`'s report: one item per open assignment of the object given for an
 * earlier quarter (an assignment is answered from the report after the one it was given on),
 * with the assignment's current text. An answer already written in `existing` is kept; an
 * item whose assignment was closed or removed meanwhile stays only when it has an answer (no
 * written text is dropped). A new quarter starts with empty answers: last quarter's answer is
 * history, not this quarter's.
 */
export function draftReportingBack(
  period: IQuarter,
  assignments: readonly IAssignment[],
  existing: readonly IReportingBackItem[] = []
): IReportingBackItem[] {
  const byKey = new Map<string, IReportingBackItem>();
  existing.forEach((item) => byKey.set(item.assignmentKey, item));
  const open = assignments
    .filter((a) => a.state === 'open' && compareQuarters(a.givenFor, period) < 0)
    .slice()
    .sort(compareAssignments);
  const openKeys = new Set(open.map((a) => a.key));
  const drafted = open.map((a): IReportingBackItem => {
    const kept = byKey.get(a.key);
    const item: IReportingBackItem = {
      assignmentKey: a.key,
      assignment: a.text,
      givenFor: a.givenFor,
      answerBy: a.answerBy,
      answer: kept ? kept.answer : ''
    };
    return kept && kept.status !== undefined ? { ...item, status: kept.status } : item;
  });
  const answeredElsewhere = existing.filter((item) => !openKeys.has(item.assignmentKey) && hasAnswer(item));
  return drafted.concat(answeredElsewhere);
}

/** The report with the section set; the field is left out when there is nothing to report back on. */
export function withReportingBack(report: IStatusReport, items: readonly IReportingBackItem[]): IStatusReport {
  if (items.length > 0) {
    return { ...report, reportingBack: items };
  }
  const rest: { -readonly [K in keyof IStatusReport]?: IStatusReport[K] } = { ...report };
  delete rest.reportingBack;
  return rest as IStatusReport;
}

/** The next running number's key: "<OBJECT>-<year>Q<quarter>-<n>". */
export function nextAssignmentKey(objectKey: string, givenFor: IQuarter, existingKeys: readonly string[]): string {
  const prefix = `${objectKey}-${givenFor.year}Q${givenFor.quarter}-`;
  const highest = existingKeys
    .filter((k) => k.indexOf(prefix) === 0)
    .map((k) => Number(k.slice(prefix.length)))
    .filter((n) => Number.isInteger(n) && n > 0)
    .reduce((max, n) => Math.max(max, n), 0);
  return `${prefix}${highest + 1}`;
}

function quarterFrom(value: unknown): IQuarter | undefined {
  const v = value as { year?: unknown; quarter?: unknown } | undefined;
  return v && isValidQuarter(v) ? { year: v.year, quarter: v.quarter } : undefined;
}

/**
 * The section as stored (JSON of IReportingBackItem[]); items that are not what the product
 * writes are left out, a text that is not such JSON gives undefined. Never throws.
 */
export function reportingBackFromJson(value: unknown): IReportingBackItem[] | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const items: IReportingBackItem[] = [];
  parsed.forEach((raw: unknown) => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const givenFor = quarterFrom(r.givenFor);
    const answerBy = quarterFrom(r.answerBy);
    if (typeof r.assignmentKey !== 'string' || r.assignmentKey === '' || !givenFor || !answerBy) return;
    const item: IReportingBackItem = {
      assignmentKey: r.assignmentKey,
      assignment: typeof r.assignment === 'string' ? r.assignment : '',
      givenFor,
      answerBy,
      answer: typeof r.answer === 'string' ? r.answer : ''
    };
    items.push(isAnswerStatus(r.status) ? { ...item, status: r.status } : item);
  });
  return items;
}
