/** The recorder closes an assignment with a note (chunk 'board-recorder'). */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IAssignment } from '../../domain/board/model';
import { MAX_NOTE_LENGTH } from '../../domain/validation';
import { message } from '../../messages';
import { localizeError } from '../../services/useAsyncData';
import type { IBoardServices } from '../../services/IBoardServices';
import { checkText } from '../shared/textChecks';
import { LightMessage } from '../ReportView/lightControls';

export interface ICloseAssignmentDialogProps {
  readonly board: IBoardServices;
  readonly assignment: IAssignment;
  readonly onClosed: (assignment: IAssignment) => void;
  readonly onCancel: () => void;
}

export default function CloseAssignmentDialog(props: ICloseAssignmentDialogProps): JSX.Element {
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const close = (): void => {
    const key = note.trim() === '' ? 'validation.required' : note.length > MAX_NOTE_LENGTH ? 'validation.tooLong' : checkText(note);
    if (key) {
      setError(message(key, { max: MAX_NOTE_LENGTH, length: note.length }));
      document.getElementById('gits-board-close-note')?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    props.board.closeAssignment(props.assignment.objectKey, props.assignment.key, note).then(
      (closed) => {
        setBusy(false);
        props.onClosed(closed);
      },
      (e: unknown) => {
        setBusy(false);
        setFailure(localizeError(e));
      }
    );
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: message('boardUi.close.title', [props.assignment.key]),
        subText: props.assignment.text
      }}
      modalProps={{ isBlocking: true, isAlert: false }}
    >
      <TextField
        id="gits-board-close-note"
        label={message('boardUi.close.note')}
        description={message('boardUi.close.noteHint')}
        multiline
        autoAdjustHeight
        required
        value={note}
        onChange={(_e, v) => setNote(v ?? '')}
        errorMessage={error}
      />
      {failure ? <LightMessage kind="error">{failure}</LightMessage> : undefined}
      <DialogFooter>
        <PrimaryButton text={busy ? message('boardUi.form.saving') : message('boardUi.close.confirm')} onClick={close} disabled={busy} />
        <DefaultButton text={message('common.cancel')} onClick={props.onCancel} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
