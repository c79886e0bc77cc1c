/**
 * The data floor of the open benchmark (/workbench/datafloor.html, written by tools/bench-ui.ts):
 * the workbench's own data path (the page's digest, browser PnPjs, the repository and the
 * report reader sending the reader's first-screen `$batch`) with the React floor's view
 * (`floorFigures.tsx`: the newest snapshot's KPI numbers through React and ReactDOM). No
 * Fluent, no card, no host bar: what the data layer adds to the React floor. Printed beside
 * `e2e_open_ratio` as information.
 */
import { createWorkbenchRepository, pageDigestSource, pageSiteUrl } from '../repository';
import { createReportReader, prefetchReportView } from '../../../src/services/createReportReader';

const OBJECT_KEY = 'SHVO';

const site = pageSiteUrl();
const repository = createWorkbenchRepository(site, pageDigestSource(site));
// As the workbench's entry does: the request leaves before React is evaluated.
prefetchReportView(repository, OBJECT_KEY);
const view = import('./floorFigures');
const report = createReportReader(repository).getApprovedReport(OBJECT_KEY);
Promise.all([view, report]).then(
  ([module, approved]) => module.renderFigures(document.querySelector('main') as HTMLElement, approved.snapshot ? approved.snapshot.report.kpis : []),
  (error: unknown) => {
    (document.querySelector('main') as HTMLElement).textContent = String(error);
  }
);
