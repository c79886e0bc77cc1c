import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IQuarter, IStatusReport } from '../../domain/model';
import { previousQuarter, quartersEqual, sameQuarterLastYear } from '../../domain/quarter';
import { useApprovedReport, useComparisonReports, useReportPeriods, useStatusHistory } from '../../services/hooks';
import type { IApprovedReport } from '../../services/IReportReader';
import { useServices } from '../../services/ServicesContext';
import { CollapsibleSection } from '../CollapsibleSection';
import { KpiTrendChart } from '../KpiTrendChart';
import { ReportComparison } from '../ReportComparison';
import { LocaleFormatter } from '../shared/format';
import { StatusCard } from '../StatusCard';
import { LightButton, LightMessage } from './lightControls';
import { usePrintPreparation } from './printing';
import styles from './ReportView.module.scss';
import { message } from '../../messages';
import { useBoardForReport, type IBoardForReport } from '../../services/boardHooks';
import type { IBoardServices } from '../../services/IBoardServices';
import type { IReportingBackItem } from '../../domain/board/model';
import { isoDay, latestQuarter, nextReportDue } from '../../domain/board/nextReport';
import type { IBoardSectionProps, IReportingBackDetailsProps } from '../Board';

// The board's handling and the recorder's actions: loaded after the card (chunk 'board').
const loadBoard = (): Promise<typeof import('../Board')> => import(/* webpackChunkName: 'board' */ '../Board');
const LazyBoardSection: React.LazyExoticComponent<React.ComponentType<IBoardSectionProps>> = React.lazy(() =>
  loadBoard().then((m) => ({ default: m.BoardSection }))
);
const LazyReportingBackDetails: React.LazyExoticComponent<React.ComponentType<IReportingBackDetailsProps>> = React.lazy(() =>
  loadBoard().then((m) => ({ default: m.ReportingBackDetails }))
);

/** Under a reported-back assignment: its state and history from the board's records (nothing until they are read). */
function assignmentHistoryRenderer(
  board: IBoardServices | undefined,
  data: IBoardForReport | undefined,
  locale: string,
  onChanged: () => void
): ((item: IReportingBackItem) => React.ReactNode) | undefined {
  if (!board || !data) return undefined;
  const BoardDetails = (item: IReportingBackItem): React.ReactNode => {
    const assignment = data.records.assignments.find((a) => a.key === item.assignmentKey);
    if (!assignment) return undefined;
    return (
      <React.Suspense fallback={<></>}>
        <LazyReportingBackDetails
          board={board}
          assignment={assignment}
          answers={data.answers.get(assignment.key) ?? []}
          canRecord={data.access.canRecord}
          locale={locale}
          onChanged={onChanged}
        />
      </React.Suspense>
    );
  };
  return BoardDetails;
}

export interface IReportViewProps {
  readonly objectKey: string;
  /** Back to the portfolio, when the report was opened from there. */
  readonly onBack?: () => void;
}

/** Neighbours of `period` among the object's report quarters (for previous/next). */
export function neighbours(
  periods: readonly IQuarter[],
  period: IQuarter
): { readonly previous?: IQuarter; readonly next?: IQuarter } {
  let index = -1;
  periods.forEach((candidate, i) => {
    if (quartersEqual(candidate, period)) index = i;
  });
  if (index < 0) return {};
  return { previous: index > 0 ? periods[index - 1] : undefined, next: index < periods.length - 1 ? periods[index + 1] : undefined };
}

interface IComparisonsProps {
  readonly objectKey: string;
  readonly current: IQuarter;
  readonly locale: string;
  readonly report: IStatusReport;
  /** Told whether the comparison has what it shows (loaded or failed), for printing. */
  readonly onReady: (ready: boolean) => void;
}

/**
 * Loads the previous quarter's and last year's approved reports and compares. Rendered only
 * once its section is opened or the report is printed, so opening a report does not read them.
 */
function Comparisons(props: IComparisonsProps): JSX.Element {
  const previous = previousQuarter(props.current);
  const lastYear = sameQuarterLastYear(props.current);
  const others = useComparisonReports(props.objectKey, previous, lastYear);
  const { onReady } = props;
  const ready = others.status !== 'loading';
  React.useEffect(() => {
    onReady(ready);
  }, [onReady, ready]);
  if (others.status === 'loading') return <Spinner label={message('common.loading')} />;
  if (others.status === 'error') return <LightMessage kind="error">{others.errorMessage}</LightMessage>;
  return (
    <ReportComparison
      current={props.report}
      locale={props.locale}
      targets={[
        { title: message('comparison.previousQuarter'), period: previous, report: others.data.previous?.snapshot?.report },
        { title: message('comparison.sameQuarterLastYear'), period: lastYear, report: others.data.lastYear?.snapshot?.report }
      ]}
    />
  );
}

