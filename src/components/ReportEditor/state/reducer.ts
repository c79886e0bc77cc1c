/**
 * The editor's whole state and every change to it, as one pure reducer: loading, the draft
 * (delegated to the section reducers), touched fields, saving, conflicts, notices and dialogs.
 * Effects (requests, localStorage, timers, focus) live in useReportEditorState.
 */
import type { IEditableReport, IUserPermissions } from '../../../data/repository/IStatusReportRepository';
import type { ApprovalState, IKpiDefinition, IStatusReport } from '../../../domain/model';
import type { IStoredDraft } from '../draft/storage';
import type { IReportDraft } from '../draft/types';
import { deepEqual } from '../merge';
import { draftReducer, isDraftAction, type DraftAction } from './draftReducer';

export interface INotice {
  readonly kind: 'success' | 'warning' | 'error';
  readonly text: string;
}

export interface IConflict {
  readonly mine: IStatusReport;
  readonly theirs: IEditableReport;
}

export interface IEditorState {
  readonly loadError?: string;
  readonly loaded?: IEditableReport;
  /** The draft of the stored version: what "unsaved changes" is measured against. */
  readonly baseline?: IReportDraft;
  readonly knownDefinitions: readonly IKpiDefinition[];
  readonly draft?: IReportDraft;
  readonly permissions: IUserPermissions;
  /** When a draft kept in this browser was restored: the time it was kept. */
  readonly restoredAt?: string;
  /**
   * The version the draft was started from. A restored draft may be based on an older version
   * than the one loaded: it must not be saved over the newer one unseen (nor lose that fact
   * when it is kept locally again).
   */
  readonly draftBaseVersion?: string;
  readonly storageRefused: boolean;
  readonly touched: Readonly<Record<string, true>>;
  readonly showAllErrors: boolean;
  readonly saving: boolean;
  readonly notice?: INotice;
  readonly conflict?: IConflict;
  readonly confirmingLeave: boolean;
  readonly announcement: string;
  readonly approvalState?: ApprovalState;
}

export type SessionAction =
  | { readonly type: 'load/failed'; readonly message: string }
  | { readonly type: 'load/permissions'; readonly permissions: IUserPermissions }
  | {
      readonly type: 'load/done';
      readonly editable: IEditableReport;
      readonly fresh: IReportDraft;
      readonly knownDefinitions: readonly IKpiDefinition[];
      readonly kept?: IStoredDraft;
    }
  /** The header changed in SharePoint (a workflow step): taken unless there is unsaved typing. */
  | { readonly type: 'load/reloaded'; readonly editable: IEditableReport; readonly fresh: IReportDraft }
  | { readonly type: 'restored/discard' }
  | { readonly type: 'storage/refused' }
  | { readonly type: 'field/touch'; readonly path: string }
  | { readonly type: 'errors/showAll' }
  | { readonly type: 'save/start' }
  | { readonly type: 'save/done'; readonly editable: IEditableReport; readonly savedDraft: IReportDraft; readonly notice: INotice }
  | { readonly type: 'save/conflict'; readonly mine: IStatusReport; readonly theirs: IEditableReport }
  | { readonly type: 'save/failed'; readonly notice: INotice }
  | { readonly type: 'conflict/resolve'; readonly merged: IReportDraft }
  | { readonly type: 'conflict/takeTheirs'; readonly fresh: IReportDraft }
  | { readonly type: 'conflict/cancel' }
  | { readonly type: 'notice/dismiss' }
  | { readonly type: 'leave/ask' }
  | { readonly type: 'leave/cancel' }
  | { readonly type: 'announce'; readonly text: string }
  | { readonly type: 'approval/state'; readonly state: ApprovalState };

export type EditorAction = SessionAction | DraftAction;

export function initialEditorState(permissions: IUserPermissions): IEditorState {
  return {
    knownDefinitions: [],
    permissions,
    storageRefused: false,
    touched: {},
    showAllErrors: false,
    saving: false,
    confirmingLeave: false,
    announcement: ''
  };
}

