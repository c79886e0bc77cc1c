/**
 * The workbench page's React tree: the host bar plus the web part's React root
 * (StatusReportApp) framed as on a SharePoint page or in a Teams tab, reading the local
 * SharePoint through the same repository class as in production. Loaded by `main.ts` once the
 * report's first screen is on its way.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { StatusReportApp, warmUpFormats } from '../../src/components/StatusReportApp/StatusReportApp';
import { HostBar } from './HostBar';
import { HostFrame } from './HostFrame';
import { createWorkbenchBoard, createWorkbenchProvisioning, createWorkbenchRepository } from './repository';
import type { IBoardServices } from '../../src/services/IBoardServices';
import type { IStatusReportRepository } from '../../src/data/repository/IStatusReportRepository';
import type { IProvisioningService } from '../../src/services/IProvisioningService';
import { formatWorkbenchState, IWorkbenchState, parseWorkbenchState, USER_DISPLAY_NAMES, userEmail } from './state';
import { signIn } from './signIn';
import { hostTheme } from './themes';
import { ICON_FONT_BASE_URL } from './icons';

/** The repository and provisioning of the user the page was served to (with the page's digest). */
export interface IInitialServices {
  readonly user: IWorkbenchState['user'];
  readonly repository: IStatusReportRepository;
  readonly provisioning: IProvisioningService;
  readonly board: IBoardServices;
}

function Workbench(props: { readonly initial: IWorkbenchState; readonly siteUrl: string; readonly initialServices: IInitialServices }): JSX.Element {
  const [state, setState] = React.useState<IWorkbenchState>(props.initial);

  React.useEffect(() => {
    const onPopState = (): void => {
      const next = parseWorkbenchState(window.location.search);
      signIn(next);
      setState(next);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const onChange = React.useCallback(
    (next: IWorkbenchState): void => {
      if (next.lang !== state.lang) {
        // Localized strings are picked once per page load, as in SharePoint: reload.
        window.location.assign(formatWorkbenchState(next, window.location.search));
        return;
      }
      signIn(next);
      window.history.pushState(undefined, '', formatWorkbenchState(next, window.location.search));
      setState(next);
    },
    [state.lang]
  );

  // A new repository per user, so nothing the previous user loaded is reused (state.user is a
  // dependency on purpose: the user travels in the cookie, not in the repository's arguments).
  // The page's form digest was issued with the page, for the user it was served to: only that
  // user's repository uses it (the one created before the first render, which may hold reads
  // already under way); any other user gets fresh ones that ask contextinfo once.
  const initialServices = state.user === props.initialServices.user ? props.initialServices : undefined;
  const repository = React.useMemo(
    () => initialServices?.repository ?? createWorkbenchRepository(props.siteUrl),
    [props.siteUrl, state.user, initialServices]
  );
  const provisioning = React.useMemo(
    () => initialServices?.provisioning ?? createWorkbenchProvisioning(props.siteUrl),
    [props.siteUrl, state.user, initialServices]
  );
  const board = React.useMemo(
    () => initialServices?.board ?? createWorkbenchBoard(props.siteUrl),
    [props.siteUrl, state.user, initialServices]
  );
  const theme = React.useMemo(() => hostTheme(state.theme), [state.theme]);

  return (
    <>
      <HostBar state={state} onChange={onChange} />
      <HostFrame host={state.host} theme={theme} lang={state.lang}>
        <StatusReportApp
          key={`${state.user}|${state.view}|${state.object}|${state.mode}`}
          repository={repository}
          host={state.host}
          theme={theme}
          view={state.view}
          objectKey={state.object}
          locale={state.lang}
          userDisplayName={USER_DISPLAY_NAMES[state.user]}
          userEmail={userEmail(state.user)}
          displayMode={state.mode}
          provisioning={provisioning}
          board={board}
        />
      </HostFrame>
    </>
  );
}

/**
 * What the first render needs made once, done while the report's first screen is out: Fluent's
 * icons (SharePoint registers them for web parts; the workbench serves the font itself) and the
 * web part's number and date formats.
 */
export function prepareWorkbench(initial: IWorkbenchState): void {
  initializeIcons(ICON_FONT_BASE_URL, { disableWarnings: true });
  warmUpFormats(initial.lang);
}

/** Draws the workbench into `root` (it lives as long as the page: nothing to unmount); `prepareWorkbench` first. */
export function renderWorkbench(root: HTMLElement, initial: IWorkbenchState, site: string, initialServices: IInitialServices): void {
  // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
  ReactDOM.render(<Workbench initial={initial} siteUrl={site} initialServices={initialServices} />, root);
}
