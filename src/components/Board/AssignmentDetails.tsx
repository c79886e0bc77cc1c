/**
 * What the board's records say about one assignment: open or closed (by whom, when, why), its
 * answers quarter by quarter (expandable), and for the recorder "Avsluta uppdraget".
 */
import * as React from 'react';
import type { IAssignment } from '../../domain/board/model';
import { message } from '../../messages';
import type { IAssignmentHistoryEntry } from '../../domain/board/history';
import { CollapsibleSection } from '../CollapsibleSection';
import { LightButton } from '../ReportView/lightControls';
import { LocaleFormatter } from '../shared/format';
import { AnswerStatusBadge, AssignmentStateBadge } from './answerLabels';
import styles from './Board.module.scss';

export interface IAssignmentDetailsProps {
  readonly assignment: IAssignment;
  readonly answers: readonly IAssignmentHistoryEntry[];
  readonly formatter: LocaleFormatter;
  /** Offered to recorders on an open assignment. */
  readonly onClose?: (assignment: IAssignment) => void;
}

export function AssignmentHistory(props: { readonly assignment: IAssignment; readonly answers: readonly IAssignmentHistoryEntry[]; readonly formatter: LocaleFormatter }): JSX.Element {
  const { assignment, formatter } = props;
  return (
    <ol className={styles.history} data-testid={`history-${assignment.key}`}>
      <li>
        <span className={styles.historyPeriod}>{formatter.quarter(assignment.givenFor)}: </span>
        {message('boardUi.history.given', [formatter.date(assignment.meetingDate), formatter.quarter(assignment.answerBy)])}
      </li>
      {props.answers.map((a) => (
        <li key={`${a.period.year}-${a.period.quarter}`} data-period={`${a.period.year}Q${a.period.quarter}`}>
          <span className={styles.historyPeriod}>{formatter.quarter(a.period)}: </span>
          <AnswerStatusBadge status={a.status} /> <span className={styles.answer}>{a.answer}</span>
        </li>
      ))}
      {assignment.state === 'closed' ? (
        <li>
          <span className={styles.historyPeriod}>{assignment.closedAt ? formatter.date(assignment.closedAt) : ''}: </span>
          {message('boardUi.history.closed', [assignment.closedBy?.displayName ?? '', assignment.closingNote ?? ''])}
        </li>
      ) : undefined}
    </ol>
  );
}

export function AssignmentDetails(props: IAssignmentDetailsProps): JSX.Element {
  const { assignment, formatter } = props;
  const closeId = `gits-board-close-${assignment.key}`;
  return (
    <div data-assignment-details={assignment.key}>
      <p>
        <AssignmentStateBadge state={assignment.state} />
        {assignment.state === 'closed' && assignment.closedAt ? (
          <span> {message('boardUi.assignment.closedByOn', [assignment.closedBy?.displayName ?? '', formatter.date(assignment.closedAt)])}</span>
        ) : undefined}
      </p>
      {assignment.state === 'open' && props.onClose ? (
        <div className={styles.actions}>
          <LightButton
            id={closeId}
            iconName="Lock"
            text={message('boardUi.close.action')}
            aria-label={message('boardUi.close.actionNamed', [assignment.key])}
            onClick={() => props.onClose?.(assignment)}
          />
        </div>
      ) : undefined}
      <CollapsibleSection id={`gits-board-history-${assignment.key}`} title={message('boardUi.history.heading', [assignment.key])} level={4} defaultExpanded={false}>
        <AssignmentHistory assignment={assignment} answers={props.answers} formatter={formatter} />
      </CollapsibleSection>
    </div>
  );
}
