/** When a report is due, as icon and words (due soon and overdue never by colour alone). */
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { DueState, IReportDue } from '../../domain/board/model';
import { message } from '../../messages';
import type { LocaleFormatter } from '../shared/format';
import styles from './Board.module.scss';

const ICONS: Record<DueState, string> = {
  notDue: 'Calendar',
  dueSoon: 'Clock',
  overdue: 'Warning',
  submitted: 'CheckMark',
  noMeeting: 'CalendarSettings'
};

/** "Q1 2026: senast 26 februari 2026 (snart)". */
export function dueText(due: IReportDue, formatter: LocaleFormatter): string {
  const period = formatter.quarter(due.period);
  const date = due.dueDate ? formatter.date(due.dueDate) : '';
  switch (due.state) {
    case 'submitted':
      return message('boardUi.due.submitted', [period]);
    case 'noMeeting':
      return message('boardUi.due.noMeeting', [period]);
    case 'overdue':
      return message('boardUi.due.overdue', [period, date]);
    case 'dueSoon':
      return message('boardUi.due.dueSoon', [period, date]);
    default:
      return message('boardUi.due.notDue', [period, date]);
  }
}

export function DueBadge(props: { readonly due: IReportDue; readonly formatter: LocaleFormatter }): JSX.Element {
  const { due } = props;
  const emphasis = due.state === 'overdue' ? styles.overdue : due.state === 'dueSoon' ? styles.dueSoon : '';
  return (
    <span className={`${styles.due} ${emphasis}`} data-due={due.state}>
      <Icon iconName={ICONS[due.state]} aria-hidden={true} />
      <span>{dueText(due, props.formatter)}</span>
    </span>
  );
}
