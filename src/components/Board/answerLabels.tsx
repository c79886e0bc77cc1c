import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { AnswerStatus, AssignmentState } from '../../domain/board/model';
import { message } from '../../messages';
import styles from './Board.module.scss';

/** The team's answer status in words. */
export function answerStatusLabel(status: AnswerStatus | undefined): string {
  switch (status) {
    case 'done':
      return message('boardUi.answer.done');
    case 'ongoing':
      return message('boardUi.answer.ongoing');
    case 'notStarted':
      return message('boardUi.answer.notStarted');
    default:
      return message('boardUi.answer.unanswered');
  }
}

const ANSWER_ICONS: Record<AnswerStatus | 'unanswered', string> = {
  done: 'CompletedSolid',
  ongoing: 'ProgressRingDots',
  notStarted: 'CircleRing',
  unanswered: 'StatusCircleQuestionMark'
};

/** An answer status as icon AND words (never colour alone). */
export function AnswerStatusBadge(props: { readonly status: AnswerStatus | undefined }): JSX.Element {
  const key = props.status ?? 'unanswered';
  return (
    <span className={styles.badge} data-answer={key}>
      <Icon iconName={ANSWER_ICONS[key]} aria-hidden={true} />
      <span>{answerStatusLabel(props.status)}</span>
    </span>
  );
}

/** An assignment's state as icon and words. */
export function AssignmentStateBadge(props: { readonly state: AssignmentState }): JSX.Element {
  return (
    <span className={styles.badge} data-assignment-state={props.state}>
      <Icon iconName={props.state === 'open' ? 'Unlock' : 'Lock'} aria-hidden={true} />
      <span>{props.state === 'open' ? message('boardUi.assignment.open') : message('boardUi.assignment.closed')}</span>
    </span>
  );
}
