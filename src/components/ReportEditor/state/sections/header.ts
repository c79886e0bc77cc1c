/** The report header section: title, quarter, coordinator and mission as typed. */
import type { IHeaderDraft, IReportDraft } from '../../draft/types';

export type HeaderField = 'objectTitle' | 'period' | 'coordinator' | 'mission';

export type HeaderAction = { readonly type: 'header/set'; readonly patch: Partial<Pick<IHeaderDraft, HeaderField>> };

export function headerReducer(draft: IReportDraft, action: HeaderAction): IReportDraft {
  return { ...draft, header: { ...draft.header, ...action.patch } };
}
