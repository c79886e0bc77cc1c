/**
 * The editor's state hook: the reducer plus its effects — loading the report and permissions,
 * offering a draft this browser kept, keeping the draft while typing, the leave-page guard,
 * saving with conflict handling, and focus after a render.
 */
import * as React from 'react';
import type { IUserPermissions, RepositoryResult } from '../../../data/repository/IStatusReportRepository';
import type { ApprovalState, IStatusReport } from '../../../domain/model';
import type { IEditableReport } from '../../../data/repository/IStatusReportRepository';
import { formatTimestamp } from '../../Approval/ApprovalHistory';
import { parseDraft, toDraft, type IParseDraftResult } from '../draft/convert';
import { browserStorage, DraftStore, draftStorageKey } from '../draft/storage';
import type { IFieldError, IReportDraft } from '../draft/types';
import type { IReportEditorProps } from '../IReportEditorProps';
import { chooseAll, diffReports, mergeReports, type MergeChoice } from '../merge';
import type { IFormContext } from '../sections/formKit';
import { message } from '../../../messages';
import { repositoryMessage } from '../../../services/repositoryMessage';
import { editorReducer, initialEditorState, isDirty, isStale, type EditorAction, type IEditorState } from './reducer';
import { useBoardServices } from '../../../services/ServicesContext';

const DEFAULT_PERMISSIONS: IUserPermissions = { canRead: true, canEdit: true, canApprove: false, canManageLists: false };

export interface IReportEditorController {
  readonly state: IEditorState;
  readonly dispatch: React.Dispatch<EditorAction>;
  readonly ctx: IFormContext;
  readonly parsed?: IParseDraftResult;
  readonly dirty: boolean;
  readonly summaryRef: React.RefObject<HTMLDivElement>;
  readonly onSave: () => void;
  readonly keepMine: () => void;
  readonly resolveWith: (choices: Readonly<Record<string, MergeChoice>>) => void;
  readonly takeTheirs: () => void;
  readonly reloadAfterWorkflow: () => void;
  readonly requestClose: () => void;
  readonly leaveWithoutSaving: () => void;
  readonly discardRestored: () => void;
  /** Stable: the approval panel reports its state from an effect. */
  readonly onApprovalState: (state: ApprovalState) => void;
}

