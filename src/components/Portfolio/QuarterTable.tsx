import * as React from 'react';
import type { IQuarter } from '../../domain/model';
import { quartersEqual } from '../../domain/quarter';
import { message } from '../../messages';
import { AssessmentBadge } from '../shared/assessment';
import { OverallStatusCell, OverallStatusHeader, PortfolioTable } from './PortfolioTable';
import type { IPortfolioTableProps } from './LatestTable';
import styles from './Portfolio.module.scss';

/** The overall status of each object's approved report in each of the recent quarters: text in every cell. */
export function QuarterTable(props: IPortfolioTableProps & { readonly quarters: readonly IQuarter[] }): JSX.Element {
  const { formatter, sort, onSort } = props;
  return (
    <PortfolioTable
      view="quarters"
      caption={message('portfolio.quartersCaption')}
      entries={props.entries}
      sort={sort}
      onSort={onSort}
      onOpenReport={props.onOpenReport}
      headers={
        <>
          {props.quarters.map((quarter) => (
            <th key={`${quarter.year}-${quarter.quarter}`} scope="col" data-quarter={`${quarter.year}-Q${quarter.quarter}`}>
              {formatter.quarter(quarter)}
            </th>
          ))}
          <OverallStatusHeader sort={sort} onSort={onSort} />
        </>
      }
      cells={(entry) => (
        <>
          {props.quarters.map((quarter) => {
            const point = (entry.quarters ?? []).filter((q) => quartersEqual(q.period, quarter))[0];
            return (
              <td key={`${quarter.year}-${quarter.quarter}`} data-quarter={`${quarter.year}-Q${quarter.quarter}`}>
                {point ? <AssessmentBadge assessment={point.status} /> : <span className={styles.none}>{message('portfolio.noReport')}</span>}
              </td>
            );
          })}
          <OverallStatusCell entry={entry} />
        </>
      )}
    />
  );
}