/** One object's approved report: the card, its trend chart, history navigation and comparisons. */
export function ReportView(props: IReportViewProps): JSX.Element {
  const { locale, board, now } = useServices();
  const formatter = React.useMemo(() => new LocaleFormatter(locale), [locale]);
  const [period, setPeriod] = React.useState<IQuarter | undefined>(undefined);
  const approved = useApprovedReport(props.objectKey, period);
  const periods = useReportPeriods(props.objectKey);
  const shown = approved.status === 'ready' ? approved.data.snapshot?.report.header.period : undefined;
  // Loaded after the card: the history is below the judgement, not needed for the first paint.
  const history = useStatusHistory(props.objectKey, shown);
  const boardData = useBoardForReport(props.objectKey, shown);
  // While another quarter loads, keep showing the current one so the navigation buttons (and
  // the keyboard focus on them) stay in place.
  const lastShown = React.useRef<IApprovedReport | undefined>(undefined);
  if (approved.status === 'ready') lastShown.current = approved.data;
  const busy = approved.status === 'loading';
  const printing = usePrintPreparation();

  if (approved.status === 'loading' && !lastShown.current?.snapshot) {
    return <Spinner label={message('common.loading')} className={styles.spinner} />;
  }
  if (approved.status === 'error') {
    return (
      <LightMessage kind="error" actions={<LightButton onClick={approved.reload} text={message('common.retry')} />}>
        {approved.errorMessage}
      </LightMessage>
    );
  }
  const data = approved.status === 'ready' ? approved.data : (lastShown.current as IApprovedReport);
  const snapshot = data.snapshot;
  if (!snapshot) {
    return (
      <div className={styles.view}>
        {props.onBack && <LightButton iconName="Back" onClick={props.onBack} text={message('reader.backToPortfolio')} className={styles.noPrint} />}
        <LightMessage kind="info">{message('reader.noApprovedReport', [props.objectKey])}</LightMessage>
      </div>
    );
  }
  const shownPeriod = snapshot.report.header.period;
  const around = periods.status === 'ready' ? neighbours(periods.data, shownPeriod) : {};

  const toolbar = (
    <nav className={styles.toolbar} aria-label={message('reader.history')}>
      {props.onBack && <LightButton iconName="Back" onClick={props.onBack} text={message('reader.backToPortfolio')} />}
      <LightButton
        iconName="ChevronLeft"
        disabled={!around.previous || busy}
        allowDisabledFocus={true}
        onClick={() => setPeriod(around.previous)}
        text={message('reader.history.previous')}
        description={around.previous ? formatter.quarter(around.previous) : undefined}
      />
      <LightButton
        iconName="ChevronRight"
        disabled={!around.next || busy}
        allowDisabledFocus={true}
        onClick={() => setPeriod(around.next)}
        text={message('reader.history.next')}
        description={around.next ? formatter.quarter(around.next) : undefined}
      />
      <LightButton iconName="Print" onClick={printing.print} text={message('common.print')} />
      <span className={styles.status} role="status">
        {busy ? message('common.loading') : message('reader.history.showing', [formatter.period(shownPeriod)])}
      </span>
    </nav>
  );

  const records = boardData.data?.records;
  const due =
    records && periods.status === 'ready' ? nextReportDue(records.meetings, records.daysBefore, isoDay(now()), latestQuarter(periods.data)) : undefined;
  const renderAssignmentHistory = assignmentHistoryRenderer(board, boardData.data, locale, boardData.reload);

  return (
    <div className={styles.view} aria-busy={busy}>
      <StatusCard
        snapshot={snapshot}
        locale={locale}
        toolbar={toolbar}
        {...(history.status === 'ready' ? { statusHistory: history.data } : {})}
        {...(due ? { nextReportDue: due } : {})}
        {...(renderAssignmentHistory ? { renderAssignmentHistory } : {})}
        chart={<KpiTrendChart series={data.history} locale={locale} />}
      />
      {board && boardData.error ? <LightMessage kind="error" actions={<LightButton onClick={boardData.reload} text={message('common.retry')} />}>{boardData.error}</LightMessage> : undefined}
      {board && boardData.data ? (
        <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
          <LazyBoardSection
            board={board}
            objectKey={props.objectKey}
            period={shownPeriod}
            access={boardData.data.access}
            records={boardData.data.records}
            answers={boardData.data.answers}
            locale={locale}
            onChanged={boardData.reload}
          />
        </React.Suspense>
      ) : undefined}
      <CollapsibleSection
        id={`comparison-${props.objectKey}`}
        title={message('comparison.heading')}
        defaultExpanded={false}
        lazy={true}
        mount={printing.mountForPrint}
      >
        <Comparisons objectKey={props.objectKey} current={shownPeriod} locale={locale} report={snapshot.report} onReady={printing.setReady} />
      </CollapsibleSection>
    </div>
  );
}
