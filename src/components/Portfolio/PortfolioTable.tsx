import * as React from 'react';
import type { IPortfolioEntry, IPortfolioSort } from '../../domain/portfolio';
import { message } from '../../messages';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { AssessmentBadge } from '../shared/assessment';
import { ObjectCell } from './ObjectCell';
import { SortableHeader } from './SortableHeader';
import styles from './Portfolio.module.scss';

export interface IPortfolioTableFrameProps {
  readonly view: 'latest' | 'quarters';
  readonly caption: string;
  readonly entries: readonly IPortfolioEntry[];
  readonly sort: IPortfolioSort;
  readonly onSort: (sort: IPortfolioSort) => void;
  readonly onOpenReport: (objectKey: string) => void;
  /** The view's column headers after the object's. */
  readonly headers: React.ReactNode;
  /** The view's cells of one object, after its name. */
  readonly cells: (entry: IPortfolioEntry) => React.ReactNode;
}

/** One row per object, opened by a click anywhere on it; the object column sorts by name. */
export function PortfolioTable(props: IPortfolioTableFrameProps): JSX.Element {
  const { sort, onSort } = props;
  return (
    <table className={styles.table} data-view={props.view}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <SortableHeader column="title" label={message('report.field.object')} sort={sort} onSort={onSort} />
          {props.headers}
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.object.key} data-object={entry.object.key} className={styles.row} onClick={() => props.onOpenReport(entry.object.key)}>
            <ObjectCell entry={entry} onOpenReport={props.onOpenReport} />
            {props.cells(entry)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The overall status column's header, which sorts by status. */
export function OverallStatusHeader(props: { readonly sort: IPortfolioSort; readonly onSort: (sort: IPortfolioSort) => void }): JSX.Element {
  return <SortableHeader column="status" label={judgementTargetLabel('overall')} sort={props.sort} onSort={props.onSort} />;
}

/** The object's overall status in its latest approved report, in words and icon. */
export function OverallStatusCell(props: { readonly entry: IPortfolioEntry }): JSX.Element {
  return <td data-column="status">{props.entry.judgements ? <AssessmentBadge assessment={props.entry.judgements.overall} /> : '–'}</td>;
}
