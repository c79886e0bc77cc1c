import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { TextField } from '@fluentui/react/lib/TextField';
import { message } from '../../messages';

export interface ICommentDialogProps {
  readonly title: string;
  readonly text?: string;
  readonly commentLabel: string;
  /** Returning needs a comment; approving and submitting do not. */
  readonly commentRequired: boolean;
  readonly busy: boolean;
  readonly onConfirm: (comment: string) => void;
  readonly onCancel: () => void;
}

/** Confirms a workflow step with a comment; a required comment is checked before anything is sent. */
export function CommentDialog(props: ICommentDialogProps): JSX.Element {
  const [comment, setComment] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const missing = props.commentRequired && comment.trim() === '';
  const confirm = (): void => {
    setTried(true);
    if (!missing) {
      props.onConfirm(comment.trim());
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.normal, title: props.title, subText: props.text }}
      modalProps={{ isBlocking: true, isAlert: false }}
    >
      <TextField
        label={props.commentLabel}
        multiline
        rows={4}
        required={props.commentRequired}
        value={comment}
        onChange={(_e, value) => setComment(value ?? '')}
        errorMessage={tried && missing ? message('approval.comment.returnRequired') : undefined}
      />
      <DialogFooter>
        <PrimaryButton text={message('common.confirm')} onClick={confirm} disabled={props.busy} />
        <DefaultButton text={message('common.cancel')} onClick={props.onCancel} disabled={props.busy} />
      </DialogFooter>
    </Dialog>
  );
}
