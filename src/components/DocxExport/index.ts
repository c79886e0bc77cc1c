export * from './ExportToWordButton';
export { docxFileName } from './fileName';
export { downloadBytes, DOCX_MIME_TYPE } from './download';
export { pngFromCanvas, pngFromDataUrl } from './chartImage';
export { buildReportDocx, docxLocale } from './buildReportDocx';
export type { IBuildReportDocxOptions } from './buildReportDocx';
