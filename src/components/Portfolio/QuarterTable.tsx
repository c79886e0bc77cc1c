import * as React from 'react';
import type { IQuarter } from '../../domain/model';
import { quartersEqual } from '../../domain/quarter';
import { message } from '../../messages';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { AssessmentBadge } from '../shared/assessment';
import { ObjectCell } from './ObjectCell';
import { SortableHeader } from './SortableHeader';
import type { IPortfolioTableProps } from './LatestTable';
import styles from './Portfolio.module.scss';

/** The overall status of each object's approved report in each of the recent quarters: text in every cell. */
export function QuarterTable(props: IPortfolioTableProps & { readonly quarters: readonly IQuarter[] }): JSX.Element {
  const { formatter, sort, onSort } = props;
  return (
    <table className={styles.table} data-view="quarters">
      <caption className={styles.caption}>{message('portfolio.quartersCaption')}</caption>
      <thead>
        <tr>
          <SortableHeader column="title" label={message('report.field.object')} sort={sort} onSort={onSort} />
          {props.quarters.map((quarter) => (
            <th key={`${quarter.year}-${quarter.quarter}`} scope="col" data-quarter={`${quarter.year}-Q${quarter.quarter}`}>
              {formatter.quarter(quarter)}
            </th>
          ))}
          <SortableHeader column="status" label={judgementTargetLabel('overall')} sort={sort} onSort={onSort} />
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.object.key} data-object={entry.object.key} className={styles.row} onClick={() => props.onOpenReport(entry.object.key)}>
            <ObjectCell entry={entry} onOpenReport={props.onOpenReport} />
            {props.quarters.map((quarter) => {
              const point = (entry.quarters ?? []).filter((q) => quartersEqual(q.period, quarter))[0];
              return (
                <td key={`${quarter.year}-${quarter.quarter}`} data-quarter={`${quarter.year}-Q${quarter.quarter}`}>
                  {point ? <AssessmentBadge assessment={point.status} /> : <span className={styles.none}>{message('portfolio.noReport')}</span>}
                </td>
              );
            })}
            <td data-column="status">{entry.judgements ? <AssessmentBadge assessment={entry.judgements.overall} /> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
