import * as React from 'react';
import type { IPortfolioEntry } from '../../domain/portfolio';
import styles from './Portfolio.module.scss';

/** The row header: the object's name as a button that opens its report (the whole row is a mouse target too). */
export function ObjectCell(props: { readonly entry: IPortfolioEntry; readonly onOpenReport: (objectKey: string) => void }): JSX.Element {
  const { entry } = props;
  return (
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
  );
}
