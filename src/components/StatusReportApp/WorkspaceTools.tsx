/**
 * The write side of the workspace, loaded on demand (chunk 'workspace-tools') so readers never
 * download it: the Edit / new quarter / Word import / Review toolbar and the notice offering a
 * site owner to create missing lists.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { IReportSummary } from '../../data/repository/IStatusReportRepository';
import type { IEditingServices } from '../../services/IEditingServices';
import { localizeError } from '../../services/useAsyncData';
import type { IImportFromWordButtonProps } from '../DocxImport/ImportFromWordButton';
import { preloadReportEditor } from '../ReportEditor';
import { LocaleFormatter } from '../shared/format';
import { EditorBoundary, newestUnsubmittedDraft, reportToOpen } from './ReportWorkspace';
import type { IWorkspaceActions, WorkspaceNotice } from './ReportWorkspace';
import styles from './StatusReportApp.module.scss';
import { message } from '../../messages';

// The Word import (its panel and preview) is for editors only: loaded on demand, like the editor.
const LazyImportFromWordButton: React.LazyExoticComponent<React.ComponentType<IImportFromWordButtonProps>> = React.lazy(() =>
  import(/* webpackChunkName: 'docx-import-ui' */ '../DocxImport/ImportFromWordButton').then((m) => ({ default: m.ImportFromWordButton }))
);

export interface IWorkspaceToolbarProps {
  readonly editing: IEditingServices;
  readonly objectKey: string;
  readonly locale: string;
  readonly actions: IWorkspaceActions;
  /** Opens the editor on a report; the button `buttonId` gets the focus back when it closes. */
  readonly onOpen: (reportId: number, buttonId: string) => void;
  readonly onNotice: (notice: WorkspaceNotice) => void;
  /** The Word import panel closed (a draft may have been created). */
  readonly onImportClosed: () => void;
  /** The object's reports as the page's first screen listed them, while fresh (Edit then asks SharePoint no more). */
  readonly knownReports?: () => readonly IReportSummary[] | undefined;
}

