/**
 * The report editor is loaded on demand: importing this module adds only React.lazy's stub to
 * the reader's bundle; the editor and Fluent form controls come in the 'report-editor' chunk.
 */
import * as React from 'react';
import type { IReportEditorProps } from './IReportEditorProps';
import { loadOnce } from '../../services/loadOnce';

export type { IReportEditorProps } from './IReportEditorProps';

/**
 * Starts (once) the editor chunk's download: called as soon as the user asks to edit, so the
 * chunk loads while the report to open is looked up. A failed download is tried again next time.
 */
export const preloadReportEditor: () => Promise<typeof import('./ReportEditor')> = loadOnce(
  () => import(/* webpackChunkName: 'report-editor' */ './ReportEditor')
);

export const LazyReportEditor: React.LazyExoticComponent<React.ComponentType<IReportEditorProps>> = React.lazy(preloadReportEditor);
