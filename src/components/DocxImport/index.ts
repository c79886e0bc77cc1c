export * from './DocxImport';
export * from './ImportFromWordButton';
export { ImportPreviewView } from './ImportPreview';
export { importMessage, whereText } from './messages';
export { importFileKind, loadPreviewer, MAX_IMPORT_FILE_BYTES, IMPORT_ACCEPT } from './importTypes';
export type { IImportChoices, IImportMessage, IImportNote, IImportPreview, ImportFileKind, ISettledByDocument } from './importTypes';