/** "Redigera rapport", "Ny kvartalsrapport", "Importera från Word" and "Granska rapport". */
export function WorkspaceToolbar(props: IWorkspaceToolbarProps): JSX.Element {
  const { objectKey, actions, onOpen, onNotice } = props;
  const repository = props.editing.repository;
  const [busy, setBusy] = React.useState(false);
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const idPrefix = `gits-${objectKey}`;

  const openLatest = (preferPending: boolean, buttonId: string): void => {
    setBusy(true);
    onNotice(undefined);
    // The editor's chunk loads while the report to open is looked up (a failure shows in the editor's boundary).
    preloadReportEditor().catch(() => undefined);
    // The list the page has shown names the report to open; SharePoint is asked when it has none to offer.
    const known = props.knownReports ? props.knownReports() : undefined;
    const fromPage = known ? reportToOpen(known, preferPending) : undefined;
    if (fromPage) {
      setBusy(false);
      onOpen(fromPage.id, buttonId);
      return;
    }
    repository
      .listReports(objectKey)
      .then((result) => {
        setBusy(false);
        if (result.kind !== 'ok') {
          onNotice({ type: MessageBarType.error, text: localizeError(result) });
          return;
        }
        const summary = reportToOpen(result.value, preferPending);
        if (!summary) {
          onNotice({ type: MessageBarType.info, text: message('workspace.noReportToEdit', [objectKey]) });
          return;
        }
        onOpen(summary.id, buttonId);
      })
      .catch((error: unknown) => {
        setBusy(false);
        onNotice({ type: MessageBarType.error, text: localizeError(error) });
      });
  };

  const createNextQuarter = (buttonId: string): void => {
    setBusy(true);
    onNotice(undefined);
    preloadReportEditor().catch(() => undefined);
    let created: number | undefined;
    const run = async (): Promise<WorkspaceNotice> => {
      // A second click must not stack up empty quarters: an unsubmitted draft is edited first.
      const list = await repository.listReports(objectKey);
      if (list.kind !== 'ok') return { type: MessageBarType.error, text: localizeError(list) };
      const blocking = newestUnsubmittedDraft(list.value);
      if (blocking) return { type: MessageBarType.info, text: message('workspace.newQuarter.draftExists', [formatter.period(blocking.period)]) };
      const result = await repository.createNextQuarterDraft(objectKey);
      if (result.kind !== 'ok') return { type: MessageBarType.error, text: localizeError(result) };
      created = result.value.id;
      return { type: MessageBarType.success, text: message('workspace.newQuarter.created', [formatter.period(result.value.report.header.period)]) };
    };
    run()
      .then((next) => {
        setBusy(false);
        onNotice(next);
        // Last: opening the editor unmounts this toolbar.
        if (created !== undefined) onOpen(created, buttonId);
      })
      .catch((error: unknown) => {
        setBusy(false);
        onNotice({ type: MessageBarType.error, text: localizeError(error) });
      });
  };

  return (
    <div role="toolbar" aria-label={message('workspace.actions')} className={styles.actions}>
      {actions.edit ? (
        <PrimaryButton
          id={`${idPrefix}-edit`}
          iconProps={{ iconName: 'Edit' }}
          text={message('workspace.edit')}
          disabled={busy}
          onClick={() => openLatest(false, `${idPrefix}-edit`)}
        />
      ) : undefined}
      {actions.newQuarter ? (
        <DefaultButton
          id={`${idPrefix}-new-quarter`}
          iconProps={{ iconName: 'Add' }}
          text={message('workspace.newQuarter')}
          disabled={busy}
          onClick={() => createNextQuarter(`${idPrefix}-new-quarter`)}
        />
      ) : undefined}
      {actions.newQuarter ? (
        <EditorBoundary failedText={message('reader.error.loadFailed')}>
          <React.Suspense fallback={<></>}>
            <LazyImportFromWordButton
              id={`${idPrefix}-import`}
              disabled={busy}
              defaultObjectKey={objectKey}
              onClosed={props.onImportClosed}
              onOpenReport={(reportId: number) => onOpen(reportId, `${idPrefix}-import`)}
            />
          </React.Suspense>
        </EditorBoundary>
      ) : undefined}
      {actions.review ? (
        <PrimaryButton
          id={`${idPrefix}-review`}
          iconProps={{ iconName: 'DocumentApproval' }}
          text={message('workspace.review')}
          disabled={busy}
          onClick={() => openLatest(true, `${idPrefix}-review`)}
        />
      ) : undefined}
      <span role="status" className={styles.actionStatus}>
        {busy ? message('common.loading') : ''}
      </span>
    </div>
  );
}

export function ProvisioningNotice(props: { readonly editing: IEditingServices; readonly canProvision: boolean; readonly onProvisioned: () => void }): JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<WorkspaceNotice>(undefined);
  const provisioning = props.editing.provisioning;
  if (!props.canProvision || !provisioning) {
    return <MessageBar messageBarType={MessageBarType.warning}>{message('provisioning.missing.contactOwner')}</MessageBar>;
  }
  const run = (): void => {
    setBusy(true);
    setNotice(undefined);
    provisioning
      .provision()
      .then((outcome) => {
        setBusy(false);
        if (outcome.kind === 'ok') {
          props.onProvisioned();
        } else {
          setNotice({
            type: MessageBarType.error,
            text:
              outcome.kind === 'forbidden'
                ? message('provisioning.forbidden')
                : outcome.kind === 'incomplete'
                  ? message('provisioning.incomplete')
                  : message('provisioning.failed')
          });
        }
      })
      .catch(() => {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: message('provisioning.failed') });
      });
  };
  return (
    <div className={styles.workspaceNotice}>
      <MessageBar messageBarType={MessageBarType.warning}>{message('provisioning.missing.owner')}</MessageBar>
      <PrimaryButton text={busy ? message('provisioning.inProgress') : message('provisioning.create')} disabled={busy} onClick={run} />
      <div role="status">{busy ? message('provisioning.inProgress') : ''}</div>
      {notice ? <MessageBar messageBarType={notice.type}>{notice.text}</MessageBar> : undefined}
    </div>
  );
}

