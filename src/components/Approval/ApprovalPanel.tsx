import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { IStatusReportRepository, IUserPermissions, RepositoryResult } from '../../data/repository/IStatusReportRepository';
import type { ApprovalState, IApprovalLogEntry, IPerson, IQuarter, IReportSnapshot } from '../../domain/model';
import { ApprovalHistory, formatTimestamp } from './ApprovalHistory';
import { CommentDialog } from './CommentDialog';
import { approvalActions, effectiveApprovalState, latestEntry } from './rules';
import styles from './Approval.module.scss';
import { message } from '../../messages';
import { repositoryMessage } from '../../services/repositoryMessage';

export interface IApprovalPanelProps {
  readonly repository: IStatusReportRepository;
  readonly reportId: number;
  readonly objectKey: string;
  readonly period: IQuarter;
  /** Approval state as the report header says. */
  readonly headerState: ApprovalState;
  /** Highest submitted revision. */
  readonly revision: number;
  readonly permissions: IUserPermissions;
  readonly currentUser: IPerson;
  readonly dirty: boolean;
  readonly hasErrors: boolean;
  readonly locale: string;
  readonly allowSelfApproval?: boolean;
  /** Told whenever the shown state changes (after an action or a refresh). */
  readonly onStateChange?: (state: ApprovalState) => void;
  /** Told after a submit/approve/return succeeded (the report header changed in SharePoint). */
  readonly onActionDone?: (snapshot: IReportSnapshot) => void;
  /** Told when the user asks to refresh the status (an approval elsewhere also changed the header). */
  readonly onRefresh?: () => void;
}

type Dialog = 'submit' | 'approve' | 'return' | undefined;

const STATE_LABEL: Record<ApprovalState, () => string> = {
  draft: () => message('approval.state.draft'),
  pending: () => message('approval.state.pending'),
  approved: () => message('approval.state.approved'),
  returned: () => message('approval.state.returned')
};

interface IStatus {
  readonly log: readonly IApprovalLogEntry[];
  readonly approved?: IReportSnapshot;
  /** A workflow step done here that the header does not reflect yet. */
  readonly local?: { readonly state: ApprovalState };
}

/**
 * Submit / approve / return with comments, the approval history, and the comment of a returned
 * report. The state shown is read from SharePoint (log and approved snapshot) so an approval made
 * in Power Automate or in the list shows up here too.
 */
