/**
 * Message keys of the Word (.docx) import and export. The UI translates them (sv-SE and en-US);
 * domain code never shows English sentences. `params` carry the values a message names.
 */
export const DOCX_MESSAGE_KEYS = [
  /** The file has no bytes. */
  'docx.error.empty',
  /** Larger than the import limit; params: { limitBytes, limitMb, sizeBytes }. */
  'docx.error.tooLarge',
  /** Not a zip at all, or a damaged/truncated zip. */
  'docx.error.corrupt',
  /**
   * Not a Word .docx: a zip without word/document.xml (e.g. an .xlsx), or, with params
   * { format: 'ole' }, a Word 97–2003 .doc or a password-protected .docx (to be saved as .docx without a password).
   */
  'docx.error.notWordDocument',
  /** word/document.xml is not well-formed XML. */
  'docx.error.badXml',
  /** Unzipped parts together exceed the uncompressed limit (zip bomb guard); params: { limitBytes, limitMb }. */
  'docx.error.tooLargeUnzipped',
  /** The document has no text. */
  'docx.error.noText',
  /** No recognisable heading of the status report template was found. */
  'docx.error.notAReport',
  /** Neither the document nor the caller settles the year; params: {}. */
  'docx.error.yearUnknown',
  /** Neither the document nor the caller settles the quarter (no quarter marked). */
  'docx.error.quarterUnknown',
  /** A table has fewer columns than its kind needs; params: { table, row, expected, found }. */
  'docx.error.tableMissingColumns',
  /** Export: chart image bytes are not a PNG. */
  'docx.error.chartNotPng',
  /** Unplaced: a table found where the template has none. */
  'docx.unplaced.unexpectedTable',
  /** Unplaced: an image other than the chart (not imported). */
  'docx.unplaced.image',
  /** Ignored: the chart image and its data table (derived from the KPI history, not report text). */
  'docx.ignored.chart'
] as const;

export type DocxMessageKey = (typeof DOCX_MESSAGE_KEYS)[number];

export type DocxMessageParams = Readonly<Record<string, string | number>>;

export interface IDocxMessage {
  readonly messageKey: DocxMessageKey;
  readonly params: DocxMessageParams;
}

/** Thrown by the writer only for caller mistakes (e.g. chart bytes that are not PNG); carries a message key. */
export class DocxError extends Error {
  public readonly messageKey: DocxMessageKey;
  public readonly params: DocxMessageParams;

  public constructor(messageKey: DocxMessageKey, params: DocxMessageParams = {}) {
    super(messageKey);
    // Compiled to ES5 by SPFx: restore the prototype so instanceof works.
    Object.setPrototypeOf(this, DocxError.prototype);
    this.name = 'DocxError';
    this.messageKey = messageKey;
    this.params = params;
  }
}
