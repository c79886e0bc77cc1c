import * as React from 'react';
import { STATUS_FILTERS, type IPortfolioViewState, type StatusFilter } from '../../domain/portfolio';
import { message } from '../../messages';
import { assessmentLabel } from '../shared/assessment';
import styles from './Portfolio.module.scss';

function statusFilterLabel(status: StatusFilter): string {
  return status === 'none' ? message('portfolio.filter.none') : assessmentLabel(status);
}

/** Status, overdue and free-text filters: plain form controls, each with its visible label. */
export function PortfolioFilters(props: {
  readonly view: IPortfolioViewState;
  readonly idBase: string;
  readonly onChange: (view: IPortfolioViewState) => void;
}): JSX.Element {
  const { view, onChange, idBase } = props;
  const toggleStatus = (status: StatusFilter, on: boolean): void => {
    const next = on ? [...view.status.filter((s) => s !== status), status] : view.status.filter((s) => s !== status);
    onChange({ ...view, status: STATUS_FILTERS.filter((s) => next.indexOf(s) >= 0) });
  };
  const filtered = view.status.length > 0 || view.overdue || view.query !== '';
  return (
    <div role="search" aria-label={message('portfolio.filters')} className={styles.filters}>
      <fieldset className={styles.statusFilter}>
        <legend>{message('portfolio.filter.status')}</legend>
        {STATUS_FILTERS.map((status) => (
          <label key={status} className={styles.check}>
            <input type="checkbox" checked={view.status.indexOf(status) >= 0} onChange={(e) => toggleStatus(status, e.currentTarget.checked)} data-status={status} />
            <span>{statusFilterLabel(status)}</span>
          </label>
        ))}
      </fieldset>
      <label className={styles.check}>
        <input type="checkbox" checked={view.overdue} onChange={(e) => onChange({ ...view, overdue: e.currentTarget.checked })} data-filter="overdue" />
        <span>{message('portfolio.filter.overdue')}</span>
      </label>
      <div className={styles.search}>
        <label htmlFor={`${idBase}-q`}>{message('portfolio.filter.query')}</label>
        <input id={`${idBase}-q`} type="search" value={view.query} onChange={(e) => onChange({ ...view, query: e.currentTarget.value })} />
      </div>
      {filtered ? (
        <button type="button" className={styles.textButton} onClick={() => onChange({ ...view, status: [], overdue: false, query: '' })}>
          {message('portfolio.filter.clear')}
        </button>
      ) : undefined}
    </div>
  );
}
