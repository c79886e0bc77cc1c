/**
 * The recorder's form for the board's handling of one approved report: meeting date, notes,
 * decisions with their minutes reference, and new assignments with the quarter by which they
 * must be answered. Loaded on demand (chunk 'board-recorder'): only recorders open it.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IBoardHandling, IBoardMeeting } from '../../domain/board/model';
import type { IQuarter } from '../../domain/model';
import { message } from '../../messages';
import { localizeError } from '../../services/useAsyncData';
import type { IBoardServices, IReportBoardRecords } from '../../services/IBoardServices';
import { LocaleFormatter } from '../shared/format';
import { LightMessage } from '../ReportView/lightControls';
import { firstMeetingAfter } from '../../domain/board/due';
import {
  checkHandlingForm,
  initialForm,
  newAssignmentRow,
  newFormRowId,
  type IAssignmentRow,
  type IDecisionRow,
  type IFormError,
  type IHandlingFormState
} from './handlingRules';
import styles from './Board.module.scss';
import sharedStyles from '../shared/shared.module.scss';

export interface IHandlingFormProps {
  readonly board: IBoardServices;
  readonly objectKey: string;
  readonly period: IQuarter;
  readonly handling?: IBoardHandling;
  readonly meetings: readonly IBoardMeeting[];
  readonly locale: string;
  readonly onSaved: (records: IReportBoardRecords) => void;
  readonly onCancel: () => void;
}

function formFieldId(path: string): string {
  return `gits-board-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export default function HandlingForm(props: IHandlingFormProps): JSX.Element {
  const { period } = props;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const [form, setForm] = React.useState<IHandlingFormState>(() => initialForm(period, props.handling, props.meetings));
  const [errors, setErrors] = React.useState<readonly IFormError[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const focusAfter = React.useRef<string | undefined>(undefined);

  // Keyboard and screen-reader users land in the form when it opens.
  React.useEffect(() => {
    document.getElementById(formFieldId('meetingDate'))?.focus();
  }, []);
  React.useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = undefined;
    }
  });

  const errorText = (path: string): string | undefined => {
    const error = errors.find((e) => e.path === path);
    return error ? message(error.messageKey, error.params) : undefined;
  };
  const setDecision = (id: string, patch: Partial<IDecisionRow>): void =>
    setForm((f) => ({ ...f, decisions: f.decisions.map((d) => (d.id === id ? { ...d, ...patch } : d)) }));
  const setAssignment = (id: string, patch: Partial<IAssignmentRow>): void =>
    setForm((f) => ({ ...f, assignments: f.assignments.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));

  const save = (): void => {
    const check = checkHandlingForm(props.objectKey, period, form);
    if (!check.ok) {
      setErrors(check.errors);
      setAnnouncement(message('boardUi.form.hasErrors', [check.errors.length]));
      focusAfter.current = formFieldId(check.errors[0].path);
      return;
    }
    setErrors([]);
    setSaving(true);
    setFailure(undefined);
    props.board.saveHandling(check.input).then(
      (records) => {
        setSaving(false);
        props.onSaved(records);
      },
      (error: unknown) => {
        setSaving(false);
        // Nothing typed is lost: the form stays as it is.
        setFailure(localizeError(error));
      }
    );
  };

  const next = firstMeetingAfter(period, props.meetings);
  const headingId = 'gits-board-form-heading';
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3 id={headingId} className={styles.subheading}>
        {message('boardUi.form.heading', [formatter.quarter(period)])}
      </h3>
      <div aria-live="polite" className={sharedStyles.visuallyHidden}>
        {announcement}
      </div>
      <TextField
        id={formFieldId('meetingDate')}
        label={message('boardUi.handling.meetingDate')}
        description={next ? message('boardUi.form.meetingDateHintNext', [next.date, next.title]) : message('boardUi.form.meetingDateHint')}
        required
        value={form.meetingDate}
        onChange={(_e, v) => setForm((f) => ({ ...f, meetingDate: v ?? '' }))}
        errorMessage={errorText('meetingDate')}
      />
      <TextField
        id={formFieldId('notes')}
        label={message('boardUi.handling.notes')}
        multiline
        autoAdjustHeight
        value={form.notes}
        onChange={(_e, v) => setForm((f) => ({ ...f, notes: v ?? '' }))}
        errorMessage={errorText('notes')}
      />
      <fieldset className={styles.row}>
        <legend>{message('boardUi.handling.decisions')}</legend>
        {form.decisions.length === 0 ? <p>{message('boardUi.form.noDecisions')}</p> : undefined}
        {form.decisions.map((d, index) => (
          <div key={d.id} className={styles.row} data-decision-row={index + 1}>
            <TextField
              id={formFieldId(`decisions.${d.id}.text`)}
              label={message('boardUi.form.decisionText', [index + 1])}
              multiline
              autoAdjustHeight
              required
              value={d.text}
              onChange={(_e, v) => setDecision(d.id, { text: v ?? '' })}
              errorMessage={errorText(`decisions.${d.id}.text`)}
            />
            <TextField
              id={formFieldId(`decisions.${d.id}.minutesReference`)}
              label={message('boardUi.decision.minutesReference')}
              description={message('boardUi.form.minutesReferenceHint')}
              required
              value={d.minutesReference}
              onChange={(_e, v) => setDecision(d.id, { minutesReference: v ?? '' })}
              errorMessage={errorText(`decisions.${d.id}.minutesReference`)}
            />
            <DefaultButton
              text={message('boardUi.form.removeDecision', [index + 1])}
              onClick={() => {
                setForm((f) => ({ ...f, decisions: f.decisions.filter((x) => x.id !== d.id) }));
                setAnnouncement(message('boardUi.form.decisionRemoved', [index + 1]));
                focusAfter.current = formFieldId('add-decision');
              }}
            />
          </div>
        ))}
        <DefaultButton
          id={formFieldId('add-decision')}
          iconProps={{ iconName: 'Add' }}
          text={message('boardUi.form.addDecision')}
          onClick={() => {
            const row: IDecisionRow = { id: newFormRowId(), text: '', minutesReference: '' };
            setForm((f) => ({ ...f, decisions: [...f.decisions, row] }));
            focusAfter.current = formFieldId(`decisions.${row.id}.text`);
          }}
        />
      </fieldset>
      <fieldset className={styles.row}>
        <legend>{message('boardUi.form.newAssignments')}</legend>
        {props.handling && props.handling.assignmentKeys.length > 0 ? <p>{message('boardUi.form.earlierAssignments', [props.handling.assignmentKeys.length])}</p> : undefined}
        {form.assignments.map((a, index) => (
          <div key={a.id} className={styles.row} data-assignment-row={index + 1}>
            <TextField
              id={formFieldId(`assignments.${a.id}.text`)}
              label={message('boardUi.form.assignmentText', [index + 1])}
              multiline
              autoAdjustHeight
              required
              value={a.text}
              onChange={(_e, v) => setAssignment(a.id, { text: v ?? '' })}
              errorMessage={errorText(`assignments.${a.id}.text`)}
            />
            <TextField
              id={formFieldId(`assignments.${a.id}.answerBy`)}
              label={message('boardUi.assignment.answerBy')}
              description={message('boardUi.form.answerByHint')}
              required
              value={a.answerBy}
              onChange={(_e, v) => setAssignment(a.id, { answerBy: v ?? '' })}
              errorMessage={errorText(`assignments.${a.id}.answerBy`)}
            />
            <DefaultButton
              text={message('boardUi.form.removeAssignment', [index + 1])}
              onClick={() => {
                setForm((f) => ({ ...f, assignments: f.assignments.filter((x) => x.id !== a.id) }));
                setAnnouncement(message('boardUi.form.assignmentRemoved', [index + 1]));
                focusAfter.current = formFieldId('add-assignment');
              }}
            />
          </div>
        ))}
        <DefaultButton
          id={formFieldId('add-assignment')}
          iconProps={{ iconName: 'Add' }}
          text={message('boardUi.form.addAssignment')}
          onClick={() => {
            const row = newAssignmentRow(period);
            setForm((f) => ({ ...f, assignments: [...f.assignments, row] }));
            focusAfter.current = formFieldId(`assignments.${row.id}.text`);
          }}
        />
      </fieldset>
      {failure ? <LightMessage kind="error">{failure}</LightMessage> : undefined}
      <div className={styles.actions}>
        <PrimaryButton type="submit" text={saving ? message('boardUi.form.saving') : message('boardUi.form.save')} disabled={saving} />
        <DefaultButton text={message('common.cancel')} onClick={props.onCancel} disabled={saving} />
      </div>
    </form>
  );
}
