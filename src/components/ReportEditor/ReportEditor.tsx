import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { ApprovalPanel } from '../Approval/ApprovalPanel';
import { formatTimestamp } from '../Approval/ApprovalHistory';
import { ConflictDialog } from './ConflictDialog';
import { getRows } from './draft/rows';
import type { IReportDraft, RowSection } from './draft/types';
import { ErrorSummary } from './ErrorSummary';
import type { IReportEditorProps } from './IReportEditorProps';
import { judgementTargetLabel } from '../Judgement/judgementLabels';
import { ReportForm } from './sections/Sections';
import type { JudgementTarget } from '../../domain/judgement';
import { useReportEditorState } from './state/useReportEditorState';
import { fill, message } from '../../messages';
import styles from './ReportEditor.module.scss';
import sharedStyles from '../shared/shared.module.scss';
import { ServicesContext } from '../../services/ServicesContext';
import { loadAnswerHistories, type AnswerHistories } from '../../services/boardHooks';
import { useAsyncData } from '../../services/useAsyncData';
import { previousQuarter } from '../../domain/quarter';

export { sameDraftContent } from './state/reducer';

const FIELD_LABELS: Record<string, () => string> = {
  'header.objectTitle': () => message('report.field.object'),
  'header.period': () => message('editor.field.period'),
  'header.coordinator': () => message('report.section.coordinator'),
  'header.mission': () => message('report.section.mission'),
  kpiSectionTitle: () => message('editor.field.kpiSectionTitle'),
  headlineKpis: () => message('editor.field.kpiHeadline'),
  chartCaption: () => message('report.field.chartCaption'),
  'staffing.fteStart': () => message('editor.field.fteStart'),
  'staffing.fteEnd': () => message('editor.field.fteEnd'),
  text: () => message('editor.field.text'),
  subItems: () => message('editor.field.subItems'),
  date: () => message('editor.field.date'),
  definitionKey: () => message('report.kpi.keyFigure'),
  'kpis.current': () => message('editor.field.kpiCurrent'),
  'kpis.previous': () => message('editor.field.kpiPrevious'),
  comment: () => message('report.kpi.comment'),
  type: () => message('report.meeting.type'),
  'meetings.current': () => message('editor.field.meetingCurrent'),
  'meetings.previous': () => message('editor.field.meetingPrevious'),
  purpose: () => message('report.meeting.purpose'),
  label: () => message('kpiDefinition.label'),
  unit: () => message('kpiDefinition.unit')
};

const ROW_NAMES: Record<RowSection, () => string> = {
  events: () => message('editor.row.event'),
  kpis: () => message('editor.row.kpi'),
  meetings: () => message('editor.row.meeting'),
  problems: () => message('editor.row.problem'),
  activities: () => message('editor.row.activity'),
  'economy.items': () => message('editor.row.item'),
  'staffing.items': () => message('editor.row.item'),
  communication: () => message('editor.row.item')
};

/** "Händelse 2 – Datum (ÅÅÅÅ-MM-DD, valfritt)" for "events.<id>.date". */
export function labelForPath(path: string, draft: IReportDraft): string {
  if (FIELD_LABELS[path]) {
    return FIELD_LABELS[path]();
  }
  const match = /^((?:economy|staffing)\.items|[A-Za-z]+)\.([^.]+)\.([A-Za-z]+)$/.exec(path);
  if (match) {
    const [, section, id, field] = match;
    if (section === 'reportingBack') {
      const name = message('boardUi.assignment.named', [id]);
      return `${name} – ${field === 'status' ? message('editor.field.status') : message('boardUi.answer.text')}`;
    }
    if (section === 'judgements') {
      return `${judgementTargetLabel(id as JudgementTarget)} – ${field === 'status' ? message('editor.judgement.statusShort') : message('editor.judgement.commentShort')}`;
    }
    const fieldLabel = (FIELD_LABELS[`${section}.${field}`] || FIELD_LABELS[field] || (() => field))();
    if (section === 'kpiDefinitions') {
      const definition = draft.kpiDefinitions.filter((d) => d.key === id)[0];
      return `${definition ? definition.label : id} – ${fieldLabel}`;
    }
    if (ROW_NAMES[section as RowSection]) {
      const index = getRows(draft, section as RowSection).findIndex((r) => r.id === id);
      const name = fill(ROW_NAMES[section as RowSection](), [index + 1]);
      return `${name.charAt(0).toUpperCase()}${name.slice(1)} – ${fieldLabel}`;
    }
  }
  return path;
}

/**
 * The report editor: every section, inline validation and an error summary, the draft kept in
 * localStorage while typing, explicit saving through the repository, the conflict dialog, the
 * approval panel, and a guard against leaving with unsaved changes. State and effects are in
 * useReportEditorState; this component only renders them.
 */