export function useReportEditorState(props: IReportEditorProps): IReportEditorController {
  const { repository, reportId, locale } = props;
  const now = props.now ?? ((): Date => new Date());
  const [state, dispatch] = React.useReducer(editorReducer, props.permissions ?? DEFAULT_PERMISSIONS, initialEditorState);
  const { loaded, draft, baseline, draftBaseVersion } = state;
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
        if (perms && perms.kind === 'ok') dispatch({ type: 'load/permissions', permissions: perms.value });
        if (result.kind !== 'ok') {
          dispatch({ type: 'load/failed', message: repositoryMessage(result, locale) });
          return;
        }
        const editable = result.value.editable;
        const header = editable.report.header;
        const kept = new DraftStore(storageBackend, draftStorageKey(header.objectKey, header.period, userKey)).read();
        dispatch({
          type: 'load/done',
          editable,
          fresh: toDraft(editable.report, locale),
          knownDefinitions: result.value.history.map((series) => series.definition),
          ...(kept ? { kept } : {})
        });
      })
      .catch(() => {
        if (current) dispatch({ type: 'load/failed', message: message('data.error.unexpected') });
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, reportId]);

  // The board's open assignments as they are now: a draft started before an assignment was
  // given (or closed) lists what is open today. Only where the team may still write.
  const contextBoard = useBoardServices();
  const board = props.board ?? contextBoard;
  const loadedKey = loaded ? `${loaded.id}|${loaded.report.header.approval}` : undefined;
  const canEditNow = state.permissions.canEdit;
  React.useEffect(() => {
    if (!board || !loaded || !canEditNow) return undefined;
    const approval = loaded.report.header.approval;
    if (approval !== 'draft' && approval !== 'returned') return undefined;
    let current = true;
    board.listAssignments(loaded.report.header.objectKey).then(
      (assignments) => {
        if (current) dispatch({ type: 'reportingBack/sync', assignments });
      },
      // Without the board's records the section keeps what the report carries.
      () => undefined
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, loadedKey, canEditNow]);

  const parsed = React.useMemo(() => (draft ? parseDraft(draft, locale) : undefined), [draft, locale]);
  const errorsByPath = React.useMemo(() => {
    const map: Record<string, IFieldError> = {};
    (parsed ? parsed.errors : []).forEach((e) => {
      map[e.path] = e;
    });
    return map;
  }, [parsed]);
  const dirty = isDirty(state);

  // Keep the draft in this browser while typing (debounced); forget it once nothing is unsaved.
  const latest = React.useRef<{ draft?: IReportDraft; dirty: boolean; version?: string }>({ dirty: false });
  latest.current = { draft, dirty, version: draftBaseVersion };
  const writeDraft = React.useCallback((): void => {
    const { draft: d, dirty: unsaved, version } = latest.current;
    if (!store || !d || version === undefined) return;
    if (unsaved) {
      if (!store.write({ draft: d, baseVersion: version, savedAt: now().toISOString() })) dispatch({ type: 'storage/refused' });
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

  const { showAllErrors, touched } = state;
  const canEdit = state.permissions.canEdit;
  const ctx: IFormContext = React.useMemo(
    () => ({
      dispatch,
      errorFor: (path) => (showAllErrors || touched[path] ? errorsByPath[path] : undefined),
      touch: (path) => dispatch({ type: 'field/touch', path }),
      announce: (text) => dispatch({ type: 'announce', text }),
      focusLater: (id) => {
        pendingFocus.current = id;
      },
      readOnly: !canEdit
    }),
    [showAllErrors, touched, errorsByPath, canEdit]
  );

  const save = (target: IEditableReport, report: IStatusReport, savedDraft: IReportDraft): void => {
    dispatch({ type: 'save/start' });
    repository
      .saveReport(target, report)
      .then((result) => {
        if (result.kind === 'ok') {
          const saved = message('editor.savedAt', [formatTimestamp(now().toISOString(), locale)]);
          // Saved, but something SharePoint did not take (e.g. the coordinator's person column): say so.
          const warnings = (result.value.warnings ?? []).map((w) => message(w.messageKey));
          dispatch({
            type: 'save/done',
            editable: result.value,
            savedDraft,
            notice: warnings.length > 0 ? { kind: 'warning', text: [saved, ...warnings].join(' ') } : { kind: 'success', text: saved }
          });
          // Nothing typed since the save started: the local copy has served its purpose.
          if (store && latest.current.draft === savedDraft) store.clear();
        } else if (result.kind === 'conflict') {
          dispatch({ type: 'save/conflict', mine: result.mine, theirs: result.theirs });
        } else {
          dispatch({ type: 'save/failed', notice: { kind: 'error', text: repositoryMessage(result, locale) } });
        }
      })
      .catch(() => {
        dispatch({ type: 'save/failed', notice: { kind: 'error', text: message('data.error.unexpected') } });
      });
  };

  const onSave = (): void => {
    if (!draft || !loaded || !parsed) return;
    if (!parsed.report) {
      dispatch({ type: 'errors/showAll' });
      // Let the summary render before moving focus to it.
      setTimeout(() => summaryRef.current && summaryRef.current.focus(), 0);
      return;
    }
    if (isStale(state)) {
      // Someone saved after this draft was started: compare before anything is written.
      dispatch({ type: 'save/conflict', mine: parsed.report, theirs: loaded });
      return;
    }
    save(loaded, parsed.report, draft);
  };

  const resolveWith = (choices: Readonly<Record<string, MergeChoice>>): void => {
    const conflict = state.conflict;
    if (!conflict) return;
    const merged = mergeReports(conflict.mine, conflict.theirs.report, choices);
    const mergedDraft = toDraft(merged, locale);
    dispatch({ type: 'conflict/resolve', merged: mergedDraft });
    save(conflict.theirs, merged, mergedDraft);
  };

  const keepMine = (): void => {
    const conflict = state.conflict;
    if (conflict) resolveWith(chooseAll(diffReports(conflict.mine, conflict.theirs.report), 'mine'));
  };

  const takeTheirs = (): void => {
    if (state.conflict) dispatch({ type: 'conflict/takeTheirs', fresh: toDraft(state.conflict.theirs.report, locale) });
  };

  // A workflow step updates the report header in SharePoint (state, revision, ETag). Reload it so
  // the next save is not taken for a conflict; unsaved typing is left alone (a real conflict then
  // still goes through the dialog).
  const reloadAfterWorkflow = React.useCallback((): void => {
    repository
      .loadReportForEditing(reportId)
      .then((result) => {
        if (result.kind !== 'ok') return;
        dispatch({ type: 'load/reloaded', editable: result.value.editable, fresh: toDraft(result.value.editable.report, locale) });
      })
      .catch(() => undefined);
  }, [repository, reportId, locale]);

  const requestClose = (): void => {
    if (!props.onClose) return;
    if (dirty) {
      dispatch({ type: 'leave/ask' });
    } else {
      props.onClose();
    }
  };

  const leaveWithoutSaving = (): void => {
    writeDraft();
    dispatch({ type: 'leave/cancel' });
    if (props.onClose) props.onClose();
  };

  const discardRestored = (): void => {
    dispatch({ type: 'restored/discard' });
    if (store) store.clear();
  };

  const onApprovalState = React.useCallback((approval: ApprovalState) => dispatch({ type: 'approval/state', state: approval }), []);

  return {
    state,
    dispatch,
    onApprovalState,
    ctx,
    parsed,
    dirty,
    summaryRef,
    onSave,
    keepMine,
    resolveWith,
    takeTheirs,
    reloadAfterWorkflow,
    requestClose,
    leaveWithoutSaving,
    discardRestored
  };
}
