import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { IEditableReport, IUserPermissions, RepositoryResult } from '../../data/repository/IStatusReportRepository';
import type { ApprovalState, IKpiDefinition, IStatusReport } from '../../domain/model';
import { ApprovalPanel } from '../Approval/ApprovalPanel';
import { formatTimestamp } from '../Approval/ApprovalHistory';
import { ConflictDialog } from './ConflictDialog';
import { parseDraft, toDraft } from './draft/convert';
import { getRows } from './draft/rows';
import { browserStorage, DraftStore, draftStorageKey } from './draft/storage';
import type { IFieldError, IReportDraft, RowSection } from './draft/types';
import { ErrorSummary } from './ErrorSummary';
import type { IReportEditorProps } from './IReportEditorProps';
import { chooseAll, deepEqual, diffReports, mergeReports, type MergeChoice } from './merge';
import type { IFormContext } from './sections/formKit';
import { ReportForm } from './sections/Sections';
import styles from './ReportEditor.module.scss';
import { fill, message } from '../../messages';
import { repositoryMessage } from '../../services/repositoryMessage';

const DEFAULT_PERMISSIONS: IUserPermissions = { canRead: true, canEdit: true, canApprove: false, canManageLists: false };

/** Drafts with equal content (row ids are only for the UI and differ between sessions). */
export function sameDraftContent(a: IReportDraft, b: IReportDraft): boolean {
  const strip = (d: IReportDraft): unknown => JSON.parse(JSON.stringify(d, (key: string, value: unknown) => (key === 'id' ? undefined : value)));
  return a === b || deepEqual(strip(a), strip(b));
}