/** Drafts with equal content (row ids are only for the UI and differ between sessions). */
export function sameDraftContent(a: IReportDraft, b: IReportDraft): boolean {
  const strip = (d: IReportDraft): unknown => JSON.parse(JSON.stringify(d, (key: string, value: unknown) => (key === 'id' ? undefined : value)));
  return a === b || deepEqual(strip(a), strip(b));
}

export function isDirty(state: IEditorState): boolean {
  return !!state.draft && !!state.baseline && !sameDraftContent(state.draft, state.baseline);
}

/** The draft was started from an older version than the one loaded. */
export function isStale(state: IEditorState): boolean {
  return !!state.loaded && state.draftBaseVersion !== undefined && state.draftBaseVersion !== state.loaded.version;
}

function sessionReducer(state: IEditorState, action: SessionAction): IEditorState {
  switch (action.type) {
    case 'load/failed':
      return { ...state, loadError: action.message };
    case 'load/permissions':
      return { ...state, permissions: action.permissions };
    case 'load/done': {
      const base = { ...state, loaded: action.editable, baseline: action.fresh, knownDefinitions: action.knownDefinitions };
      const kept = action.kept;
      return kept && !sameDraftContent(kept.draft, action.fresh)
        ? { ...base, draft: kept.draft, restoredAt: kept.savedAt, draftBaseVersion: kept.baseVersion }
        : { ...base, draft: action.fresh, draftBaseVersion: action.editable.version };
    }
    case 'load/reloaded':
      return isDirty(state)
        ? state
        : { ...state, loaded: action.editable, baseline: action.fresh, draft: action.fresh, draftBaseVersion: action.editable.version };
    case 'restored/discard':
      return { ...state, draft: state.baseline, restoredAt: undefined, draftBaseVersion: state.loaded ? state.loaded.version : state.draftBaseVersion };
    case 'storage/refused':
      return state.storageRefused ? state : { ...state, storageRefused: true };
    case 'field/touch':
      return state.touched[action.path] ? state : { ...state, touched: { ...state.touched, [action.path]: true } };
    case 'errors/showAll':
      return { ...state, showAllErrors: true };
    case 'save/start':
      return { ...state, saving: true, notice: undefined };
    case 'save/done':
      return {
        ...state,
        saving: false,
        loaded: action.editable,
        baseline: action.savedDraft,
        draftBaseVersion: action.editable.version,
        restoredAt: undefined,
        conflict: undefined,
        notice: action.notice
      };
    case 'save/conflict':
      return { ...state, saving: false, conflict: { mine: action.mine, theirs: action.theirs } };
    case 'save/failed':
      return { ...state, saving: false, notice: action.notice };
    case 'conflict/resolve':
      return { ...state, draft: action.merged };
    case 'conflict/takeTheirs': {
      if (!state.conflict) return state;
      const theirs = state.conflict.theirs;
      return {
        ...state,
        loaded: theirs,
        baseline: action.fresh,
        draft: action.fresh,
        conflict: undefined,
        restoredAt: undefined,
        draftBaseVersion: theirs.version
      };
    }
    case 'conflict/cancel':
      return { ...state, conflict: undefined };
    case 'notice/dismiss':
      return { ...state, notice: undefined };
    case 'leave/ask':
      return { ...state, confirmingLeave: true };
    case 'leave/cancel':
      return { ...state, confirmingLeave: false };
    case 'announce':
      return state.announcement === action.text ? state : { ...state, announcement: action.text };
    case 'approval/state':
      return state.approvalState === action.state ? state : { ...state, approvalState: action.state };
  }
}

export function editorReducer(state: IEditorState, action: EditorAction): IEditorState {
  if (isDraftAction(action)) {
    return state.draft ? { ...state, draft: draftReducer(state.draft, action) } : state;
  }
  return sessionReducer(state, action);
}
