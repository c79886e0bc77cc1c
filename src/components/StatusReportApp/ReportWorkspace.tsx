import * as React from 'react';
import * as strings from 'StatusReportWebPartStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IReportSummary, IUserPermissions } from '../../data/repository/IStatusReportRepository';
import { compareQuarters } from '../../domain/quarter';
import type { IEditingServices } from '../../services/IEditingServices';
import { useServices } from '../../services/ServicesContext';
import { localizeError } from '../../services/useAsyncData';
import type { IImportFromWordButtonProps } from '../DocxImport/ImportFromWordButton';
import { LazyReportEditor } from '../ReportEditor';
import { ReportView } from '../ReportView';
import { formatTemplate, LocaleFormatter } from '../shared/format';
import styles from './StatusReportApp.module.scss';

/** What the signed-in user may do here, as far as the workspace needs to know. */
export type WorkspaceAccess =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly permissions: IUserPermissions }
  /** The lists are missing: a site owner may create them. */
  | { readonly kind: 'notProvisioned'; readonly canProvision: boolean }
  /** Permissions could not be read: the reader view alone is shown (it reports its own errors). */
  | { readonly kind: 'readOnly' };

const NO_PERMISSIONS: IUserPermissions = { canRead: true, canEdit: false, canApprove: false, canManageLists: false };

/** Reads permissions once; a missing list is the one failure that changes what is shown. */
export async function loadWorkspaceAccess(editing: IEditingServices): Promise<WorkspaceAccess> {
  try {
    const result = await editing.repository.getPermissions();
    if (result.kind === 'ok') return { kind: 'ready', permissions: result.value };
    if (result.kind === 'notProvisioned') {
      const canProvision = editing.provisioning ? await editing.provisioning.canManageLists() : false;
      return { kind: 'notProvisioned', canProvision };
    }
  } catch {
    // Fall through: a failure to read permissions must not hide the report from a reader.
  }
  return { kind: 'readOnly' };
}

/** The report an Edit/Review action opens: for approvers the newest pending one, else the newest. */
export function reportToOpen(summaries: readonly IReportSummary[], preferPending: boolean): IReportSummary | undefined {
  const newestFirst = summaries.slice().sort((a, b) => compareQuarters(b.period, a.period));
  if (preferPending) {
    const pending = newestFirst.find((s) => s.approval === 'pending');
    if (pending) return pending;
  }
  return newestFirst[0];
}

/** The newest report when it is a draft never submitted (then a new quarter would pile up on it). */
export function newestUnsubmittedDraft(summaries: readonly IReportSummary[]): IReportSummary | undefined {
  const newest = reportToOpen(summaries, false);
  return newest && newest.approval === 'draft' && newest.revision === 0 ? newest : undefined;
}

/** Which actions the bar offers. Editing needs the right and a host that allows it here. */
export function workspaceActions(
  permissions: IUserPermissions,
  editingAllowedHere: boolean
): { readonly edit: boolean; readonly newQuarter: boolean; readonly review: boolean } {
  const edit = permissions.canEdit && editingAllowedHere;
  return {
    edit,
    newQuarter: edit,
    // Approvers review wherever they read the report (a page need not be in edit mode for that).
    review: permissions.canApprove && !edit
  };
}

// The Word import (its panel and preview) is for editors only: loaded on demand, like the editor.
const LazyImportFromWordButton: React.LazyExoticComponent<React.ComponentType<IImportFromWordButtonProps>> = React.lazy(() =>
  import(/* webpackChunkName: 'docx-import-ui' */ '../DocxImport/ImportFromWordButton').then((m) => ({ default: m.ImportFromWordButton }))
);

interface IEditorBoundaryState {
  readonly failed: boolean;
}

/** A failed download of the editor chunk shows a localized message instead of a blank part. */
class EditorBoundary extends React.Component<{ readonly children?: React.ReactNode; readonly failedText?: string }, IEditorBoundaryState> {
  public state: IEditorBoundaryState = { failed: false };

  public static getDerivedStateFromError(): IEditorBoundaryState {
    return { failed: true };
  }

  public render(): React.ReactNode {
    if (this.state.failed) return <MessageBar messageBarType={MessageBarType.error}>{this.props.failedText ?? strings.EditorLoadFailed}</MessageBar>;
    return this.props.children;
  }
}

type Mode = { readonly kind: 'read' } | { readonly kind: 'edit'; readonly reportId: number };

type Notice = { readonly type: MessageBarType; readonly text: string } | undefined;

