/**
 * The report's "Återrapportering av uppdrag från ledningsrådet" as the board reads it: each
 * assignment as given, with the team's answer beside it (frozen in the approved snapshot).
 */
import * as React from 'react';
import type { IReportingBackItem } from '../../domain/board/model';
import { message } from '../../messages';
import { LocaleFormatter } from '../shared/format';
import { AnswerStatusBadge } from './answerLabels';
import styles from './Board.module.scss';

export interface IReportingBackListProps {
  readonly items: readonly IReportingBackItem[];
  readonly formatter: LocaleFormatter;
  /** What is shown under an item, e.g. its answers quarter by quarter. */
  readonly renderHistory?: (item: IReportingBackItem) => React.ReactNode;
}

export function ReportingBackList(props: IReportingBackListProps): JSX.Element {
  const { formatter } = props;
  if (!props.items.length) return <p>{message('boardUi.reportingBack.none')}</p>;
  return (
    <ul className={styles.items} data-testid="reporting-back">
      {props.items.map((item) => (
        <li key={item.assignmentKey} data-assignment={item.assignmentKey}>
          <p className={styles.assignmentText}>
            <span className={styles.historyPeriod}>{message('boardUi.assignment.named', [item.assignmentKey])}: </span>
            {item.assignment}
          </p>
          <dl className={styles.facts}>
            <div>
              <dt>{message('boardUi.assignment.givenFor')}</dt>
              <dd>{formatter.quarter(item.givenFor)}</dd>
            </div>
            <div>
              <dt>{message('boardUi.assignment.answerBy')}</dt>
              <dd>{formatter.quarter(item.answerBy)}</dd>
            </div>
            <div>
              <dt>{message('editor.field.status')}</dt>
              <dd>
                <AnswerStatusBadge status={item.status} />
              </dd>
            </div>
          </dl>
          <p className={styles.answer}>
            <span className={styles.historyPeriod}>{message('boardUi.answer.text')}: </span>
            {item.answer.trim() === '' ? message('boardUi.answer.unanswered') : item.answer}
          </p>
          {props.renderHistory ? props.renderHistory(item) : undefined}
        </li>
      ))}
    </ul>
  );
}
