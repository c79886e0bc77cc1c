/**
 * The report editor is loaded on demand: importing this module adds only React.lazy's stub to
 * the reader's bundle; the editor and Fluent form controls come in the 'report-editor' chunk.
 */
import * as React from 'react';
import type { IReportEditorProps } from './IReportEditorProps';

export type { IReportEditorProps } from './IReportEditorProps';

export const LazyReportEditor: React.LazyExoticComponent<React.ComponentType<IReportEditorProps>> = React.lazy(
  () => import(/* webpackChunkName: 'report-editor' */ './ReportEditor')
);
