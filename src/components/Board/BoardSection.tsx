/**
 * The board's handling under an approved report, for everyone who may read it: the meeting,
 * notes, decisions with their minutes reference, the assignments given. Recorders (SharePoint
 * says who: effective permissions on the board lists) record or change the handling and close
 * assignments; their form and dialog load on demand.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IAssignment } from '../../domain/board/model';
import type { IQuarter } from '../../domain/model';
import { message } from '../../messages';
import type { AnswerHistories } from '../../services/boardHooks';
import type { IBoardAccess, IBoardServices, IReportBoardRecords } from '../../services/IBoardServices';
import { LightButton, LightMessage } from '../ReportView/lightControls';
import { LocaleFormatter } from '../shared/format';
import { AssignmentDetails } from './AssignmentDetails';
import styles from './Board.module.scss';
import type { IHandlingFormProps } from './HandlingForm';
import type { ICloseAssignmentDialogProps } from './CloseAssignmentDialog';

const LazyHandlingForm: React.LazyExoticComponent<React.ComponentType<IHandlingFormProps>> = React.lazy(
  () => import(/* webpackChunkName: 'board-recorder' */ './HandlingForm')
);
const LazyCloseDialog: React.LazyExoticComponent<React.ComponentType<ICloseAssignmentDialogProps>> = React.lazy(
  () => import(/* webpackChunkName: 'board-recorder' */ './CloseAssignmentDialog')
);

export interface IBoardSectionProps {
  readonly board: IBoardServices;
  readonly objectKey: string;
  readonly period: IQuarter;
  readonly access: IBoardAccess;
  readonly records: IReportBoardRecords;
  readonly answers: AnswerHistories;
  readonly locale: string;
  /** The records changed (saved handling, closed assignment): load them again. */
  readonly onChanged: () => void;
}

/** Closing an assignment, wherever its details are shown (the section and the card's reporting back). */
export function useCloseAssignment(board: IBoardServices, onChanged: () => void): { readonly open: (a: IAssignment) => void; readonly dialog: JSX.Element | undefined } {
  const [closing, setClosing] = React.useState<IAssignment | undefined>(undefined);
  const returnTo = React.useRef<string | undefined>(undefined);
  const done = (): void => {
    setClosing(undefined);
    const id = returnTo.current;
    returnTo.current = undefined;
    // Back to where the user was (the button, or the section once the button is gone).
    setTimeout(() => (id ? document.getElementById(id)?.focus() : undefined), 0);
  };
  const dialog = closing ? (
    <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
      <LazyCloseDialog
        board={board}
        assignment={closing}
        onCancel={done}
        onClosed={() => {
          returnTo.current = 'gits-board-heading';
          done();
          onChanged();
        }}
      />
    </React.Suspense>
  ) : undefined;
  return {
    open: (a) => {
      returnTo.current = `gits-board-close-${a.key}`;
      setClosing(a);
    },
    dialog
  };
}

export function BoardSection(props: IBoardSectionProps): JSX.Element {
  const { access, records, period } = props;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const [editing, setEditing] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const closer = useCloseAssignment(props.board, props.onChanged);
  const handling = records.handling;
  const given = handling ? handling.assignmentKeys.map((key) => records.assignments.find((a) => a.key === key)).filter((a): a is IAssignment => a !== undefined) : [];

  return (
    <section className={styles.board} aria-labelledby="gits-board-heading" data-testid="board-handling">
      <h2 id="gits-board-heading" className={styles.heading} tabIndex={-1}>
        {message('boardUi.handling.heading')}
      </h2>
      {notice ? (
        <LightMessage kind="success" onDismiss={() => setNotice(undefined)} dismissLabel={message('common.close')}>
          {notice}
        </LightMessage>
      ) : undefined}
      {!handling ? <p>{message('boardUi.handling.none')}</p> : undefined}
      {handling ? (
        <>
          <dl className={styles.facts}>
            <div>
              <dt>{message('boardUi.handling.meetingDate')}</dt>
              <dd>{formatter.date(handling.meetingDate)}</dd>
            </div>
          </dl>
          <h3 className={styles.subheading}>{message('boardUi.handling.notes')}</h3>
          <p className={styles.prose}>{handling.notes.trim() === '' ? message('common.nothing') : handling.notes}</p>
          <h3 className={styles.subheading}>{message('boardUi.handling.decisions')}</h3>
          {handling.decisions.length === 0 ? (
            <p>{message('common.none')}</p>
          ) : (
            <ol data-testid="board-decisions">
              {handling.decisions.map((d, i) => (
                <li key={i}>
                  <span className={styles.prose}>{d.text}</span> <span>({message('boardUi.decision.minutesReferenceShort', [d.minutesReference])})</span>
                </li>
              ))}
            </ol>
          )}
          <h3 className={styles.subheading}>{message('boardUi.handling.assignments')}</h3>
          {given.length === 0 ? (
            <p>{message('common.none')}</p>
          ) : (
            <ul className={styles.items} data-testid="board-assignments">
              {given.map((a) => (
                <li key={a.key} data-assignment={a.key}>
                  <p className={styles.assignmentText}>
                    <span className={styles.historyPeriod}>{message('boardUi.assignment.named', [a.key])}: </span>
                    {a.text}
                  </p>
                  <dl className={styles.facts}>
                    <div>
                      <dt>{message('boardUi.assignment.answerBy')}</dt>
                      <dd>{formatter.quarter(a.answerBy)}</dd>
                    </div>
                  </dl>
                  <AssignmentDetails
                    assignment={a}
                    answers={props.answers.get(a.key) ?? []}
                    formatter={formatter}
                    {...(access.canRecord ? { onClose: closer.open } : {})}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : undefined}
      {access.canRecord && !editing ? (
        <div className={styles.actions}>
          <LightButton
            id="gits-board-record"
            iconName="EditNote"
            primary={!handling}
            text={handling ? message('boardUi.handling.change') : message('boardUi.handling.record')}
            onClick={() => {
              setNotice(undefined);
              setEditing(true);
            }}
          />
        </div>
      ) : undefined}
      {editing ? (
        <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
          <LazyHandlingForm
            board={props.board}
            objectKey={props.objectKey}
            period={period}
            meetings={records.meetings}
            locale={props.locale}
            {...(handling ? { handling } : {})}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => document.getElementById('gits-board-record')?.focus(), 0);
            }}
            onSaved={() => {
              setEditing(false);
              setNotice(message('boardUi.handling.saved'));
              setTimeout(() => document.getElementById('gits-board-heading')?.focus(), 0);
              props.onChanged();
            }}
          />
        </React.Suspense>
      ) : undefined}
      {closer.dialog}
    </section>
  );
}
