import * as React from 'react';
import { MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { LightMessage, LightMessageKind } from '../ReportView/lightControls';
import type { IReportSummary, IUserPermissions } from '../../data/repository/IStatusReportRepository';
import { compareQuarters } from '../../domain/quarter';
import type { IEditingServices } from '../../services/IEditingServices';
import { takeFirstScreen, takeSettledFirstScreen } from '../../services/createReportReader';
import { useServices } from '../../services/ServicesContext';
import { LazyReportEditor } from '../ReportEditor';
import { ReportView } from '../ReportView';
import styles from './StatusReportApp.module.scss';
import type { IWorkspaceToolbarProps } from './WorkspaceTools';
import { message } from '../../messages';

// Toolbar and provisioning notice: only for editors, approvers and owners, so loaded on demand.
const loadTools = (): Promise<typeof import('./WorkspaceTools')> => import(/* webpackChunkName: 'workspace-tools' */ './WorkspaceTools');
const LazyWorkspaceToolbar: React.LazyExoticComponent<React.ComponentType<IWorkspaceToolbarProps>> = React.lazy(() =>
  loadTools().then((m) => ({ default: m.WorkspaceToolbar }))
);
const LazyProvisioningNotice: React.LazyExoticComponent<React.ComponentType<IProvisioningNoticeProps>> = React.lazy(() =>
  loadTools().then((m) => ({ default: m.ProvisioningNotice }))
);

/** What the signed-in user may do here, as far as the workspace needs to know. */
export type WorkspaceAccess =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly permissions: IUserPermissions }
  /** The lists are missing: a site owner may create them. */
  | { readonly kind: 'notProvisioned'; readonly canProvision: boolean }
  /** Permissions could not be read: the reader view alone is shown (it reports its own errors). */
  | { readonly kind: 'readOnly' };

const NO_PERMISSIONS: IUserPermissions = { canRead: true, canEdit: false, canApprove: false, canManageLists: false };

/**
 * Reads permissions once; a missing list is the one failure that changes what is shown. With
 * an object, they come with the report's first screen (the same round trip as the report).
 */
