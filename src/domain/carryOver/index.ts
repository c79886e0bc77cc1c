/**
 * What a new quarter's report takes over from the object's latest report. Pure: the caller
 * looks up last year's values (same quarter a year earlier) and passes them in.
 */
import type { IKpiEntry, IKpiValue, IQuarter, IStatusReport } from '../model';
import type { IAssignment } from '../board/model';
import { draftReportingBack, withReportingBack } from '../board/reportingBack';
import { carryOverJudgements, setJudgements } from '../judgement';
import { nextQuarter, sameQuarterLastYear } from '../quarter';

/** The quarter after `latest` and the quarter a year before that (source of the comparison values). */
export function nextQuarterPeriods(latest: IQuarter): { readonly period: IQuarter; readonly lastYear: IQuarter } {
  const period = nextQuarter(latest);
  return { period, lastYear: sameQuarterLastYear(period) };
}

/**
 * The draft of the quarter after `previous`: meetings, open problems, unfinished activities,
 * KPI definitions, mission, coordinator and KPI section title carried over; FTE at the start =
 * FTE at the end of the previous quarter; each KPI's comparison value = last year's value of
 * the same quarter (when there is one); this quarter's values, events, economy, chart caption
 * and communication empty. The judgements start from the previous quarter's, each marked as
 * not yet confirmed (the economy assessment with them), and the headline KPI choice stays.
 * The reporting-back section lists the object's open assignments given before the new
 * quarter, with empty answers.
 */
export function nextQuarterDraft(
  previous: IStatusReport,
  lastYearValue: (definitionKey: string) => IKpiValue | undefined,
  assignments: readonly IAssignment[] = []
): IStatusReport {
  const { period } = nextQuarterPeriods(previous.header.period);
  const draft: IStatusReport = {
    header: { ...previous.header, period, approval: 'draft' },
    events: [],
    kpiSectionTitle: previous.kpiSectionTitle,
    kpiDefinitions: previous.kpiDefinitions,
    kpis: previous.kpiDefinitions.map((d): IKpiEntry => {
      const comparison = lastYearValue(d.key);
      return comparison ? { definitionKey: d.key, previous: comparison, comment: '' } : { definitionKey: d.key, comment: '' };
    }),
    meetings: previous.meetings,
    chartCaption: '',
    problems: previous.problems.filter((p) => p.status === 'open'),
    activities: previous.activities.filter((a) => a.status !== 'done'),
    economy: { items: [], assessment: 'notAssessed' },
    staffing: previous.staffing.fteEnd !== undefined ? { fteStart: previous.staffing.fteEnd, items: [] } : { items: [] },
    communication: [],
    ...(previous.headlineKpis ? { headlineKpis: previous.headlineKpis } : {})
  };
  const own = assignments.filter((a) => a.objectKey === previous.header.objectKey);
  return withReportingBack(setJudgements(draft, carryOverJudgements(previous)), draftReportingBack(period, own));
}
