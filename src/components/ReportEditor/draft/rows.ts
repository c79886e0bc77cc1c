/** Pure row operations on a draft's list sections: add, update, remove, move. */
import { newRowId } from './convert';
import type { IReportDraft, RowSection } from './types';

/** Any row of any section: every row has an id and string-ish fields. */
export type AnyRow = { readonly id: string } & Readonly<Record<string, unknown>>;

export function getRows(draft: IReportDraft, section: RowSection): readonly AnyRow[] {
  switch (section) {
    case 'economy.items':
      return draft.economy.items as unknown as readonly AnyRow[];
    case 'staffing.items':
      return draft.staffing.items as unknown as readonly AnyRow[];
    default:
      return draft[section] as unknown as readonly AnyRow[];
  }
}

export function setRows(draft: IReportDraft, section: RowSection, rows: readonly AnyRow[]): IReportDraft {
  switch (section) {
    case 'economy.items':
      return { ...draft, economy: { ...draft.economy, items: rows as unknown as IReportDraft['economy']['items'] } };
    case 'staffing.items':
      return { ...draft, staffing: { ...draft.staffing, items: rows as unknown as IReportDraft['staffing']['items'] } };
    default:
      return { ...draft, [section]: rows };
  }
}

/** A new, empty row of a section (KPI rows start on the first known definition). */
export function emptyRow(draft: IReportDraft, section: RowSection, id: string = newRowId()): AnyRow {
  switch (section) {
    case 'events':
      return { id, text: '', subItems: '', date: '' };
    case 'kpis':
      return { id, definitionKey: draft.kpiDefinitions.length ? draft.kpiDefinitions[0].key : '', current: '', previous: '', comment: '' };
    case 'meetings':
      return { id, type: '', current: '', previous: '', purpose: '' };
    case 'problems':
      return { id, text: '', subItems: '', status: 'open' };
    case 'activities':
      return { id, text: '', subItems: '', status: 'planned' };
    default:
      return { id, text: '', subItems: '' };
  }
}

export function addRow(draft: IReportDraft, section: RowSection, row: AnyRow = emptyRow(draft, section)): IReportDraft {
  return setRows(draft, section, [...getRows(draft, section), row]);
}

export function updateRow(draft: IReportDraft, section: RowSection, id: string, patch: Readonly<Record<string, unknown>>): IReportDraft {
  return setRows(
    draft,
    section,
    getRows(draft, section).map((row) => (row.id === id ? { ...row, ...patch, id } : row))
  );
}

export function removeRow(draft: IReportDraft, section: RowSection, id: string): IReportDraft {
  return setRows(
    draft,
    section,
    getRows(draft, section).filter((row) => row.id !== id)
  );
}

/** Moves a row by `delta` places (−1 up, +1 down); a move past either end leaves the list as is. */
export function moveRow(draft: IReportDraft, section: RowSection, id: string, delta: number): IReportDraft {
  const rows = getRows(draft, section).slice();
  const from = rows.findIndex((row) => row.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= rows.length) {
    return draft;
  }
  const [row] = rows.splice(from, 1);
  rows.splice(to, 0, row);
  return setRows(draft, section, rows);
}