export async function loadWorkspaceAccess(editing: IEditingServices, objectKey?: string): Promise<WorkspaceAccess> {
  try {
    const result = await (objectKey !== undefined && editing.repository.loadReaderFirstScreen
      ? takeFirstScreen(editing.repository, objectKey, 'permissions')
      : editing.repository.getPermissions());
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

/**
 * The permissions when the report's first screen has already answered with them, taken at
 * once (the workspace draws its first render with them); else undefined and nothing taken.
 */
export function settledWorkspaceAccess(editing: IEditingServices, objectKey: string): WorkspaceAccess | undefined {
  if (!editing.repository.loadReaderFirstScreen) return undefined;
  const taken = takeSettledFirstScreen(editing.repository, objectKey, 'permissions', (r) => r.kind === 'ok');
  return taken && taken.value.kind === 'ok' ? { kind: 'ready', permissions: taken.value.value } : undefined;
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

export interface IWorkspaceActions {
  readonly edit: boolean;
  readonly newQuarter: boolean;
  readonly review: boolean;
}

/** Which actions the bar offers. Editing needs the right and a host that allows it here. */
export function workspaceActions(permissions: IUserPermissions, editingAllowedHere: boolean): IWorkspaceActions {
  const edit = permissions.canEdit && editingAllowedHere;
  return {
    edit,
    newQuarter: edit,
    // Approvers review wherever they read the report (a page need not be in edit mode for that).
    review: permissions.canApprove && !edit
  };
}

interface IEditorBoundaryState {
  readonly failed: boolean;
}

/** A failed download of the editor chunk shows a localized message instead of a blank part. */
export class EditorBoundary extends React.Component<{ readonly children?: React.ReactNode; readonly failedText?: string }, IEditorBoundaryState> {
  public state: IEditorBoundaryState = { failed: false };

  public static getDerivedStateFromError(): IEditorBoundaryState {
    return { failed: true };
  }

  public render(): React.ReactNode {
    if (this.state.failed) return <LightMessage kind="error">{this.props.failedText ?? message('workspace.editorLoadFailed')}</LightMessage>;
    return this.props.children;
  }
}

type Mode = { readonly kind: 'read' } | { readonly kind: 'edit'; readonly reportId: number };

/** A message shown above the report (localized text). */
export type WorkspaceNotice = { readonly type: MessageBarType; readonly text: string } | undefined;

/** How a notice is drawn in the first bundle (Fluent's MessageBar would pull its buttons and menus in). */
function noticeKind(type: MessageBarType): LightMessageKind {
  if (type === MessageBarType.success) return 'success';
  if (type === MessageBarType.warning || type === MessageBarType.severeWarning) return 'warning';
  if (type === MessageBarType.error || type === MessageBarType.blocked) return 'error';
  return 'info';
}

export interface IProvisioningNoticeProps {
  readonly editing: IEditingServices;
  readonly canProvision: boolean;
  readonly onProvisioned: () => void;
}

/** The provisioning notice once its chunk is there (a missing-lists warning meanwhile). */
function ProvisioningNotice(props: IProvisioningNoticeProps): JSX.Element {
  return (
    <EditorBoundary failedText={message('provisioning.missing.contactOwner')}>
      <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
        <LazyProvisioningNotice {...props} />
      </React.Suspense>
    </EditorBoundary>
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
  const { editing, locale, reports } = useServices();
  const { objectKey } = props;
  const [access, setAccess] = React.useState<WorkspaceAccess>(() =>
    editing ? settledWorkspaceAccess(editing, objectKey) ?? { kind: 'loading' } : { kind: 'readOnly' }
  );
  const [accessAttempt, setAccessAttempt] = React.useState(0);
  // Permissions at hand at mount: the first effect has nothing to read.
  const accessAtMount = React.useRef(access.kind === 'ready');
  const [mode, setMode] = React.useState<Mode>({ kind: 'read' });
  // Bumped after editing or provisioning so the reader view loads again (e.g. a new approval).
  const [readerGeneration, setReaderGeneration] = React.useState(0);
  // After a change the reader view loads again, from reads made after the change.
  const reloadReader = React.useCallback((): void => {
    if (reports.forget) reports.forget(objectKey);
    setReaderGeneration((n) => n + 1);
  }, [reports, objectKey]);
  const [notice, setNotice] = React.useState<WorkspaceNotice>(undefined);
  const returnFocus = React.useRef<string | undefined>(undefined);
  const editorRegion = React.useRef<HTMLElement>(null);

  React.useEffect(() => {
    if (!editing) return undefined;
    if (accessAtMount.current) {
      accessAtMount.current = false;
      return undefined;
    }
    let current = true;
    loadWorkspaceAccess(editing, objectKey)
      .then((next) => {
        if (current) setAccess(next);
      })
      .catch(() => {
        if (current) setAccess({ kind: 'readOnly' });
      });
    return () => {
      current = false;
    };
  }, [editing, objectKey, accessAttempt]);

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

  const permissions = access.kind === 'ready' ? access.permissions : NO_PERMISSIONS;
  const actions = workspaceActions(permissions, !!editing && editing.editingAllowedHere);

  if (access.kind === 'notProvisioned' && editing) {
    return (
      <ProvisioningNotice
        editing={editing}
        canProvision={access.canProvision}
        onProvisioned={() => {
          setAccess({ kind: 'loading' });
          setAccessAttempt((n) => n + 1);
          reloadReader();
          setNotice({ type: MessageBarType.success, text: message('provisioning.done') });
        }}
      />
    );
  }

  if (mode.kind === 'edit' && editing) {
    return (
      <section ref={editorRegion} tabIndex={-1} aria-label={message('workspace.editorRegion')} className={styles.editorRegion}>
        <EditorBoundary>
          <React.Suspense fallback={<Spinner label={message('common.loading')} />}>
            <LazyReportEditor
              repository={editing.repository}
              reportId={mode.reportId}
              currentUser={editing.currentUser}
              locale={locale}
              permissions={permissions}
              onClose={() => {
                setNotice(undefined);
                reloadReader();
                setMode({ kind: 'read' });
              }}
              {...(editing.allowSelfApproval !== undefined ? { allowSelfApproval: editing.allowSelfApproval } : {})}
            />
          </React.Suspense>
        </EditorBoundary>
      </section>
    );
  }

  const hasActions = !!editing && (actions.edit || actions.newQuarter || actions.review);
  return (
    <>
      {hasActions && editing ? (
        <EditorBoundary failedText={message('reader.error.loadFailed')}>
          <React.Suspense fallback={<></>}>
            <LazyWorkspaceToolbar
              editing={editing}
              objectKey={objectKey}
              locale={locale}
              actions={actions}
              onNotice={setNotice}
              onOpen={(reportId, buttonId) => {
                returnFocus.current = buttonId;
                setMode({ kind: 'edit', reportId });
              }}
              onImportClosed={reloadReader}
              knownReports={reports.knownReports ? () => (reports.knownReports as NonNullable<typeof reports.knownReports>)(objectKey) : undefined}
            />
          </React.Suspense>
        </EditorBoundary>
      ) : undefined}
      {notice ? (
        <LightMessage kind={noticeKind(notice.type)} onDismiss={() => setNotice(undefined)} dismissLabel={message('common.close')}>
          {notice.text}
        </LightMessage>
      ) : undefined}
      <ReportView key={readerGeneration} objectKey={objectKey} onBack={props.onBack} />
    </>
  );
}
