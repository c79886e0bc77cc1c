/**
 * `$select`s derived from the schema, so a column renamed or removed there cannot be read
 * under its old name here.
 */
import { listSpec, type ListKey } from '../../schema/schema';

/** Fields every list has that the repository reads (not part of the schema's own columns). */
const SYSTEM_FIELDS = ['Id', 'Title', 'Modified', 'OData__ModerationStatus', 'OData__ModerationComments', 'Editor/Title', 'Editor/EMail', 'Author/Title', 'Author/EMail', 'FileDirRef', 'AuthorId', 'EditorId'] as const;
export type SystemField = (typeof SYSTEM_FIELDS)[number];

/** The selectable name of a schema column: Lookups as <Name>Id; Person columns are not selected. */
function selectableColumns(key: ListKey): string[] {
  return listSpec(key)
    .columns.filter((c) => c.type !== 'User')
    .map((c) => (c.type === 'Lookup' ? `${c.name}Id` : c.name));
}

/** Columns of a list as selected in queries: Id and all own columns (no system fields), Lookups as <Name>Id. */
export function selectFor(key: ListKey): string[] {
  return ['Id', ...selectableColumns(key)];
}

/** A subset of a list's columns (and system fields); throws for a name the schema does not have. */
export function selectOf(key: ListKey, ...names: string[]): string[] {
  const known = selectableColumns(key);
  names.forEach((n) => {
    if (known.indexOf(n) < 0 && (SYSTEM_FIELDS as readonly string[]).indexOf(n) < 0) {
      throw new Error(`Column ${n} is not in the schema of list ${key}`);
    }
  });
  return names;
}

/** The report header as loaded for editing: every column, and Modified. */
export function headerSelect(): string[] {
  return [...selectFor('reports'), 'Modified'];
}

/** A snapshot with its moderation state and who last changed it (the approver, once decided). */
export function snapshotSelect(): string[] {
  return [...selectFor('snapshots'), 'OData__ModerationStatus', 'OData__ModerationComments', 'Modified', 'Editor/Title', 'Editor/EMail'];
}

/** KPI definitions: the label lives in the built-in Title column. */
export function definitionSelect(): string[] {
  return [...selectFor('kpiDefinitions'), 'Title'];
}
