/**
 * Word (.docx) import and export of status reports. A module tree of its own, loaded on demand
 * by the UI (`import('../docx')`) so the docx writer and zip/XML readers stay out of the main bundle.
 * No SPFx imports.
 */
export { exportReportToDocx, pngSize } from './writer/exportReportToDocx';
export type { DocxLocale, IExportDocxOptions } from './writer/exportReportToDocx';
export { exportBoardPackToDocx } from './writer/exportBoardPackToDocx';
export type { IExportBoardPackOptions } from './writer/exportBoardPackToDocx';
export { importReportFromDocx } from './reader/importReportFromDocx';
export type {
  DocxImportMessageKey,
  IDocxImportMessage,
  IDocxImportOptions,
  IDocxImportPreview,
  IDocxUnplaced
} from './reader/importReportFromDocx';
export type { IDocxLocation, IDocxNote } from './reader/blocksToReportText';
export { MAX_DOCX_BYTES, MAX_UNZIPPED_XML_BYTES, readDocxBlocks } from './reader/readDocxBlocks';
export type { DocxBlock, IDocxParagraph, IDocxTable } from './reader/readDocxBlocks';
export { DOCX_MESSAGE_KEYS, DocxError } from './messages';
export type { DocxMessageKey, DocxMessageParams, IDocxMessage } from './messages';
