import * as React from 'react';
import { JUDGEMENT_DIMENSIONS } from '../../domain/judgement';
import { dueOf, type IPortfolioEntry, type IPortfolioSort } from '../../domain/portfolio';
import { message } from '../../messages';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { AssessmentBadge } from '../shared/assessment';
import type { LocaleFormatter } from '../shared/format';
import { DueFlag, HeadlineFigure } from './cells';
import { OverallStatusCell, OverallStatusHeader, PortfolioTable } from './PortfolioTable';
import { SortableHeader } from './SortableHeader';
import styles from './Portfolio.module.scss';

export interface IPortfolioTableProps {
  readonly entries: readonly IPortfolioEntry[];
  readonly formatter: LocaleFormatter;
  readonly today: Date;
  readonly sort: IPortfolioSort;
  readonly onSort: (sort: IPortfolioSort) => void;
  readonly onOpenReport: (objectKey: string) => void;
}

/** Per object what its latest approved report says: statuses, period, approval, due, headline figure, open problems. */
export function LatestTable(props: IPortfolioTableProps): JSX.Element {
  const { formatter, sort, onSort } = props;
  return (
    <PortfolioTable
      view="latest"
      caption={message('portfolio.caption')}
      entries={props.entries}
      sort={sort}
      onSort={onSort}
      onOpenReport={props.onOpenReport}
      headers={
        <>
          <OverallStatusHeader sort={sort} onSort={onSort} />
          {JUDGEMENT_DIMENSIONS.map((dimension) => (
            <th key={dimension} scope="col" data-column={dimension}>
              {judgementTargetLabel(dimension)}
            </th>
          ))}
          <SortableHeader column="period" label={message('portfolio.column.period')} sort={sort} onSort={onSort} />
          <SortableHeader column="approved" label={message('portfolio.column.approved')} sort={sort} onSort={onSort} />
          <SortableHeader column="due" label={message('portfolio.column.status')} sort={sort} onSort={onSort} />
          <SortableHeader column="kpi" label={message('portfolio.column.kpi')} sort={sort} onSort={onSort} />
          <SortableHeader column="problems" label={message('portfolio.column.problems')} sort={sort} onSort={onSort} />
        </>
      }
      cells={(entry) => (
        <>
          <OverallStatusCell entry={entry} />
          {JUDGEMENT_DIMENSIONS.map((dimension) => (
            <td key={dimension} data-column={dimension}>
              {entry.judgements ? <AssessmentBadge assessment={entry.judgements.dimensions[dimension]} /> : '–'}
            </td>
          ))}
          <td data-column="period">{entry.latestApprovedPeriod ? formatter.period(entry.latestApprovedPeriod) : '–'}</td>
          <td data-column="approved">{entry.approvedAt ? formatter.date(entry.approvedAt) : '–'}</td>
          <td data-column="due">
            <DueFlag due={dueOf(entry, props.today)} formatter={formatter} />
          </td>
          <td data-column="kpi">
            <HeadlineFigure headline={entry.headline} formatter={formatter} />
          </td>
          <td data-column="problems" className={styles.number}>
            {entry.openProblems !== undefined ? formatter.number(entry.openProblems) : '–'}
          </td>
        </>
      )}
    />
  );
}
