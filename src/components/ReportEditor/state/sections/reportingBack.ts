/**
 * The reporting-back section: the team's status and answer per open assignment, and taking in
 * the object's open assignments as the board's records have them now (answers already written
 * are kept; see draftReportingBack).
 */
import type { AnswerStatus, IAssignment } from '../../../../domain/board/model';
import { draftReportingBack } from '../../../../domain/board/reportingBack';
import { parseQuarter } from '../../../../domain/quarter';
import { reportingBackFromDraft, reportingBackToDraft } from '../../draft/convert';
import type { IReportDraft, IReportingBackDraft } from '../../draft/types';

export type ReportingBackAction =
  | { readonly type: 'reportingBack/setStatus'; readonly assignmentKey: string; readonly status: AnswerStatus }
  | { readonly type: 'reportingBack/setAnswer'; readonly assignmentKey: string; readonly answer: string }
  | { readonly type: 'reportingBack/sync'; readonly assignments: readonly IAssignment[] };

function update(draft: IReportDraft, key: string, patch: Partial<IReportingBackDraft>): IReportDraft {
  const rows = draft.reportingBack ?? [];
  return { ...draft, reportingBack: rows.map((row) => (row.assignmentKey === key ? { ...row, ...patch } : row)) };
}

export function reportingBackReducer(draft: IReportDraft, action: ReportingBackAction): IReportDraft {
  switch (action.type) {
    case 'reportingBack/setStatus':
      return update(draft, action.assignmentKey, { status: action.status });
    case 'reportingBack/setAnswer':
      return update(draft, action.assignmentKey, { answer: action.answer });
    case 'reportingBack/sync': {
      const period = parseQuarter(draft.header.period);
      if (!period.ok) return draft;
      const existing = (draft.reportingBack ?? []).map(reportingBackFromDraft);
      const drafted = draftReportingBack(period.value, action.assignments, existing).map(reportingBackToDraft);
      // Unchanged: the same draft object, so nothing counts as edited.
      if (JSON.stringify(drafted) === JSON.stringify(draft.reportingBack ?? [])) return draft;
      if (drafted.length === 0) {
        const rest: { -readonly [K in keyof IReportDraft]?: IReportDraft[K] } = { ...draft };
        delete rest.reportingBack;
        return rest as IReportDraft;
      }
      return { ...draft, reportingBack: drafted };
    }
  }
}
