/**
 * The import preview (loaded on demand as the 'docx-import' chunk): reads a Word document with
 * src/docx's reader or a text file with the domain's parser, finds out what the document settles
 * itself (year, quarter, object) and places everything with the user's choices for the rest.
 * Writes nothing.
 */
import { importReportFromDocx } from '../../docx/reader/importReportFromDocx';
import { parseReportText } from '../../domain/import';
import { MIN_REPORT_YEAR } from '../../domain/quarter';
import type { IImportChoices, IImportMessage, IImportNote, IImportPreview, ImportFileKind, ISettledByDocument } from './importTypes';

interface IRawResult {
  readonly report?: IImportPreview['report'];
  readonly unplaced: readonly IImportNote[];
  readonly ignored: readonly IImportNote[];
  readonly errors: readonly IImportMessage[];
}

// Domain errors named as the Word reader names them, so both file kinds show the same message.
const TEXT_ERROR_KEYS: Readonly<Record<string, string>> = {
  'import.error.empty': 'docx.error.noText',
  'import.error.notAReport': 'docx.error.notAReport',
  'import.error.quarterMissing': 'docx.error.quarterUnknown',
  'import.error.yearMissing': 'docx.error.yearUnknown'
};

const YEAR_MISSING = 'docx.error.yearUnknown';
const QUARTER_MISSING = 'docx.error.quarterUnknown';
const OBJECT_MISSING = 'import.error.objectKeyMissing';

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function read(kind: ImportFileKind, bytes: Uint8Array, text: string | undefined, choices: IImportChoices): IRawResult {
  if (kind === 'docx') {
    const preview = importReportFromDocx(bytes, choices);
    return {
      report: preview.report,
      unplaced: preview.unplaced.map((note) => ({ where: note.where, text: note.text, reason: note.reason })),
      ignored: preview.ignored.map((note) => ({ where: note.where, text: note.text, reason: note.reason })),
      errors: preview.errors.map((error) => ({ messageKey: error.messageKey, params: error.params }))
    };
  }
  if (bytes.length === 0) {
    return { unplaced: [], ignored: [], errors: [{ messageKey: 'docx.error.empty', params: {} }] };
  }
  const parsed = parseReportText(text ?? '', choices);
  return {
    report: parsed.report,
    unplaced: parsed.unplaced.map((line) => ({ line: line.line, text: line.text, reason: line.reason })),
    ignored: [],
    errors: parsed.errors.map((error) => ({ messageKey: TEXT_ERROR_KEYS[error.messageKey] ?? error.messageKey, params: error.params ?? {} }))
  };
}

function has(result: IRawResult, key: string): boolean {
  return result.errors.some((error) => error.messageKey === key);
}

/**
 * What the document settles without help. Read once with no choices: a report means it settles
 * everything; when only year/quarter/object are missing, a second read with stand-ins for exactly
 * those tells the values of the others (the stand-ins themselves are never shown).
 */
function settledByDocument(kind: ImportFileKind, bytes: Uint8Array, text: string | undefined): { settled: ISettledByDocument; bare: IRawResult } {
  const bare = read(kind, bytes, text, {});
  if (bare.report) {
    const header = bare.report.header;
    return { settled: { year: header.period.year, quarter: header.period.quarter, objectKey: header.objectKey }, bare };
  }
  const yearMissing = has(bare, YEAR_MISSING);
  const quarterMissing = has(bare, QUARTER_MISSING);
  const objectMissing = has(bare, OBJECT_MISSING);
  const onlyOpenQuestions = bare.errors.every((e) => e.messageKey === YEAR_MISSING || e.messageKey === QUARTER_MISSING || e.messageKey === OBJECT_MISSING);
  if (!onlyOpenQuestions || !bare.errors.length) return { settled: {}, bare };
  const probe = read(kind, bytes, text, {
    year: yearMissing ? MIN_REPORT_YEAR : undefined,
    quarter: quarterMissing ? 1 : undefined,
    objectKey: objectMissing ? 'X' : undefined
  });
  if (!probe.report) return { settled: {}, bare };
  const header = probe.report.header;
  return {
    settled: {
      year: yearMissing ? undefined : header.period.year,
      quarter: quarterMissing ? undefined : header.period.quarter,
      objectKey: objectMissing ? undefined : header.objectKey
    },
    bare
  };
}

/**
 * The preview with the user's choices. Choices only fill in what the document leaves open
 * (a settled year or quarter is never passed on: the document's own value stands); the
 * object the user picks always wins, as it does in the Word reader.
 */
export function previewImport(kind: ImportFileKind, bytes: Uint8Array, choices: IImportChoices): IImportPreview {
  const text = kind === 'text' ? decodeUtf8(bytes) : undefined;
  const { settled, bare } = settledByDocument(kind, bytes, text);
  const objectKey = choices.objectKey !== undefined && choices.objectKey.trim() !== '' ? choices.objectKey.trim() : undefined;
  const effective: IImportChoices = {
    year: settled.year === undefined ? choices.year : undefined,
    quarter: settled.quarter === undefined ? choices.quarter : undefined,
    objectKey
  };
  // Nothing to fill in: the read without choices is the answer (saves a second read of the file).
  const nothingChosen = effective.year === undefined && effective.quarter === undefined && effective.objectKey === undefined;
  const result = nothingChosen ? bare : read(kind, bytes, text, effective);
  return { ...result, settled };
}
