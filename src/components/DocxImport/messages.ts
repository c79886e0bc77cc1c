import * as strings from 'StatusReportDocxStrings';
import { formatTemplate } from '../shared/format';
import type { IImportNote } from './importTypes';

const table = strings as unknown as Readonly<Record<string, string>>;

function lookup(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * The user-facing text of a docx, text import or repository message key, with its named params
 * filled in ("{limitMb}"). Unknown keys get a generic text, never the key itself.
 */
export function importMessage(key: string, params: Readonly<Record<string, string | number>> = {}, locale: string = 'sv-SE'): string {
  const template = lookup(key) ?? strings.ImportReadFailed;
  const values: Record<string, string> = {};
  Object.keys(params).forEach((name) => {
    values[name] = String(params[name]);
  });
  // Table kinds are words of the message, not codes.
  if (typeof params.table === 'string') values.table = lookup(`docx.table.${params.table}`) ?? params.table;
  if (typeof params.sizeBytes === 'number') {
    values.sizeMb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(params.sizeBytes / (1024 * 1024));
  }
  return template.replace(/\{([A-Za-z]+)\}/g, (match: string, name: string) => (values[name] !== undefined ? values[name] : match));
}

/** "Tabell 3, rad 2 i ”Planerade aktiviteter”", "Stycke 12", "Rad 14" (text files). */
export function whereText(note: IImportNote): string {
  const where = note.where;
  if (!where) return note.line !== undefined ? formatTemplate(strings.ImportWhereLine, note.line) : strings.ImportWhereUnknown;
  const place =
    where.kind === 'table' && where.table !== undefined
      ? formatTemplate(strings.ImportWhereTable, where.table, where.row ?? 1)
      : formatTemplate(strings.ImportWhereParagraph, where.block + 1);
  return where.section ? formatTemplate(strings.ImportWhereInSection, place, where.section) : place;
}
