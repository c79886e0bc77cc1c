/**
 * The web part's React tree as its own chunk. The web part's entry holds only what the report's
 * first screen needs to leave (the repository and the services); the card, the chart's frame
 * and Fluent's styling load and evaluate while that request is under way.
 */
import { loadOnce } from '../../services/loadOnce';

export type ReportAppModule = typeof import('../../components/StatusReportApp/StatusReportApp');

/** Starts (once) the download of the React tree; a failed download is tried again on the next call. */
export const loadReportApp: () => Promise<ReportAppModule> = loadOnce(
  () => import(/* webpackChunkName: 'report-app' */ '../../components/StatusReportApp/StatusReportApp')
);