export const ApprovalPanel = React.memo(function ApprovalPanel(props: IApprovalPanelProps): JSX.Element {
  const { repository, reportId, objectKey, period, onStateChange } = props;
  const [status, setStatus] = React.useState<IStatus>({ log: [] });
  const [dialog, setDialog] = React.useState<Dialog>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{ readonly type: MessageBarType; readonly text: string } | undefined>(undefined);
  const [loadCount, setLoadCount] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    Promise.all([repository.loadApprovalLog(reportId), repository.loadApprovedReport(objectKey, period)])
      .then(([log, approved]) => {
        if (!current) return;
        setStatus((previous) => ({
          log: log.kind === 'ok' ? log.value : previous.log,
          ...(approved.kind === 'ok' && approved.value.snapshot ? { approved: approved.value.snapshot } : {})
        }));
        if (log.kind !== 'ok') {
          setNotice({ type: MessageBarType.error, text: repositoryMessage(log, props.locale) });
        }
      })
      .catch(() => {
        if (current) setNotice({ type: MessageBarType.error, text: message('data.error.unexpected') });
      });
    return () => {
      current = false;
    };
  }, [repository, reportId, objectKey, period.year, period.quarter, loadCount]);

  // What this panel just did shows at once; the reload that follows replaces it with SharePoint's word.
  const state: ApprovalState = status.local
    ? status.local.state
    : effectiveApprovalState(props.headerState, props.revision, status.log, status.approved);

  React.useEffect(() => {
    if (onStateChange) onStateChange(state);
  }, [state, onStateChange]);

  const submitted = latestEntry(status.log, 'submitted');
  const actions = approvalActions({
    state,
    canEdit: props.permissions.canEdit,
    canApprove: props.permissions.canApprove,
    currentUser: props.currentUser,
    ...(submitted ? { submittedBy: submitted.by } : {}),
    dirty: props.dirty,
    hasErrors: props.hasErrors,
    ...(props.allowSelfApproval !== undefined ? { allowSelfApproval: props.allowSelfApproval } : {})
  });

  const run = (action: () => Promise<RepositoryResult<IReportSnapshot>>, doneText: string): void => {
    setBusy(true);
    setNotice(undefined);
    action()
      .then((result) => {
        setBusy(false);
        setDialog(undefined);
        if (result.kind === 'ok') {
          setStatus((previous) => ({ ...previous, local: { state: result.value.approval } }));
          if (props.onActionDone) props.onActionDone(result.value);
          setNotice({ type: MessageBarType.success, text: doneText });
          setLoadCount((n) => n + 1);
        } else {
          setNotice({ type: MessageBarType.error, text: repositoryMessage(result, props.locale) });
        }
      })
      .catch(() => {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: message('data.error.unexpected') });
      });
  };

  const returned = state === 'returned' ? latestEntry(status.log, 'returned') : undefined;
  const reasonId = 'gits-approval-reason';
  const reasons = [actions.submit, actions.approve].filter((a) => a.visible && !a.enabled && a.reasonKey).map((a) => message(a.reasonKey!));

  return (
    <section aria-labelledby="gits-approval-title" className={styles.panel}>
      <h2 id="gits-approval-title">{message('approval.heading')}</h2>
      <p role="status" data-state={state}>
        {message('approval.status', [STATE_LABEL[state]()])}
      </p>
      {returned ? (
        <MessageBar messageBarType={MessageBarType.warning} data-testid="returned-notice">
          {message('approval.returnedNotice', [returned.by.displayName, formatTimestamp(returned.at, props.locale), returned.comment])}
        </MessageBar>
      ) : undefined}
      {state === 'pending' ? <p>{message('approval.pendingInfo')}</p> : undefined}
      {notice ? (
        <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={message('editor.close')}>
          {notice.text}
        </MessageBar>
      ) : undefined}
      <div className={styles.actions}>
        {actions.submit.visible ? (
          <PrimaryButton
            text={message('approval.submit')}
            disabled={!actions.submit.enabled || busy}
            onClick={() => setDialog('submit')}
            {...(!actions.submit.enabled ? { 'aria-describedby': reasonId } : {})}
          />
        ) : undefined}
        {actions.approve.visible ? (
          <PrimaryButton
            text={message('approval.approve')}
            disabled={!actions.approve.enabled || busy}
            onClick={() => setDialog('approve')}
            {...(!actions.approve.enabled ? { 'aria-describedby': reasonId } : {})}
          />
        ) : undefined}
        {actions.return.visible ? (
          <DefaultButton
            text={message('approval.return')}
            disabled={!actions.return.enabled || busy}
            onClick={() => setDialog('return')}
            {...(!actions.return.enabled ? { 'aria-describedby': reasonId } : {})}
          />
        ) : undefined}
        <DefaultButton
          text={message('approval.refresh')}
          onClick={() => {
            setLoadCount((n) => n + 1);
            if (props.onRefresh) props.onRefresh();
          }}
          disabled={busy}
        />
      </div>
      {reasons.length ? <p id={reasonId}>{reasons.join(' ')}</p> : undefined}
      {dialog === 'submit' ? (
        <CommentDialog
          title={message('approval.submit.title')}
          text={message('approval.submit.text')}
          commentLabel={message('approval.comment.optional')}
          commentRequired={false}
          busy={busy}
          onConfirm={(comment) => run(() => repository.submitReport(reportId, comment || undefined), message('approval.submitted'))}
          onCancel={() => setDialog(undefined)}
        />
      ) : undefined}
      {dialog === 'approve' ? (
        <CommentDialog
          title={message('approval.approve.title')}
          commentLabel={message('approval.comment.optional')}
          commentRequired={false}
          busy={busy}
          onConfirm={(comment) => run(() => repository.approveReport(reportId, comment || undefined), message('approval.approved'))}
          onCancel={() => setDialog(undefined)}
        />
      ) : undefined}
      {dialog === 'return' ? (
        <CommentDialog
          title={message('approval.return.title')}
          commentLabel={message('approval.comment.return')}
          commentRequired={true}
          busy={busy}
          onConfirm={(comment) => run(() => repository.returnReport(reportId, comment), message('approval.returned'))}
          onCancel={() => setDialog(undefined)}
        />
      ) : undefined}
      <ApprovalHistory log={status.log} locale={props.locale} />
    </section>
  );
});
