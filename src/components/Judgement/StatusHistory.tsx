import * as React from 'react';
import type { IStatusHistoryPoint } from '../../domain/judgement';
import { message } from '../../messages';
import { AssessmentBadge } from '../shared/assessment';
import type { LocaleFormatter } from '../shared/format';
import styles from './Judgement.module.scss';

/**
 * The overall status of the last approved quarters, oldest first. It is a list of quarters with
 * icon and words, so it is its own text alternative: no chart for screen readers to miss.
 */
export function StatusHistory(props: { readonly points: readonly IStatusHistoryPoint[]; readonly formatter: LocaleFormatter; readonly idBase: string }): JSX.Element {
  if (props.points.length < 2) return <></>;
  const headingId = `${props.idBase}-status-history`;
  return (
    <section className={styles.history} aria-labelledby={headingId} data-section="status-history">
      <h3 id={headingId} className={styles.historyHeading}>
        {message('judgement.history', [props.points.length])}
      </h3>
      <ol className={styles.historyList}>
        {props.points.map((point) => (
          <li key={`${point.period.year}-${point.period.quarter}`} data-status={point.status}>
            <span className={styles.historyPeriod}>{props.formatter.quarter(point.period)}</span>
            <AssessmentBadge assessment={point.status} />
          </li>
        ))}
      </ol>
    </section>
  );
}
