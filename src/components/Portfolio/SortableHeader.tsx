import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { IPortfolioSort, SortKey } from '../../domain/portfolio';
import { message } from '../../messages';
import styles from './Portfolio.module.scss';

/**
 * A column header that sorts: a button inside the header cell, the cell's aria-sort saying
 * the current order (WAI-ARIA APG sortable table). The first press sorts ascending, the next
 * descending.
 */
export function SortableHeader(props: {
  readonly column: SortKey;
  readonly label: string;
  readonly sort: IPortfolioSort;
  readonly onSort: (sort: IPortfolioSort) => void;
}): JSX.Element {
  const active = props.sort.key === props.column;
  const direction = active ? props.sort.direction : undefined;
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} data-column={props.column}>
      <button
        type="button"
        className={styles.sortButton}
        title={message('portfolio.sortBy', [props.label])}
        onClick={() => props.onSort({ key: props.column, direction: active && direction === 'asc' ? 'desc' : 'asc' })}
      >
        <span>{props.label}</span>
        <Icon iconName={direction === 'asc' ? 'SortUp' : direction === 'desc' ? 'SortDown' : 'Sort'} aria-hidden={true} className={styles.sortIcon} />
      </button>
    </th>
  );
}
