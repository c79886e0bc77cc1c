/**
 * Entry of the local workbench page. It holds only what the report's first screen needs to
 * leave: the state from the URL, the signed-in user, the page's digest and the repository. The
 * first screen's `$batch` goes out at once; the React tree (`WorkbenchApp`, with React, Fluent and
 * the web part's components) loads and evaluates while it is under way, as the web part's UI
 * chunk does on a SharePoint page.
 */
import { createWorkbenchBoard, createWorkbenchProvisioning, createWorkbenchRepository, pageDigestSource, pageSiteUrl } from './repository';
import { firstScreenSettled, prefetchReportView } from '../../src/services/createReportReader';
import { formatWorkbenchState, parseWorkbenchState } from './state';
import { signIn } from './signIn';
import type { IInitialServices } from './WorkbenchApp';
import './workbench.css';

function start(): void {
  const initial = parseWorkbenchState(window.location.search);
  signIn(initial);
  document.documentElement.lang = initial.lang;
  // The canonical URL carries every parameter, so a copied URL reproduces the page.
  window.history.replaceState(undefined, '', formatWorkbenchState(initial, window.location.search));
  const site = pageSiteUrl();
  const digests = pageDigestSource(site);
  const initialServices: IInitialServices = {
    user: initial.user,
    repository: createWorkbenchRepository(site, digests),
    provisioning: createWorkbenchProvisioning(site, digests),
    board: createWorkbenchBoard(site, digests)
  };
  // The report's reads go out before the React tree is even evaluated.
  const firstScreen = initial.view === 'report' && initial.object ? initial.object : undefined;
  if (firstScreen) prefetchReportView(initialServices.repository, firstScreen);
  const root = document.getElementById('workbench-root');
  if (!root) throw new Error('workbench-root element missing');
  // The first render waits (briefly) for the report: drawn at once, with no loading state first.
  const tree = import('./WorkbenchApp').then((app) => {
    app.prepareWorkbench(initial);
    return app;
  });
  const treeAndReport = firstScreen ? tree.then((app) => firstScreenSettled(initialServices.repository, firstScreen).then(() => app)) : tree;
  treeAndReport.then(
    (app) => app.renderWorkbench(root, initial, site, initialServices),
    (error: unknown) => {
      // The page's own chrome failed to load (a broken build or a dropped connection): say so in text.
      root.textContent = `Arbetsbänken kunde inte laddas. / The workbench could not be loaded. (${error instanceof Error ? error.message : String(error)})`;
    }
  );
}

start();