export function ProvisioningNotice(props: { readonly editing: IEditingServices; readonly canProvision: boolean; readonly onProvisioned: () => void }): JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const provisioning = props.editing.provisioning;
  if (!props.canProvision || !provisioning) {
    return <MessageBar messageBarType={MessageBarType.warning}>{strings.ListsMissingContactOwner}</MessageBar>;
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
            text: outcome.kind === 'forbidden' ? strings.ProvisioningForbidden : strings.ProvisioningFailed
          });
        }
      })
      .catch(() => {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: strings.ProvisioningFailed });
      });
  };
  return (
    <div className={styles.workspaceNotice}>
      <MessageBar messageBarType={MessageBarType.warning}>{strings.ListsMissingOwner}</MessageBar>
      <PrimaryButton text={busy ? strings.ProvisioningInProgress : strings.CreateLists} disabled={busy} onClick={run} />
      <div role="status">{busy ? strings.ProvisioningInProgress : ''}</div>
      {notice ? <MessageBar messageBarType={notice.type}>{notice.text}</MessageBar> : undefined}
    </div>
  );
}

/**
 * Shows `children` unless the report lists are missing; then a site owner gets "Skapa listor"
 * and everyone else the advice to contact the owner (used around the portfolio).
 */
export function ProvisioningGate(props: { readonly children?: React.ReactNode }): JSX.Element {
  const { editing } = useServices();
  const [access, setAccess] = React.useState<WorkspaceAccess>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    if (!editing) return undefined;
    let current = true;
    loadWorkspaceAccess(editing)
      .then((next) => {
        if (current) setAccess(next);
      })
      .catch(() => {
        if (current) setAccess({ kind: 'readOnly' });
      });
    return () => {
      current = false;
    };
  }, [editing, generation]);
  if (editing && access.kind === 'notProvisioned') {
    return (
      <ProvisioningNotice
        editing={editing}
        canProvision={access.canProvision}
        onProvisioned={() => {
          setAccess({ kind: 'loading' });
          setGeneration((n) => n + 1);
        }}
      />
    );
  }
  // Keyed by generation so the content loads again once the lists exist.
  return <React.Fragment key={generation}>{props.children}</React.Fragment>;
}

export interface IReportWorkspaceProps {
  readonly objectKey: string;
  readonly onBack?: () => void;
}

/**
 * One object's report with what the signed-in user may do to it: the approved report for
 * everyone; Edit and "Ny kvartalsrapport" for editors where the host allows editing; Review for
 * approvers; creating the lists for a site owner when they are missing. The editor (with its
 * approval panel) is loaded only when opened, so readers never download it.
 */
