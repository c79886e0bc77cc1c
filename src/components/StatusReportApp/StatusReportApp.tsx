import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { createReportReader, prefetchReportView } from '../../services/createReportReader';
import { usePortfolio } from '../../services/hooks';
import { useBoardCalendar } from '../../services/boardHooks';
import { withCalendarDue } from '../../domain/portfolio/due';
import type { IReportReader } from '../../services/IReportReader';
import { IServices, ServicesProvider, useServices } from '../../services/ServicesContext';
import type { IPortfolioProps } from '../Portfolio/Portfolio';
import { LightButton, LightMessage } from '../ReportView/lightControls';
import { ProvisioningGate, ReportWorkspace } from './ReportWorkspace';
import type { IStatusReportAppProps } from './IStatusReportAppProps';
import styles from './StatusReportApp.module.scss';
import { buildTheme } from './theme';
import { message } from '../../messages';
import type { IMeetingPackProps } from '../Board/MeetingPack';

// The Teams personal app's "your reports to hand in" (chunk 'board', with the board's views).
const LazyReportsDue: React.LazyExoticComponent<React.ComponentType<{ readonly onOpenReport: (objectKey: string) => void }>> = React.lazy(() =>
  import(/* webpackChunkName: 'board' */ '../Board').then((m) => ({ default: m.ReportsDue }))
);

// The web part makes the first render's formats while its first screen is still out.
export { warmUpFormats } from '../shared/format';

export interface IStatusReportAppExtraProps {
  /** Reads reports instead of adapting `repository` (tests, previews). */
  readonly reportReader?: IReportReader;
  /** "Now" for date-dependent views; defaults to the clock. */
  readonly now?: () => Date;
}

/** The portfolio's views, filters and tables load on demand: the report view is the common first screen. */
const LazyPortfolio: React.LazyExoticComponent<React.ComponentType<IPortfolioProps>> = React.lazy(() =>
  import(/* webpackChunkName: 'portfolio' */ '../Portfolio/Portfolio').then((m) => ({ default: m.Portfolio }))
);

const LazyMeetingPack: React.LazyExoticComponent<React.ComponentType<IMeetingPackProps>> = React.lazy(() =>
  import(/* webpackChunkName: 'board' */ '../Board').then((m) => ({ default: m.MeetingPack }))
);

function PortfolioView(props: { readonly onOpenReport: (objectKey: string) => void; readonly showReportsDue: boolean }): JSX.Element {
  const { locale, now, board } = useServices();
  const portfolio = usePortfolio();
  // Due dates by the board's calendar where the site keeps one (a meeting in it); else the quarter rule.
  const calendar = useBoardCalendar();
  const calendarData = calendar.status === 'ready' && calendar.data && calendar.data.meetings.length > 0 ? calendar.data : undefined;
  const today = React.useMemo(() => now(), [now]);
  const entries = React.useMemo(
    () => (portfolio.status !== 'ready' ? [] : calendarData ? withCalendarDue(portfolio.data, calendarData, today) : portfolio.data),
    [portfolio, calendarData, today]
  );
  const [packShown, setPackShown] = React.useState(false);
  if (portfolio.status === 'loading') return <Spinner label={message('common.loading')} />;
  if (portfolio.status === 'error') {
    return (
      <LightMessage kind="error" actions={<LightButton onClick={portfolio.reload} text={message('common.retry')} />}>
        {portfolio.errorMessage}
      </LightMessage>
    );
  }
  return (
    <>
      {props.showReportsDue && board ? (
        <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
          <LazyReportsDue onOpenReport={props.onOpenReport} />
        </React.Suspense>
      ) : undefined}
      {board ? (
        <React.Suspense fallback={<></>}>
          <LazyMeetingPack portfolio={portfolio.data} onShown={setPackShown} />
        </React.Suspense>
      ) : undefined}
      {/* A shown pack is printed alone. */}
      <div className={packShown ? styles.noPrint : undefined}>
        <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
          <LazyPortfolio entries={entries} locale={locale} today={today} onOpenReport={props.onOpenReport} />
        </React.Suspense>
      </div>
    </>
  );
}


/**
 * The web part's root: applies the host's theme, hands services to the tree through context
 * and shows either one object's report or the portfolio (from which a report can be opened).
 */
export function StatusReportApp(props: IStatusReportAppProps & IStatusReportAppExtraProps): JSX.Element {
  const { repository, reportReader, locale, now, provisioning, userDisplayName, userEmail, board } = props;
  const editingAllowedHere = props.host === 'teams' || props.displayMode === 'edit';
  const firstView = props.view === 'portfolio' ? undefined : props.objectKey;
  const services = React.useMemo<IServices>(() => {
    // The report's reads start now, during the first render, not from effects after it.
    if (!reportReader && firstView) prefetchReportView(repository, firstView);
    return {
      reports: reportReader ?? createReportReader(repository),
      ...(board ? { board } : {}),
      locale,
      now: now ?? (() => new Date()),
      editing: {
        repository,
        currentUser: userEmail ? { displayName: userDisplayName, email: userEmail } : { displayName: userDisplayName },
        editingAllowedHere,
        ...(provisioning ? { provisioning } : {})
      }
    };
    // firstView is left out on purpose: opening another object later reads through the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, reportReader, locale, now, provisioning, userDisplayName, userEmail, editingAllowedHere, board]);
  const theme = React.useMemo(() => buildTheme(props.theme), [props.theme]);
  const [openedObject, setOpenedObject] = React.useState<string | undefined>(undefined);

  let content: JSX.Element;
  if (props.view === 'portfolio' && openedObject === undefined) {
    content = (
      <ProvisioningGate>
        {/* In Teams (the personal app opens the portfolio) the team sees what it has to hand in first. */}
        <PortfolioView onOpenReport={setOpenedObject} showReportsDue={props.host === 'teams'} />
      </ProvisioningGate>
    );
  } else if (props.view === 'portfolio' && openedObject !== undefined) {
    content = <ReportWorkspace key={openedObject} objectKey={openedObject} onBack={() => setOpenedObject(undefined)} />;
  } else if (props.objectKey) {
    content = <ReportWorkspace key={props.objectKey} objectKey={props.objectKey} />;
  } else {
    content = <LightMessage kind="info">{message('reader.chooseObject')}</LightMessage>;
  }

  return (
    <ThemeProvider
      theme={theme}
      className={`${styles.app} ${props.host === 'teams' ? styles.teams : styles.sharepoint}`}
      data-host={props.host}
      data-theme-variant={props.theme.variant}
      lang={locale}
    >
      <ServicesProvider services={services}>{content}</ServicesProvider>
    </ThemeProvider>
  );
}
