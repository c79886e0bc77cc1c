/** Every change the form makes to the draft, one reducer per section. */
import type { IReportDraft } from '../draft/types';
import { economyReducer, type EconomyAction } from './sections/economy';
import { headerReducer, type HeaderAction } from './sections/header';
import { judgementReducer, type JudgementAction } from './sections/judgements';
import { kpiReducer, type KpiAction } from './sections/kpis';
import { rowsReducer, type RowAction } from './sections/rows';
import { staffingReducer, type StaffingAction } from './sections/staffing';
import { reportingBackReducer, type ReportingBackAction } from './sections/reportingBack';

export type DraftAction = HeaderAction | RowAction | KpiAction | EconomyAction | StaffingAction | JudgementAction | ReportingBackAction;

export function draftReducer(draft: IReportDraft, action: DraftAction): IReportDraft {
  switch (action.type) {
    case 'header/set':
      return headerReducer(draft, action);
    case 'rows/add':
    case 'rows/update':
    case 'rows/remove':
    case 'rows/move':
      return rowsReducer(draft, action);
    case 'kpis/setSectionTitle':
    case 'kpis/setChartCaption':
    case 'kpis/chooseDefinition':
    case 'kpis/createDefinition':
    case 'kpis/setHeadline':
      return kpiReducer(draft, action);
    case 'judgements/setStatus':
    case 'judgements/setComment':
    case 'judgements/confirm':
    case 'judgements/confirmAll':
      return judgementReducer(draft, action);
    case 'economy/setAssessment':
      return economyReducer(draft, action);
    case 'staffing/set':
      return staffingReducer(draft, action);
    case 'reportingBack/setStatus':
    case 'reportingBack/setAnswer':
    case 'reportingBack/sync':
      return reportingBackReducer(draft, action);
  }
}

const DRAFT_ACTION_PREFIXES = ['header/', 'rows/', 'kpis/', 'economy/', 'staffing/', 'judgements/', 'reportingBack/'];

export function isDraftAction(action: { readonly type: string }): action is DraftAction {
  return DRAFT_ACTION_PREFIXES.some((prefix) => action.type.indexOf(prefix) === 0);
}
