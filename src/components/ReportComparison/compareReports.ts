import type { IProblem, IQuarter, IStatusReport } from '../../domain/model';

/** How one KPI's value this quarter compares with the other report's. */
export interface IKpiComparison {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly current: number;
  readonly other: number;
  /** current − other. */
  readonly difference: number;
  /** difference / other; undefined when other is 0. */
  readonly ratio?: number;
}

export interface IReportComparison {
  readonly currentPeriod: IQuarter;
  readonly otherPeriod: IQuarter;
  /** KPIs numeric in both reports whose value changed, in the current report's table order. */
  readonly changedKpis: readonly IKpiComparison[];
  /** KPIs numeric in both reports with the same value. */
  readonly unchangedKpis: readonly IKpiComparison[];
  /** Open now, not open in the other report. */
  readonly newProblems: readonly IProblem[];
  /** Open in the other report, closed or gone now. */
  readonly closedProblems: readonly IProblem[];
}

/** Problems are matched on their text, ignoring case, spacing and trailing punctuation. */
export function problemIdentity(problem: IProblem): string {
  return problem.text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!:;,]+$/, '')
    .trim();
}

function openProblems(report: IStatusReport): IProblem[] {
  return report.problems.filter((problem) => problem.status === 'open');
}

/**
 * Compares a report with another quarter's (the previous quarter or the same quarter last
 * year): which KPIs moved, which problems are new and which were closed. Pure.
 */
export function compareReports(current: IStatusReport, other: IStatusReport): IReportComparison {
  const otherValues: Record<string, number> = {};
  other.kpis.forEach((entry) => {
    if (entry.current?.number !== undefined) otherValues[entry.definitionKey] = entry.current.number;
  });
  const changed: IKpiComparison[] = [];
  const unchanged: IKpiComparison[] = [];
  current.kpis.forEach((entry) => {
    const now = entry.current?.number;
    if (now === undefined || !Object.prototype.hasOwnProperty.call(otherValues, entry.definitionKey)) return;
    const before = otherValues[entry.definitionKey];
    const definition = current.kpiDefinitions.filter((d) => d.key === entry.definitionKey)[0];
    const comparison: IKpiComparison = {
      key: entry.definitionKey,
      label: definition ? definition.label : entry.definitionKey,
      unit: definition ? definition.unit : '',
      current: now,
      other: before,
      difference: now - before,
      ratio: before === 0 ? undefined : (now - before) / before
    };
    (now === before ? unchanged : changed).push(comparison);
  });

  const openBefore = openProblems(other).map(problemIdentity);
  const openNow = openProblems(current).map(problemIdentity);
  return {
    currentPeriod: current.header.period,
    otherPeriod: other.header.period,
    changedKpis: changed,
    unchangedKpis: unchanged,
    newProblems: openProblems(current).filter((problem) => openBefore.indexOf(problemIdentity(problem)) < 0),
    closedProblems: openProblems(other).filter((problem) => openNow.indexOf(problemIdentity(problem)) < 0)
  };
}
