/** The economy assessment, which is also the economy dimension of the judgements (its points are rows). */
import type { Assessment } from '../../../../domain/model';
import type { IReportDraft } from '../../draft/types';

export type EconomyAction = { readonly type: 'economy/setAssessment'; readonly assessment: Assessment };

export function economyReducer(draft: IReportDraft, action: EconomyAction): IReportDraft {
  return {
    ...draft,
    economy: { ...draft.economy, assessment: action.assessment },
    judgements: { ...draft.judgements, economy: { status: action.assessment, comment: draft.judgements.economy.comment } }
  };
}
