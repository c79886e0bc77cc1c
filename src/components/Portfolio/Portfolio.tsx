import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { IPortfolioEntry } from '../../services/IReportReader';
import { AssessmentBadge } from '../shared/assessment';
import { LocaleFormatter } from '../shared/format';
import { IReportingStatus, reportingStatus } from './reportingStatus';
import styles from './Portfolio.module.scss';
import { message } from '../../messages';

export interface IPortfolioProps {
  readonly entries: readonly IPortfolioEntry[];
  readonly locale: string;
  readonly today: Date;
  /** Opens an object's report. */
  readonly onOpenReport: (objectKey: string) => void;
}

function StatusFlag(props: { readonly status: IReportingStatus; readonly formatter: LocaleFormatter }): JSX.Element {
  const { status, formatter } = props;
  if (status.state === 'upToDate') {
    return (
      <span className={styles.flag} data-state="upToDate">
        <Icon iconName="CheckMark" aria-hidden={true} />
        <span>{message('portfolio.upToDate')}</span>
      </span>
    );
  }
  const text =
    status.state === 'neverApproved'
      ? message('portfolio.neverApproved')
      : message('portfolio.overdue', [formatter.quarter(status.requiredPeriod)]);
  return (
    <span className={`${styles.flag} ${styles.overdue}`} data-state={status.state}>
      <Icon iconName="Flag" aria-hidden={true} />
      <span>{text}</span>
    </span>
  );
}

/** Every förvaltningsobjekt with its latest approved report; overdue objects are flagged. */
export function Portfolio(props: IPortfolioProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const entries = props.entries.slice().sort((a, b) => a.object.title.localeCompare(b.object.title, formatter.numberLocale));
  if (!entries.length) return <p>{message('portfolio.empty')}</p>;
  return (
    <div className={styles.portfolio}>
      <table className={styles.table}>
        <caption className={styles.caption}>{message('portfolio.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{message('report.field.object')}</th>
            <th scope="col">{message('portfolio.column.period')}</th>
            <th scope="col">{message('portfolio.column.approved')}</th>
            <th scope="col">{message('portfolio.column.assessment')}</th>
            <th scope="col">{message('portfolio.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const status = reportingStatus(entry.latestApprovedPeriod, props.today);
            return (
              <tr
                key={entry.object.key}
                data-object={entry.object.key}
                className={styles.row}
                onClick={() => props.onOpenReport(entry.object.key)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className={styles.open}
                    onClick={(event) => {
                      event.stopPropagation();
                      props.onOpenReport(entry.object.key);
                    }}
                  >
                    {entry.object.title}
                  </button>
                </th>
                <td>{entry.latestApprovedPeriod ? formatter.period(entry.latestApprovedPeriod) : '–'}</td>
                <td>{entry.approvedAt ? formatter.date(entry.approvedAt) : '–'}</td>
                <td>{entry.assessment ? <AssessmentBadge assessment={entry.assessment} /> : '–'}</td>
                <td>
                  <StatusFlag status={status} formatter={formatter} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
