import type { IImportNote } from './importTypes';
import { isMessageKey, message, type MessageKey } from '../../messages';

/** Table kinds of docx.error.tableMissingColumns, as words of the message. */
const TABLE_WORDS: Readonly<Record<string, MessageKey>> = { kpi: 'docx.table.kpi', meetings: 'docx.table.meetings' };

/**
 * The user-facing text of a docx, text import or repository message key, with its named params
 * filled in ("{limitMb}"). Unknown keys get a generic text, never the key itself.
 */
export function importMessage(key: string, params: Readonly<Record<string, string | number>> = {}, locale: string = 'sv-SE'): string {
  const values: Record<string, string> = {};
  Object.keys(params).forEach((name) => {
    values[name] = String(params[name]);
  });
  if (typeof params.table === 'string') values.table = TABLE_WORDS[params.table] ? message(TABLE_WORDS[params.table]) : params.table;
  if (typeof params.sizeBytes === 'number') {
    values.sizeMb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(params.sizeBytes / (1024 * 1024));
  }
  return message(isMessageKey(key) ? key : 'import.file.readFailed', values);
}

/** "Tabell 3, rad 2 i ”Planerade aktiviteter”", "Stycke 12", "Rad 14" (text files). */
export function whereText(note: IImportNote): string {
  const where = note.where;
  if (!where) return note.line !== undefined ? message('import.where.line', [note.line]) : message('import.where.unknown');
  const place =
    where.kind === 'table' && where.table !== undefined
      ? message('import.where.table', [where.table, where.row ?? 1])
      : message('import.where.paragraph', [where.block + 1]);
  return where.section ? message('import.where.inSection', [place, where.section]) : place;
}
