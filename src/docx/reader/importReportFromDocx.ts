/**
 * Import preview of a Word report: reads the .docx, turns it into the seed text format and
 * lets the domain's `parseReportText` place every section and both tables, exactly as the
 * seed importer does. Returns what goes where and what could not be placed; writes nothing.
 */
import type { IStatusReport } from '../../domain/model';
import { parseReportText } from '../../domain/import';
import type { ImportMessageKey } from '../../domain/import';
import type { DocxMessageKey } from '../messages';
import { blocksToReportText } from './blocksToReportText';
import type { IDocxLocation, IDocxNote } from './blocksToReportText';
import { readDocxBlocks } from './readDocxBlocks';

export interface IDocxImportOptions {
  /** Year when the document does not state one (neither the "Kvartal" line nor the KPI table). */
  readonly year?: number;
  /** Quarter when the document ticks none. */
  readonly quarter?: number;
  /** Object key; otherwise the abbreviation in parentheses in the object title ("(SHVO)"). */
  readonly objectKey?: string;
}

export type DocxImportMessageKey = DocxMessageKey | ImportMessageKey;

export interface IDocxImportMessage {
  readonly messageKey: DocxImportMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface IDocxUnplaced {
  /** Place in the document; undefined only for lines the converter itself added. */
  readonly where?: IDocxLocation;
  readonly text: string;
  readonly reason: DocxImportMessageKey;
  /** 1-based line in `text` of the preview (the seed text format) when the parser reported it. */
  readonly line?: number;
}

export interface IDocxImportPreview {
  /** The report as it would be saved (a draft); undefined when there are errors. */
  readonly report?: IStatusReport;
  /** Text found in the document that has no place in the report. */
  readonly unplaced: readonly IDocxUnplaced[];
  /** Parts not imported on purpose: the chart picture and its data table. */
  readonly ignored: readonly IDocxNote[];
  /** Why no report could be made; empty when `report` is set. */
  readonly errors: readonly IDocxImportMessage[];
  /** The document in the seed text format, as handed to the parser ('' when unreadable). */
  readonly text: string;
}

/** Domain errors that have a more precise Word-specific message. */
const ERROR_FOR_DOCX: Partial<Record<ImportMessageKey, DocxMessageKey>> = {
  'import.error.empty': 'docx.error.noText',
  'import.error.notAReport': 'docx.error.notAReport',
  'import.error.quarterMissing': 'docx.error.quarterUnknown',
  'import.error.yearMissing': 'docx.error.yearUnknown'
};

export function importReportFromDocx(bytes: Uint8Array, options: IDocxImportOptions = {}): IDocxImportPreview {
  const read = readDocxBlocks(bytes);
  if (!read.ok) {
    return failed([{ messageKey: read.messageKey, params: read.params }]);
  }
  const hasText = read.blocks.some((b) =>
    b.kind === 'paragraph' ? b.text.trim() !== '' : b.rows.some((row) => row.some((cell) => cell.trim() !== ''))
  );
  if (!hasText) {
    return failed([{ messageKey: 'docx.error.noText', params: {} }]);
  }
  const converted = blocksToReportText(read.blocks);
  const docxUnplaced: IDocxUnplaced[] = converted.unplaced.map((n) => ({ where: n.where, text: n.text, reason: n.reason }));
  if (converted.recognisedHeadings === 0) {
    return failed([{ messageKey: 'docx.error.notAReport', params: {} }], converted.text, docxUnplaced, converted.ignored);
  }
  if (converted.errors.length > 0) {
    return failed(converted.errors, converted.text, docxUnplaced, converted.ignored);
  }

  // The caller's year/quarter only fill in what the document leaves open (the parser treats a
  // difference between the two as a conflict).
  const parsed = parseReportText(converted.text, {
    year: converted.year === undefined ? options.year : undefined,
    quarter: converted.quarter === undefined ? options.quarter : undefined,
    objectKey: options.objectKey
  });
  const unplaced = docxUnplaced.concat(
    parsed.unplaced.map((u) => ({ where: converted.origins[u.line - 1], text: u.text, reason: u.reason, line: u.line }))
  );
  const errors: IDocxImportMessage[] = parsed.errors.map((e) => ({
    messageKey: ERROR_FOR_DOCX[e.messageKey] ?? e.messageKey,
    params: e.params ?? {}
  }));
  if (errors.length > 0 || !parsed.report) {
    return failed(errors.length ? errors : [{ messageKey: 'docx.error.notAReport', params: {} }], converted.text, unplaced, converted.ignored);
  }
  return { report: parsed.report, unplaced, ignored: converted.ignored, errors: [], text: converted.text };
}

function failed(
  errors: readonly IDocxImportMessage[],
  text: string = '',
  unplaced: readonly IDocxUnplaced[] = [],
  ignored: readonly IDocxNote[] = []
): IDocxImportPreview {
  return { unplaced, ignored, errors, text };
}