export default function ReportEditor(props: IReportEditorProps): JSX.Element {
  const { repository, locale } = props;
  const editor = useReportEditorState(props);
  const { state, dispatch, ctx, parsed, dirty } = editor;
  const { loadError, loaded, draft, restoredAt, storageRefused, showAllErrors, saving, notice, conflict, confirmingLeave, announcement, permissions } = state;
  // Earlier quarters' answers to the board's assignments, from the approved reports (when a reader is at hand).
  const reader = React.useContext(ServicesContext)?.reports;
  const loadedHeader = loaded?.report.header;
  const answerHistory = useAsyncData<AnswerHistories>(
    () => (reader && loadedHeader ? loadAnswerHistories(reader, loadedHeader.objectKey, previousQuarter(loadedHeader.period)) : Promise.resolve(new Map())),
    [reader, loadedHeader?.objectKey, loadedHeader?.period.year, loadedHeader?.period.quarter]
  );

  if (loadError) {
    return <MessageBar messageBarType={MessageBarType.error}>{loadError}</MessageBar>;
  }
  if (!loaded || !draft || !parsed) {
    return <Spinner label={message('editor.loading')} />;
  }

  const header = loaded.report.header;
  const errors = parsed.errors;
  return (
    <div className={styles.editor} lang={locale}>
      <h1>{message('editor.title', [`${header.objectKey} Q${header.period.quarter} ${header.period.year}`])}</h1>
      <div aria-live="polite" className={sharedStyles.visuallyHidden}>
        {announcement}
      </div>
      {restoredAt ? (
        <MessageBar
          messageBarType={MessageBarType.info}
          actions={
            <DefaultButton
              text={message('editor.draft.discard')}
              onClick={editor.discardRestored}
            />
          }
        >
          {message('editor.draft.restored', [formatTimestamp(restoredAt, locale)])}
        </MessageBar>
      ) : undefined}
      {storageRefused ? <MessageBar messageBarType={MessageBarType.warning}>{message('editor.draft.notKept')}</MessageBar> : undefined}
      <ApprovalPanel
        repository={repository}
        reportId={loaded.id}
        objectKey={header.objectKey}
        period={header.period}
        headerState={header.approval}
        revision={loaded.revision}
        permissions={permissions}
        currentUser={props.currentUser}
        dirty={dirty}
        hasErrors={errors.length > 0}
        locale={locale}
        onStateChange={editor.onApprovalState}
        onActionDone={editor.reloadAfterWorkflow}
        onRefresh={editor.reloadAfterWorkflow}
        {...(props.allowSelfApproval !== undefined ? { allowSelfApproval: props.allowSelfApproval } : {})}
      />
      {showAllErrors && errors.length > 0 ? <ErrorSummary ref={editor.summaryRef} errors={errors} labelFor={(path) => labelForPath(path, draft)} /> : undefined}
      <form
        noValidate
        data-approval={state.approvalState}
        onSubmit={(e) => {
          e.preventDefault();
          editor.onSave();
        }}
      >
        <ReportForm
          ctx={ctx}
          draft={draft}
          knownDefinitions={state.knownDefinitions}
          locale={locale}
          {...(answerHistory.status === 'ready' ? { answerHistory: answerHistory.data } : {})}
        />
        <div className={styles.actions}>
          <p role="status">{saving ? message('editor.saving') : dirty ? message('editor.unsavedChanges') : message('editor.noChanges')}</p>
          {notice ? (
            <MessageBar
              messageBarType={notice.kind === 'success' ? MessageBarType.success : notice.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
              onDismiss={() => dispatch({ type: 'notice/dismiss' })} dismissButtonAriaLabel={message('editor.close')}>
              {notice.text}
            </MessageBar>
          ) : undefined}
          <PrimaryButton type="submit" text={saving ? message('editor.saving') : message('editor.save')} disabled={saving || !permissions.canEdit} />
          {props.onClose ? <DefaultButton text={message('editor.close')} onClick={editor.requestClose} /> : undefined}
        </div>
      </form>
      {conflict ? (
        <ConflictDialog
          // A new conflict (someone saved yet again) starts a fresh comparison.
          key={conflict.theirs.version}
          mine={conflict.mine}
          theirs={conflict.theirs.report}
          busy={saving}
          onKeepMine={editor.keepMine}
          onTakeTheirs={editor.takeTheirs}
          onMerge={editor.resolveWith}
          onCancel={() => dispatch({ type: 'conflict/cancel' })}
        />
      ) : undefined}
      {confirmingLeave ? (
        <Dialog
          hidden={false}
          onDismiss={() => dispatch({ type: 'leave/cancel' })}
          dialogContentProps={{ type: DialogType.normal, title: message('editor.leave.title'), subText: message('editor.leave.text') }}
          modalProps={{ isBlocking: true, isAlert: false }}
        >
          <DialogFooter>
            <PrimaryButton text={message('editor.leave.stay')} onClick={() => dispatch({ type: 'leave/cancel' })} />
            <DefaultButton
              text={message('editor.leave.confirm')}
              onClick={editor.leaveWithoutSaving}
            />
          </DialogFooter>
        </Dialog>
      ) : undefined}
    </div>
  );
}
