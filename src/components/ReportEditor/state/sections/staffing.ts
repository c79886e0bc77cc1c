/** The staffing section's FTE fields, as typed (its points are rows). */
import type { IReportDraft } from '../../draft/types';

export type StaffingAction = { readonly type: 'staffing/set'; readonly patch: Partial<Pick<IReportDraft['staffing'], 'fteStart' | 'fteEnd'>> };

export function staffingReducer(draft: IReportDraft, action: StaffingAction): IReportDraft {
  return { ...draft, staffing: { ...draft.staffing, ...action.patch } };
}
