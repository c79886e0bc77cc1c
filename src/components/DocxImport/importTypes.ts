/**
 * Types and small helpers of the import panel that the first bundle may hold: nothing here
 * reaches src/docx (the reader is loaded on demand through `loadPreviewer`).
 */
import type { IDocxLocation } from '../../docx/reader/blocksToReportText';
import type { IStatusReport, QuarterNumber } from '../../domain/model';

/** How a file is read: the Word reader, or the domain's text format (the seed's .md). */
export type ImportFileKind = 'docx' | 'text';

/** The import limit of the Word reader (`MAX_DOCX_BYTES`, 10 MiB), checked before reading the file into memory. */
export const MAX_IMPORT_FILE_BYTES: number = 10 * 1024 * 1024;

const TEXT_EXTENSIONS: readonly string[] = ['md', 'markdown', 'txt'];
// .doc/.dot and macro-enabled files go to the Word reader too: it names old binary files precisely.
const WORD_EXTENSIONS: readonly string[] = ['docx', 'docm', 'dotx', 'dotm', 'doc', 'dot'];

/** What the file picker offers. */
export const IMPORT_ACCEPT: string = '.docx,.doc,.md,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain';

/** The reader for a file name, or undefined for a file type the import does not read. */
export function importFileKind(fileName: string): ImportFileKind | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (TEXT_EXTENSIONS.indexOf(extension) >= 0) return 'text';
  if (WORD_EXTENSIONS.indexOf(extension) >= 0) return 'docx';
  return undefined;
}

/** What the user chose for what the document leaves open. */
export interface IImportChoices {
  readonly year?: number;
  readonly quarter?: number;
  readonly objectKey?: string;
}

/** What the document decides itself; the panel shows these read-only. */
export interface ISettledByDocument {
  readonly year?: number;
  readonly quarter?: QuarterNumber;
  readonly objectKey?: string;
}

export interface IImportMessage {
  /** A key of the message catalogue (docx.*, import.*, data.error.*). */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A piece of the document the report has no place for (or leaves out on purpose). */
export interface IImportNote {
  /** Where in a Word document. */
  readonly where?: IDocxLocation;
  /** 1-based line of a text file. */
  readonly line?: number;
  readonly text: string;
  readonly reason: string;
}

export interface IImportPreview {
  readonly report?: IStatusReport;
  readonly unplaced: readonly IImportNote[];
  readonly ignored: readonly IImportNote[];
  readonly errors: readonly IImportMessage[];
  readonly settled: ISettledByDocument;
}

export interface IImportPreviewer {
  previewImport(kind: ImportFileKind, bytes: Uint8Array, choices: IImportChoices): IImportPreview;
}

/** Loads the readers (Word reader with fflate and fast-xml-parser, and the text parser) on demand. */
export async function loadPreviewer(): Promise<IImportPreviewer> {
  return import(/* webpackChunkName: 'docx-import' */ './previewImport');
}
