/**
 * Row-write planning, pure: which part rows and KPI definitions a save adds, updates or
 * deletes, given the rows as last read. Keys are positional (see partRowKey), so repeating a
 * plan after a half-finished write addresses the same rows and never adds a duplicate.
 */
import type { IStatusReport } from '../../../domain/model';
import { PART_LISTS, kpiDefinitionRow, partRowKey, partRows, rowDiffers, type PartListKey, type Row } from './mapping';
import { num } from './values';
import { siteDates, type ISiteDates } from './siteDates';

/** The rows of a report as last read or confirmed written: what the next plan starts from. */
export interface IStoredRows {
  readonly rows: Readonly<Record<PartListKey, readonly Row[]>>;
  readonly definitions: readonly Row[];
}

export type RowWriteList = PartListKey | 'kpiDefinitions';

export type RowWrite =
  | { readonly op: 'add'; readonly list: RowWriteList; readonly key: string; readonly row: Row }
  | { readonly op: 'update'; readonly list: RowWriteList; readonly key: string; readonly row: Row; readonly id: number }
  | { readonly op: 'delete'; readonly list: RowWriteList; readonly key: string; readonly id: number };

/**
 * Rows by RowKey, and the extra rows that repeat a key (a key is not enforced unique by
 * SharePoint on lists with a folder per object): the row with the lowest id is the row, the others
 * are removed by the next save and ignored when reading.
 */
export function splitDuplicates<R extends Row>(rows: readonly R[]): { readonly kept: R[]; readonly extra: R[] } {
  const first: Record<string, R> = {};
  const extra: R[] = [];
  rows
    .slice()
    .sort((a, b) => num(a.Id) - num(b.Id))
    .forEach((r) => {
      const key = String(r.RowKey);
      if (first[key] === undefined) first[key] = r;
      else extra.push(r);
    });
  return { kept: rows.filter((r) => first[String(r.RowKey)] === r), extra };
}

function byKey(rows: readonly Row[]): Record<string, Row> {
  const map: Record<string, Row> = {};
  rows.forEach((r) => {
    map[String(r.RowKey)] = r;
  });
  return map;
}

/**
 * The writes that make the stored rows equal `report`: update rows whose key exists and
 * differs, add missing keys, delete keys past the end. KPI definitions are shared by the
 * object's reports, so they are added or updated but never deleted here.
 */
export function planRowWrites(reportId: number, report: IStatusReport, stored: IStoredRows, dates: ISiteDates = siteDates()): RowWrite[] {
  const desired = partRows(report, dates);
  const planned: RowWrite[] = [];
  PART_LISTS.forEach((list) => {
    const { kept, extra } = splitDuplicates(stored.rows[list]);
    extra.forEach((r) => planned.push({ op: 'delete', list, key: String(r.RowKey), id: num(r.Id) }));
    const existing = byKey(kept);
    desired[list].forEach((row, index) => {
      const key = partRowKey(reportId, list, index);
      const full: Row = { ...row, RowKey: key, SortOrder: index, ReportId: reportId };
      const cur = existing[key];
      if (!cur) planned.push({ op: 'add', list, key, row: full });
      else if (rowDiffers(cur, full)) planned.push({ op: 'update', list, key, row: full, id: num(cur.Id) });
      delete existing[key];
    });
    Object.keys(existing).forEach((key) => planned.push({ op: 'delete', list, key, id: num(existing[key].Id) }));
  });
  const defs = splitDuplicates(stored.definitions);
  defs.extra.forEach((r) => planned.push({ op: 'delete', list: 'kpiDefinitions', key: String(r.RowKey), id: num(r.Id) }));
  const definitions = byKey(defs.kept);
  report.kpiDefinitions.forEach((d) => {
    const row = kpiDefinitionRow(report.header.objectKey, d);
    const key = String(row.RowKey);
    const cur = definitions[key];
    if (!cur) planned.push({ op: 'add', list: 'kpiDefinitions', key, row });
    else if (rowDiffers(cur, row)) planned.push({ op: 'update', list: 'kpiDefinitions', key, row, id: num(cur.Id) });
  });
  return planned;
}

/** What SharePoint answered to one planned write: the new item (for an add) or a failure. */
export type WriteOutcome = { readonly ok: true; readonly added?: { readonly Id: number } } | { readonly ok: false };

/**
 * The stored rows after the writes that succeeded (failed writes leave their rows as they
 * were, so the next plan repeats them). An add takes the id SharePoint gave the new item.
 */
export function applyWrites(stored: IStoredRows, writes: readonly RowWrite[], outcomes: readonly WriteOutcome[]): IStoredRows {
  const rows = {} as Record<PartListKey, Row[]>;
  PART_LISTS.forEach((p) => {
    rows[p] = stored.rows[p].slice();
  });
  const definitions = stored.definitions.slice();
  writes.forEach((w, i) => {
    const outcome = outcomes[i];
    if (!outcome || !outcome.ok) return;
    const target = w.list === 'kpiDefinitions' ? definitions : rows[w.list];
    if (w.op === 'delete') {
      const gone = target.findIndex((x) => num(x.Id) === w.id);
      if (gone >= 0) target.splice(gone, 1);
      return;
    }
    const at = target.findIndex((x) => x.RowKey === w.key);
    const merged: Row = w.op === 'add' ? { ...w.row, Id: num(outcome.added?.Id) } : { ...target[at], ...w.row };
    if (at >= 0) target[at] = merged;
    else target.push(merged);
  });
  return { rows, definitions };
}
