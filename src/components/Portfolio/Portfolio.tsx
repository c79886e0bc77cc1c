import * as React from 'react';
import { applyPortfolioView, recentQuarters, type IPortfolioEntry, type PortfolioTab } from '../../domain/portfolio';
import { message } from '../../messages';
import { LocaleFormatter } from '../shared/format';
import { ExportButton } from './export/ExportButton';
import { LatestTable } from './LatestTable';
import { PortfolioFilters } from './PortfolioFilters';
import { QuarterTable } from './QuarterTable';
import { usePortfolioView } from './useUrlView';
import styles from './Portfolio.module.scss';

export interface IPortfolioProps {
  readonly entries: readonly IPortfolioEntry[];
  readonly locale: string;
  readonly today: Date;
  /** Opens an object's report. */
  readonly onOpenReport: (objectKey: string) => void;
}

const TABS: readonly PortfolioTab[] = ['latest', 'quarters'];

function tabLabel(tab: PortfolioTab): string {
  return tab === 'latest' ? message('portfolio.tab.latest') : message('portfolio.tab.quarters');
}

/**
 * Every förvaltningsobjekt at a glance: the latest approved report's statuses and facts, or the
 * overall status of the last four quarters; filtered, sorted and exported as the URL says.
 */
export function Portfolio(props: IPortfolioProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const [view, setView] = usePortfolioView();
  const idBase = 'gits-portfolio';
  const shown = React.useMemo(
    () => applyPortfolioView(props.entries, view, props.today, formatter.numberLocale),
    [props.entries, view, props.today, formatter]
  );
  const quarters = React.useMemo(() => recentQuarters(props.today), [props.today]);
  const tabRefs = React.useRef<(HTMLButtonElement | null)[]>([]);
  if (!props.entries.length) return <p>{message('portfolio.empty')}</p>;

  const selectTab = (tab: PortfolioTab, focus: boolean): void => {
    setView({ ...view, tab });
    if (focus) tabRefs.current[TABS.indexOf(tab)]?.focus();
  };
  const onTabKey = (event: React.KeyboardEvent<HTMLButtonElement>): void => {
    const at = TABS.indexOf(view.tab);
    const next = event.key === 'ArrowRight' ? (at + 1) % TABS.length : event.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : -1;
    if (next >= 0) {
      event.preventDefault();
      selectTab(TABS[next], true);
    }
  };
  const tableProps = { entries: shown, formatter, today: props.today, sort: view.sort, onSort: (sort: typeof view.sort) => setView({ ...view, sort }), onOpenReport: props.onOpenReport };

  return (
    <div className={styles.portfolio} data-portfolio-tab={view.tab}>
      <div role="tablist" aria-label={message('portfolio.views')} className={styles.tabs}>
        {TABS.map((tab, i) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${tab}`}
            aria-selected={view.tab === tab}
            aria-controls={`${idBase}-panel`}
            tabIndex={view.tab === tab ? 0 : -1}
            className={styles.tab}
            onClick={() => selectTab(tab, false)}
            onKeyDown={onTabKey}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <PortfolioFilters view={view} idBase={idBase} onChange={setView} />
      <div className={styles.toolbar}>
        <p className={styles.count} role="status">
          {message('portfolio.shown', [shown.length, props.entries.length])}
        </p>
        <ExportButton entries={shown} tab={view.tab} quarters={quarters} formatter={formatter} today={props.today} />
      </div>
      <div role="tabpanel" id={`${idBase}-panel`} aria-labelledby={`${idBase}-tab-${view.tab}`}>
        {shown.length === 0 ? (
          <p>{message('portfolio.noMatch')}</p>
        ) : (
          <div className={styles.scroll} role="region" aria-label={message('portfolio.tableRegion')} tabIndex={0}>
            {view.tab === 'latest' ? <LatestTable {...tableProps} /> : <QuarterTable {...tableProps} quarters={quarters} />}
          </div>
        )}
      </div>
    </div>
  );
}