const FIELD_LABELS: Record<string, () => string> = {
  'header.objectTitle': () => message('report.field.object'),
  'header.period': () => message('editor.field.period'),
  'header.coordinator': () => message('report.section.coordinator'),
  'header.mission': () => message('report.section.mission'),
  kpiSectionTitle: () => message('editor.field.kpiSectionTitle'),
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

interface INotice {
  readonly type: MessageBarType;
  readonly text: string;
}

interface IConflict {
  readonly mine: IStatusReport;
  readonly theirs: IEditableReport;
}

/**
 * The report editor: every section, inline validation and an error summary, the draft kept in
 * localStorage while typing, explicit saving through the repository, the conflict dialog, the
 * approval panel, and a guard against leaving with unsaved changes.
 */
export default function ReportEditor(props: IReportEditorProps): JSX.Element {
  const { repository, reportId, locale } = props;
  const now = props.now ?? ((): Date => new Date());
  const [loadError, setLoadError] = React.useState<string | undefined>(undefined);
  const [loaded, setLoaded] = React.useState<IEditableReport | undefined>(undefined);
  const [baseline, setBaseline] = React.useState<IReportDraft | undefined>(undefined);
  const [knownDefinitions, setKnownDefinitions] = React.useState<readonly IKpiDefinition[]>([]);
  const [draft, setDraft] = React.useState<IReportDraft | undefined>(undefined);
  const [permissions, setPermissions] = React.useState<IUserPermissions>(props.permissions ?? DEFAULT_PERMISSIONS);
  const [restoredAt, setRestoredAt] = React.useState<string | undefined>(undefined);
  // The version the draft was started from. A restored draft may be based on an older version
  // than the one loaded: it must not be saved over the newer one unseen (nor lose that fact
  // when it is kept locally again).
  const [draftBaseVersion, setDraftBaseVersion] = React.useState<string | undefined>(undefined);
  const [storageRefused, setStorageRefused] = React.useState(false);
  const [touched, setTouched] = React.useState<Readonly<Record<string, true>>>({});
  const [showAllErrors, setShowAllErrors] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice | undefined>(undefined);
  const [conflict, setConflict] = React.useState<IConflict | undefined>(undefined);
  const [confirmingLeave, setConfirmingLeave] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const [approvalState, setApprovalState] = React.useState<ApprovalState | undefined>(undefined);
  const pendingFocus = React.useRef<string | undefined>(undefined);
  const summaryRef = React.useRef<HTMLDivElement>(null);

  const storageBackend = React.useMemo(() => props.storage ?? browserStorage(), [props.storage]);
  const userKey = props.currentUser.email || props.currentUser.displayName;
  const store = React.useMemo(
    () => (loaded ? new DraftStore(storageBackend, draftStorageKey(loaded.report.header.objectKey, loaded.report.header.period, userKey)) : undefined),
    // The key depends on the report's identity, not on every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [storageBackend, userKey, loaded && loaded.report.header.objectKey, loaded && loaded.report.header.period.year, loaded && loaded.report.header.period.quarter]
  );

  // Load the report (and permissions), then offer any draft this browser kept.
  React.useEffect(() => {
    let current = true;
    const permissionsRequest: Promise<RepositoryResult<IUserPermissions> | undefined> = props.permissions
      ? Promise.resolve(undefined)
      : repository.getPermissions();
    Promise.all([repository.loadReportForEditing(reportId), permissionsRequest])
      .then(([result, perms]) => {
        if (!current) return;
        if (perms && perms.kind === 'ok') setPermissions(perms.value);
        if (result.kind !== 'ok') {
          setLoadError(repositoryMessage(result, locale));
          return;
        }
        const editable = result.value.editable;
        const fresh = toDraft(editable.report, locale);
        const header = editable.report.header;
        const kept = new DraftStore(storageBackend, draftStorageKey(header.objectKey, header.period, userKey)).read();
        setLoaded(editable);
        setBaseline(fresh);
        setKnownDefinitions(result.value.history.map((series) => series.definition));
        if (kept && !sameDraftContent(kept.draft, fresh)) {
          setDraft(kept.draft);
          setRestoredAt(kept.savedAt);
          setDraftBaseVersion(kept.baseVersion);
        } else {
          setDraft(fresh);
          setDraftBaseVersion(editable.version);
        }
      })
      .catch(() => {
        if (current) setLoadError(message('data.error.unexpected'));
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, reportId]);

  const parsed = React.useMemo(() => (draft ? parseDraft(draft, locale) : undefined), [draft, locale]);
  const errorsByPath = React.useMemo(() => {
    const map: Record<string, IFieldError> = {};
    (parsed ? parsed.errors : []).forEach((e) => {
      map[e.path] = e;
    });
    return map;
  }, [parsed]);
  const dirty = !!draft && !!baseline && !sameDraftContent(draft, baseline);
  const staleDraft = !!loaded && draftBaseVersion !== undefined && draftBaseVersion !== loaded.version;

  // Keep the draft in this browser while typing (debounced); forget it once nothing is unsaved.
  const latest = React.useRef<{ draft?: IReportDraft; dirty: boolean; version?: string }>({ dirty: false });
  latest.current = { draft, dirty, version: draftBaseVersion };
  const writeDraft = React.useCallback((): void => {
    const { draft: d, dirty: isDirty, version } = latest.current;
    if (!store || !d || version === undefined) return;
    if (isDirty) {
      if (!store.write({ draft: d, baseVersion: version, savedAt: now().toISOString() })) setStorageRefused(true);
    } else {
      store.clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  React.useEffect(() => {
    if (!draft || !baseline) return undefined;
    const timer = setTimeout(writeDraft, props.autosaveDelayMs ?? 500);
    return () => clearTimeout(timer);
  }, [draft, baseline, writeDraft, props.autosaveDelayMs]);

  // Leaving the page with unsaved changes: keep the draft now and let the browser ask.
  React.useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent): string => {
      writeDraft();
      event.preventDefault();
      event.returnValue = '';
      return '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, writeDraft]);

  React.useEffect(() => {
    if (pendingFocus.current) {
      const element = document.getElementById(pendingFocus.current);
      pendingFocus.current = undefined;
      if (element) element.focus();
    }
  });

  const ctx: IFormContext = React.useMemo(
    () => ({
      update: (change) => setDraft((d) => (d ? change(d) : d)),
      errorFor: (path) => (showAllErrors || touched[path] ? errorsByPath[path] : undefined),
      touch: (path) => setTouched((t) => (t[path] ? t : { ...t, [path]: true })),
      announce: setAnnouncement,
      focusLater: (id) => {
        pendingFocus.current = id;
      },
      readOnly: !permissions.canEdit
    }),
    [showAllErrors, touched, errorsByPath, permissions.canEdit]
  );

  const save = (target: IEditableReport, report: IStatusReport, savedDraft: IReportDraft): void => {
    setSaving(true);
    setNotice(undefined);
    repository
      .saveReport(target, report)
      .then((result) => {
        setSaving(false);
        if (result.kind === 'ok') {
          setLoaded(result.value);
          setBaseline(savedDraft);
          setDraftBaseVersion(result.value.version);
          setRestoredAt(undefined);
          setConflict(undefined);
          // Nothing typed since the save started: the local copy has served its purpose.
          if (store && latest.current.draft === savedDraft) store.clear();
          const saved = message('editor.savedAt', [formatTimestamp(now().toISOString(), locale)]);
          // Saved, but something SharePoint did not take (e.g. the coordinator's person column): say so.
          const warnings = (result.value.warnings ?? []).map((w) => message(w.messageKey));
          setNotice(
            warnings.length > 0
              ? { type: MessageBarType.warning, text: [saved, ...warnings].join(' ') }
              : { type: MessageBarType.success, text: saved }
          );
        } else if (result.kind === 'conflict') {
          setConflict({ mine: result.mine, theirs: result.theirs });
        } else {
          setNotice({ type: MessageBarType.error, text: repositoryMessage(result, locale) });
        }
      })
      .catch(() => {
        setSaving(false);
        setNotice({ type: MessageBarType.error, text: message('data.error.unexpected') });
      });
  };

  const onSave = (): void => {
    if (!draft || !loaded || !parsed) return;
    if (!parsed.report) {
      setShowAllErrors(true);
      // Let the summary render before moving focus to it.
      setTimeout(() => summaryRef.current && summaryRef.current.focus(), 0);
      return;
    }
    if (staleDraft) {
      // Someone saved after this draft was started: compare before anything is written.
      setConflict({ mine: parsed.report, theirs: loaded });
      return;
    }
    save(loaded, parsed.report, draft);
  };

  const resolveWith = (choices: Readonly<Record<string, MergeChoice>>): void => {
    if (!conflict) return;
    const merged = mergeReports(conflict.mine, conflict.theirs.report, choices);
    const mergedDraft = toDraft(merged, locale);
    setDraft(mergedDraft);
    save(conflict.theirs, merged, mergedDraft);
  };

  const takeTheirs = (): void => {
    if (!conflict) return;
    const fresh = toDraft(conflict.theirs.report, locale);
    setLoaded(conflict.theirs);
    setBaseline(fresh);
    setDraft(fresh);
    setConflict(undefined);
    setRestoredAt(undefined);
    setDraftBaseVersion(conflict.theirs.version);
  };

  // A workflow step updates the report header in SharePoint (state, revision, ETag). Reload it so
  // the next save is not taken for a conflict; unsaved typing is left alone (a real conflict then
  // still goes through the dialog).
  const reloadAfterWorkflow = React.useCallback((): void => {
    repository
      .loadReportForEditing(reportId)
      .then((result) => {
        if (result.kind !== 'ok' || latest.current.dirty) return;
        const fresh = toDraft(result.value.editable.report, locale);
        setLoaded(result.value.editable);
        setBaseline(fresh);
        setDraft(fresh);
        setDraftBaseVersion(result.value.editable.version);
      })
      .catch(() => undefined);
  }, [repository, reportId, locale]);

  const requestClose = (): void => {
    if (!props.onClose) return;
    if (dirty) {
      setConfirmingLeave(true);
    } else {
      props.onClose();
    }
  };

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
      <div aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
      {restoredAt ? (
        <MessageBar
          messageBarType={MessageBarType.info}
          actions={
            <DefaultButton
              text={message('editor.draft.discard')}
              onClick={() => {
                if (baseline) setDraft(baseline);
                setRestoredAt(undefined);
                setDraftBaseVersion(loaded.version);
                if (store) store.clear();
              }}
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
        onStateChange={setApprovalState}
        onActionDone={reloadAfterWorkflow}
        onRefresh={reloadAfterWorkflow}
        {...(props.allowSelfApproval !== undefined ? { allowSelfApproval: props.allowSelfApproval } : {})}
      />
      {showAllErrors && errors.length > 0 ? <ErrorSummary ref={summaryRef} errors={errors} labelFor={(path) => labelForPath(path, draft)} /> : undefined}
      <form
        noValidate
        data-approval={approvalState}
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <ReportForm ctx={ctx} draft={draft} knownDefinitions={knownDefinitions} />
        <div className={styles.actions}>
          <p role="status">{saving ? message('editor.saving') : dirty ? message('editor.unsavedChanges') : message('editor.noChanges')}</p>
          {notice ? (
            <MessageBar messageBarType={notice.type} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={message('editor.close')}>
              {notice.text}
            </MessageBar>
          ) : undefined}
          <PrimaryButton type="submit" text={saving ? message('editor.saving') : message('editor.save')} disabled={saving || !permissions.canEdit} />
          {props.onClose ? <DefaultButton text={message('editor.close')} onClick={requestClose} /> : undefined}
        </div>
      </form>
      {conflict ? (
        <ConflictDialog
          // A new conflict (someone saved yet again) starts a fresh comparison.
          key={conflict.theirs.version}
          mine={conflict.mine}
          theirs={conflict.theirs.report}
          busy={saving}
          onKeepMine={() => resolveWith(chooseAll(diffReports(conflict.mine, conflict.theirs.report), 'mine'))}
          onTakeTheirs={takeTheirs}
          onMerge={resolveWith}
          onCancel={() => setConflict(undefined)}
        />
      ) : undefined}
      {confirmingLeave ? (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirmingLeave(false)}
          dialogContentProps={{ type: DialogType.normal, title: message('editor.leave.title'), subText: message('editor.leave.text') }}
          modalProps={{ isBlocking: true, isAlert: false }}
        >
          <DialogFooter>
            <PrimaryButton text={message('editor.leave.stay')} onClick={() => setConfirmingLeave(false)} />
            <DefaultButton
              text={message('editor.leave.confirm')}
              onClick={() => {
                writeDraft();
                setConfirmingLeave(false);
                if (props.onClose) props.onClose();
              }}
            />
          </DialogFooter>
        </Dialog>
      ) : undefined}
    </div>
  );
}
