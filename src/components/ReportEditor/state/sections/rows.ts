/**
 * The list sections (events, KPI rows, meetings, problems, activities, economy and staffing
 * points, communication): add, change, remove and move rows. A new row's id comes with the
 * action so the reducer stays pure and the caller can focus the new row's first field.
 */
import { addRow, emptyRow, moveRow, removeRow, updateRow } from '../../draft/rows';
import type { IReportDraft, RowSection } from '../../draft/types';

export type RowAction =
  | { readonly type: 'rows/add'; readonly section: RowSection; readonly id: string }
  | { readonly type: 'rows/update'; readonly section: RowSection; readonly id: string; readonly patch: Readonly<Record<string, unknown>> }
  | { readonly type: 'rows/remove'; readonly section: RowSection; readonly id: string }
  | { readonly type: 'rows/move'; readonly section: RowSection; readonly id: string; readonly delta: number };

export function rowsReducer(draft: IReportDraft, action: RowAction): IReportDraft {
  switch (action.type) {
    case 'rows/add':
      return addRow(draft, action.section, emptyRow(draft, action.section, action.id));
    case 'rows/update':
      return updateRow(draft, action.section, action.id, action.patch);
    case 'rows/remove':
      return removeRow(draft, action.section, action.id);
    case 'rows/move':
      return moveRow(draft, action.section, action.id, action.delta);
  }
}
