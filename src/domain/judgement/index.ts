/**
 * Judged status of a report: reading it from any report (old ones have none), carrying it over
 * to a new quarter, confirming it, and listing what changed between two quarters.
 */
import {
  JUDGEMENT_DIMENSIONS,
  type Assessment,
  type IJudgement,
  type IReportJudgements,
  type IStatusReport,
  type JudgementDimension
} from '../model';

export { JUDGEMENT_DIMENSIONS };
export type { IJudgement, IReportJudgements, JudgementDimension };

/** The three steps of the scale, best first, then "not assessed". */
export const JUDGEMENT_STATUSES: readonly Assessment[] = ['good', 'attention', 'problem', 'notAssessed'];

/** Which judgement: the overall one or a dimension. */
export type JudgementTarget = 'overall' | JudgementDimension;
export const JUDGEMENT_TARGETS: readonly JudgementTarget[] = ['overall', ...JUDGEMENT_DIMENSIONS];

const NOT_JUDGED: IJudgement = { status: 'notAssessed', comment: '' };

export function isJudgementStatus(value: unknown): value is Assessment {
  return typeof value === 'string' && (JUDGEMENT_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** A comment is required when the status is one of the two steps below "good". */
export function needsComment(status: Assessment): boolean {
  return status === 'attention' || status === 'problem';
}

/** Every judgement "not assessed", nothing carried over. */
export function notJudged(): IReportJudgements {
  return {
    overall: NOT_JUDGED,
    dimensions: { delivery: NOT_JUDGED, economy: NOT_JUDGED, resources: NOT_JUDGED, risks: NOT_JUDGED }
  };
}

/** The full set of a report's judgements; a report without them is "not assessed" except its economy assessment. */
export function judgementsOf(report: IStatusReport): IReportJudgements {
  if (report.judgements) {
    return report.judgements;
  }
  const economy = report.economy && isJudgementStatus(report.economy.assessment) ? report.economy.assessment : 'notAssessed';
  const empty = notJudged();
  return economy === 'notAssessed' ? empty : { ...empty, dimensions: { ...empty.dimensions, economy: { status: economy, comment: '' } } };
}

export function judgementOf(judgements: IReportJudgements, target: JudgementTarget): IJudgement {
  return target === 'overall' ? judgements.overall : judgements.dimensions[target];
}

export function withJudgement(judgements: IReportJudgements, target: JudgementTarget, judgement: IJudgement): IReportJudgements {
  return target === 'overall'
    ? { ...judgements, overall: judgement }
    : { ...judgements, dimensions: { ...judgements.dimensions, [target]: judgement } };
}

/** Nothing judged, no comment, nothing carried over: the same as a report without judgements. */
export function isEmptyJudgements(judgements: IReportJudgements): boolean {
  return JUDGEMENT_TARGETS.every((target) => {
    const j = judgementOf(judgements, target);
    return j.status === 'notAssessed' && j.comment === '' && !j.carriedOver;
  });
}

function sameJudgement(a: IJudgement, b: IJudgement): boolean {
  return a.status === b.status && a.comment === b.comment && !a.carriedOver === !b.carriedOver;
}

export function sameJudgements(a: IReportJudgements, b: IReportJudgements): boolean {
  return JUDGEMENT_TARGETS.every((target) => sameJudgement(judgementOf(a, target), judgementOf(b, target)));
}

/**
 * The report with these judgements; the economy assessment follows the economy dimension. A set
 * that says no more than the economy assessment (an old report's) is stored as no judgements, so
 * an old report saved unchanged stays as it was.
 */
export function setJudgements(report: IStatusReport, judgements: IReportJudgements): IStatusReport {
  const economy = { ...report.economy, assessment: judgements.dimensions.economy.status };
  const next: IStatusReport = { ...report, economy, judgements };
  const withoutJudgements = { ...next };
  delete (withoutJudgements as { judgements?: IReportJudgements }).judgements;
  return sameJudgements(judgements, judgementsOf(withoutJudgements)) ? withoutJudgements : next;
}

/**
 * A new quarter starts from the previous quarter's judgements, each marked as carried over
 * until the team confirms or changes it. Unjudged ones stay unjudged (nothing to confirm).
 */
export function carryOverJudgements(previous: IStatusReport | undefined): IReportJudgements {
  if (!previous) {
    return notJudged();
  }
  const from = judgementsOf(previous);
  let next = from;
  JUDGEMENT_TARGETS.forEach((target) => {
    const j = judgementOf(from, target);
    next = withJudgement(next, target, j.status === 'notAssessed' && j.comment === '' ? NOT_JUDGED : { status: j.status, comment: j.comment, carriedOver: true });
  });
  return next;
}

/** The team confirms a carried-over judgement as it stands. */
export function confirmJudgement(judgement: IJudgement): IJudgement {
  return { status: judgement.status, comment: judgement.comment };
}

/** Judgements still carried over and not confirmed. */
export function unconfirmedTargets(judgements: IReportJudgements): JudgementTarget[] {
  return JUDGEMENT_TARGETS.filter((target) => judgementOf(judgements, target).carriedOver === true);
}

export interface IJudgementChange {
  readonly target: JudgementTarget;
  readonly from: Assessment;
  readonly to: Assessment;
}

/** The judgements whose status differs between two reports (previous first), in display order. */
export function changedJudgements(previous: IStatusReport, current: IStatusReport): IJudgementChange[] {
  const a = judgementsOf(previous);
  const b = judgementsOf(current);
  return JUDGEMENT_TARGETS.map((target) => ({ target, from: judgementOf(a, target).status, to: judgementOf(b, target).status })).filter(
    (change) => change.from !== change.to
  );
}

/** 3 good … 1 problem, 0 not assessed: to order and compare statuses. */
export function statusRank(status: Assessment): number {
  return status === 'good' ? 3 : status === 'attention' ? 2 : status === 'problem' ? 1 : 0;
}

export * from './history';

/** Judgements stored as JSON (a list column), or undefined when the text is not a complete, valid set. */
export function judgementsFromJson(text: unknown): IReportJudgements | undefined {
  if (typeof text !== 'string' || text === '') {
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const read = (value: unknown): IJudgement | undefined => {
    const j = value as { status?: unknown; comment?: unknown; carriedOver?: unknown } | null;
    if (typeof j !== 'object' || j === null || !isJudgementStatus(j.status) || typeof j.comment !== 'string') return undefined;
    return j.carriedOver === true ? { status: j.status, comment: j.comment, carriedOver: true } : { status: j.status, comment: j.comment };
  };
  const r = raw as { overall?: unknown; dimensions?: Record<string, unknown> } | null;
  if (typeof r !== 'object' || r === null || typeof r.dimensions !== 'object' || r.dimensions === null) return undefined;
  const overall = read(r.overall);
  const dimensions = JUDGEMENT_DIMENSIONS.map((d) => read((r.dimensions as Record<string, unknown>)[d]));
  if (!overall || dimensions.some((d) => d === undefined)) return undefined;
  const [delivery, economy, resources, risks] = dimensions as IJudgement[];
  return { overall, dimensions: { delivery, economy, resources, risks } };
}