export function ReportWorkspace(props: IReportWorkspaceProps): JSX.Element {
  const { editing, locale } = useServices();
  const { objectKey } = props;
  const [access, setAccess] = React.useState<WorkspaceAccess>(editing ? { kind: 'loading' } : { kind: 'readOnly' });
  const [accessAttempt, setAccessAttempt] = React.useState(0);
  const [mode, setMode] = React.useState<Mode>({ kind: 'read' });
  // Bumped after editing or provisioning so the reader view loads again (e.g. a new approval).
  const [readerGeneration, setReaderGeneration] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const returnFocus = React.useRef<string | undefined>(undefined);
  const editorRegion = React.useRef<HTMLElement>(null);
  const formatter = React.useMemo(() => new LocaleFormatter(locale), [locale]);

  React.useEffect(() => {
    if (!editing) return undefined;
    let current = true;
    loadWorkspaceAccess(editing)
      .then((next) => {
        if (current) setAccess(next);
      })
      .catch(() => {
        if (current) setAccess({ kind: 'readOnly' });
      });
    return () => {
      current = false;
    };
  }, [editing, accessAttempt]);

  // Keyboard users land in the editor when it opens, and back on their button when it closes.
  React.useEffect(() => {
    if (mode.kind === 'edit') {
      if (editorRegion.current) editorRegion.current.focus();
    } else if (returnFocus.current) {
      const button = document.getElementById(returnFocus.current);
      returnFocus.current = undefined;
      if (button) button.focus();
    }
  }, [mode]);

  const idPrefix = `gits-${objectKey}`;
  const permissions = access.kind === 'ready' ? access.permissions : NO_PERMISSIONS;
  const actions = workspaceActions(permissions, !!editing && editing.editingAllowedHere);

  const openLatest = (preferPending: boolean, buttonId: string): void => {
    if (!editing) return;
    setBusy(true);
    setNotice(undefined);
    editing.repository
      .listReports(objectKey)
      .then((result) => {
        setBusy(false);
        if (result.kind !== 'ok') {
          setNotice({ type: MessageBarType.error, text: localizeError(result) });
          return;
        }
        const summary = reportToOpen(result.value, preferPending);
        if (!summary) {
          setNotice({ type: MessageBarType.info, text: formatTemplate(strings.NoReportToEdit, objectKey) });
          return;
        }
        returnFocus.current = buttonId;
        setMode({ kind: 'edit', reportId: summary.id });
      })
      .catch((error: unknown) => {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: localizeError(error) });
      });
  };

  const createNextQuarter = (buttonId: string): void => {
    if (!editing) return;
    const repository = editing.repository;
    setBusy(true);
    setNotice(undefined);
    const run = async (): Promise<Notice> => {
      // A second click must not stack up empty quarters: an unsubmitted draft is edited first.
      const list = await repository.listReports(objectKey);
      if (list.kind !== 'ok') return { type: MessageBarType.error, text: localizeError(list) };
      const blocking = newestUnsubmittedDraft(list.value);
      if (blocking) return { type: MessageBarType.info, text: formatTemplate(strings.NewQuarterDraftExists, formatter.period(blocking.period)) };
      const result = await repository.createNextQuarterDraft(objectKey);
      if (result.kind !== 'ok') return { type: MessageBarType.error, text: localizeError(result) };
      returnFocus.current = buttonId;
      setMode({ kind: 'edit', reportId: result.value.id });
      return { type: MessageBarType.success, text: formatTemplate(strings.NewQuarterCreated, formatter.period(result.value.report.header.period)) };
    };
    run()
      .then((next) => {
        setBusy(false);
        setNotice(next);
      })
      .catch((error: unknown) => {
        setBusy(false);
        setNotice({ type: MessageBarType.error, text: localizeError(error) });
      });
  };

  if (access.kind === 'notProvisioned' && editing) {
    return (
      <ProvisioningNotice
        editing={editing}
        canProvision={access.canProvision}
        onProvisioned={() => {
          setAccess({ kind: 'loading' });
          setAccessAttempt((n) => n + 1);
          setReaderGeneration((n) => n + 1);
          setNotice({ type: MessageBarType.success, text: strings.ProvisioningDone });
        }}
      />
    );
  }

  if (mode.kind === 'edit' && editing) {
    return (
      <section ref={editorRegion} tabIndex={-1} aria-label={strings.EditorRegionLabel} className={styles.editorRegion}>
        <EditorBoundary>
          <React.Suspense fallback={<Spinner label={strings.Loading} />}>
            <LazyReportEditor
              repository={editing.repository}
              reportId={mode.reportId}
              currentUser={editing.currentUser}
              locale={locale}
              permissions={permissions}
              onClose={() => {
                setNotice(undefined);
                setReaderGeneration((n) => n + 1);
                setMode({ kind: 'read' });
              }}
              {...(editing.allowSelfApproval !== undefined ? { allowSelfApproval: editing.allowSelfApproval } : {})}
            />
          </React.Suspense>
        </EditorBoundary>
      </section>
    );
  }

  const hasActions = actions.edit || actions.newQuarter || actions.review;
  return (
    <>
      {hasActions ? (
        <div role="toolbar" aria-label={strings.ReportActionsLabel} className={styles.actions}>
          {actions.edit ? (
            <PrimaryButton
              id={`${idPrefix}-edit`}
              iconProps={{ iconName: 'Edit' }}
              text={strings.EditReport}
              disabled={busy}
              onClick={() => openLatest(false, `${idPrefix}-edit`)}
            />
          ) : undefined}
          {actions.newQuarter ? (
            <DefaultButton
              id={`${idPrefix}-new-quarter`}
              iconProps={{ iconName: 'Add' }}
              text={strings.NewQuarterReport}
              disabled={busy}
              onClick={() => createNextQuarter(`${idPrefix}-new-quarter`)}
            />
          ) : undefined}
          {actions.newQuarter ? (
            <EditorBoundary failedText={strings.ErrorLoadFailed}>
              <React.Suspense fallback={<></>}>
                <LazyImportFromWordButton
                  id={`${idPrefix}-import`}
                  disabled={busy}
                  defaultObjectKey={objectKey}
                  onClosed={() => setReaderGeneration((n) => n + 1)}
                  onOpenReport={(reportId: number) => {
                    returnFocus.current = `${idPrefix}-import`;
                    setMode({ kind: 'edit', reportId });
                  }}
                />
              </React.Suspense>
            </EditorBoundary>
          ) : undefined}
          {actions.review ? (
            <PrimaryButton
              id={`${idPrefix}-review`}
              iconProps={{ iconName: 'DocumentApproval' }}
              text={strings.ReviewReport}
              disabled={busy}
              onClick={() => openLatest(true, `${idPrefix}-review`)}
            />
          ) : undefined}
          <span role="status" className={styles.actionStatus}>
            {busy ? strings.Loading : ''}
          </span>
        </div>
      ) : undefined}
      {notice ? (
        <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close}>
          {notice.text}
        </MessageBar>
      ) : undefined}
      <ReportView key={readerGeneration} objectKey={objectKey} onBack={props.onBack} />
    </>
  );
}
