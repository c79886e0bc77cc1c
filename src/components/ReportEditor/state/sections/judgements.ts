/**
 * The judgement section: status and comment of the overall judgement and each dimension.
 * Changing a carried-over judgement's status or comment confirms it, as does "confirm". The
 * economy's status is the economy assessment, so both change together.
 */
import type { Assessment } from '../../../../domain/model';
import { JUDGEMENT_TARGETS, type JudgementTarget } from '../../../../domain/judgement';
import type { IReportDraft } from '../../draft/types';

export type JudgementAction =
  | { readonly type: 'judgements/setStatus'; readonly target: JudgementTarget; readonly status: Assessment }
  | { readonly type: 'judgements/setComment'; readonly target: JudgementTarget; readonly comment: string }
  | { readonly type: 'judgements/confirm'; readonly target: JudgementTarget }
  | { readonly type: 'judgements/confirmAll' };

function setJudgement(draft: IReportDraft, target: JudgementTarget, status: Assessment, comment: string): IReportDraft {
  const judgements = { ...draft.judgements, [target]: { status, comment } };
  return target === 'economy'
    ? { ...draft, judgements, economy: { ...draft.economy, assessment: status } }
    : { ...draft, judgements };
}

export function judgementReducer(draft: IReportDraft, action: JudgementAction): IReportDraft {
  switch (action.type) {
    case 'judgements/setStatus':
      return setJudgement(draft, action.target, action.status, draft.judgements[action.target].comment);
    case 'judgements/setComment':
      return setJudgement(draft, action.target, draft.judgements[action.target].status, action.comment);
    case 'judgements/confirm': {
      const j = draft.judgements[action.target];
      return j.carriedOver ? setJudgement(draft, action.target, j.status, j.comment) : draft;
    }
    case 'judgements/confirmAll':
      return JUDGEMENT_TARGETS.reduce((d, target) => judgementReducer(d, { type: 'judgements/confirm', target }), draft);
  }
}
