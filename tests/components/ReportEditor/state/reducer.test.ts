// The editor's reducer on its own: every action, pure (same input, same output; no mutation).
import { toDraft } from '../../../../src/components/ReportEditor/draft/convert';
import type { IReportDraft } from '../../../../src/components/ReportEditor/draft/types';
import { draftReducer, isDraftAction, type DraftAction } from '../../../../src/components/ReportEditor/state/draftReducer';
import {
  editorReducer,
  initialEditorState,
  isDirty,
  isStale,
  sameDraftContent,
  type EditorAction,
  type IEditorState
} from '../../../../src/components/ReportEditor/state/reducer';
import { definitionKeyFor } from '../../../../src/components/ReportEditor/state/sections/kpis';
import type { IEditableReport, IUserPermissions } from '../../../../src/data/repository/IStatusReportRepository';
import { sampleReport } from '../sampleReport';

const PERMISSIONS: IUserPermissions = { canRead: true, canEdit: true, canApprove: false, canManageLists: false };

function editable(version: string, mission?: string): IEditableReport {
  const report = sampleReport();
  return {
    id: 7,
    report: mission === undefined ? report : { ...report, header: { ...report.header, mission } },
    version,
    revision: 0,
    modified: '2025-12-01T08:00:00Z'
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.keys(value as object).forEach((key) => deepFreeze((value as Record<string, unknown>)[key]));
  }
  return value;
}

/** Applies the action to a frozen copy: a reducer that mutates its input throws here. */
function apply(draft: IReportDraft, action: DraftAction): IReportDraft {
  return draftReducer(deepFreeze(JSON.parse(JSON.stringify(draft)) as IReportDraft), action);
}

function loadedState(): IEditorState {
  const e = editable('"1"');
  return reduce(initialEditorState(PERMISSIONS), { type: 'load/done', editable: e, fresh: toDraft(e.report), knownDefinitions: [] });
}

function reduce(state: IEditorState, ...actions: EditorAction[]): IEditorState {
  return actions.reduce((s, a) => editorReducer(deepFreeze(s), a), state);
}

describe('draftReducer (one reducer per section)', () => {
  const draft = toDraft(sampleReport());

  it('header/set changes only the given header fields', () => {
    const next = apply(draft, { type: 'header/set', patch: { mission: 'Nytt uppdrag', period: 'Q1 2026' } });
    expect(next.header.mission).toBe('Nytt uppdrag');
    expect(next.header.period).toBe('Q1 2026');
    expect(next.header.coordinator).toBe(draft.header.coordinator);
    expect(next.events).toEqual(draft.events);
  });

  it('rows/add appends an empty row with the id from the action, per section', () => {
    expect(apply(draft, { type: 'rows/add', section: 'events', id: 'x1' }).events.slice(-1)[0]).toEqual({ id: 'x1', text: '', subItems: '', date: '' });
    expect(apply(draft, { type: 'rows/add', section: 'problems', id: 'x2' }).problems.slice(-1)[0]).toEqual({ id: 'x2', text: '', subItems: '', status: 'open' });
    expect(apply(draft, { type: 'rows/add', section: 'activities', id: 'x3' }).activities.slice(-1)[0]).toEqual({ id: 'x3', text: '', subItems: '', status: 'planned' });
    expect(apply(draft, { type: 'rows/add', section: 'kpis', id: 'x4' }).kpis.slice(-1)[0]).toEqual({
      id: 'x4',
      definitionKey: 'registered-users',
      current: '',
      previous: '',
      comment: ''
    });
    expect(apply(draft, { type: 'rows/add', section: 'meetings', id: 'x5' }).meetings.slice(-1)[0]).toEqual({ id: 'x5', type: '', current: '', previous: '', purpose: '' });
    const economy = apply(draft, { type: 'rows/add', section: 'economy.items', id: 'x6' });
    expect(economy.economy.items.map((r) => r.id).slice(-1)).toEqual(['x6']);
    expect(economy.economy.assessment).toBe(draft.economy.assessment);
    expect(apply(draft, { type: 'rows/add', section: 'staffing.items', id: 'x7' }).staffing.items.slice(-1)[0]).toEqual({ id: 'x7', text: '', subItems: '' });
    expect(apply(draft, { type: 'rows/add', section: 'communication', id: 'x8' }).communication).toHaveLength(draft.communication.length + 1);
  });

  it('rows/update patches one row and keeps its id', () => {
    const id = draft.events[1].id;
    const next = apply(draft, { type: 'rows/update', section: 'events', id, patch: { date: '2025-10-01', id: 'other' } });
    expect(next.events[1]).toEqual({ ...draft.events[1], date: '2025-10-01' });
    expect(next.events[0]).toEqual(draft.events[0]);
  });

  it('rows/remove and rows/move reorder by id; a move past an end leaves the draft as it was', () => {
    const [a, b] = draft.problems;
    expect(apply(draft, { type: 'rows/remove', section: 'problems', id: a.id }).problems.map((r) => r.id)).toEqual([b.id]);
    expect(apply(draft, { type: 'rows/move', section: 'problems', id: b.id, delta: -1 }).problems.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(apply(draft, { type: 'rows/move', section: 'problems', id: a.id, delta: -1 }).problems).toEqual(draft.problems);
  });

  it('kpis/setSectionTitle and kpis/setChartCaption set the texts as typed', () => {
    expect(apply(draft, { type: 'kpis/setSectionTitle', value: ' Nyckeltal 2025 ' }).kpiSectionTitle).toBe(' Nyckeltal 2025 ');
    expect(apply(draft, { type: 'kpis/setChartCaption', value: 'Bildtext' }).chartCaption).toBe('Bildtext');
  });

  it('kpis/chooseDefinition points a row to a definition and brings a known one into the report once', () => {
    const rowId = draft.kpis[0].id;
    const known = { key: 'newsletters', label: 'Antal nyhetsbrev', unit: 'st', category: 'communication' as const };
    const next = apply(draft, { type: 'kpis/chooseDefinition', rowId, key: 'newsletters', known });
    expect(next.kpis[0].definitionKey).toBe('newsletters');
    expect(next.kpiDefinitions.map((d) => d.key)).toEqual([...draft.kpiDefinitions.map((d) => d.key), 'newsletters']);
    const twice = draftReducer(next, { type: 'kpis/chooseDefinition', rowId: next.kpis[1].id, key: 'newsletters', known });
    expect(twice.kpiDefinitions).toHaveLength(next.kpiDefinitions.length);
    const plain = apply(draft, { type: 'kpis/chooseDefinition', rowId, key: 'attached-files' });
    expect(plain.kpis[0].definitionKey).toBe('attached-files');
    expect(plain.kpiDefinitions).toEqual(draft.kpiDefinitions);
  });

  it('kpis/createDefinition adds a definition with a unique ASCII key, chosen for the row when given', () => {
    const rowId = draft.kpis[1].id;
    const next = apply(draft, { type: 'kpis/createDefinition', label: 'Antalet bifogade filer', unit: 'st', category: 'usage', rowId });
    expect(next.kpiDefinitions.slice(-1)[0]).toEqual({ key: 'antalet-bifogade-filer', label: 'Antalet bifogade filer', unit: 'st', category: 'usage' });
    expect(next.kpis[1].definitionKey).toBe('antalet-bifogade-filer');
    const again = draftReducer(next, { type: 'kpis/createDefinition', label: 'Antalet bifogade filer', unit: '', category: 'other' });
    expect(again.kpiDefinitions.slice(-1)[0].key).toBe('antalet-bifogade-filer-2');
    expect(again.kpis).toEqual(next.kpis);
    expect(definitionKeyFor('Möten å ö é!', [])).toBe('moten-a-o-e');
    expect(definitionKeyFor('%%%', [])).toBe('kpi');
  });

  it('economy/setAssessment and staffing/set change those fields only', () => {
    const economy = apply(draft, { type: 'economy/setAssessment', assessment: 'problem' });
    expect(economy.economy).toEqual({ items: draft.economy.items, assessment: 'problem' });
    expect(economy.judgements.economy).toEqual({ status: 'problem', comment: '' });
    const staffing = apply(draft, { type: 'staffing/set', patch: { fteEnd: '4,5' } });
    expect(staffing.staffing).toEqual({ ...draft.staffing, fteEnd: '4,5' });
  });

  it('judgements/setStatus and setComment set one judgement and confirm it; the economy follows its assessment', () => {
    const carried: IReportDraft = {
      ...draft,
      judgements: { ...draft.judgements, overall: { status: 'attention', comment: 'Förra kvartalet.', carriedOver: true } }
    };
    const status = apply(carried, { type: 'judgements/setStatus', target: 'overall', status: 'problem' });
    expect(status.judgements.overall).toEqual({ status: 'problem', comment: 'Förra kvartalet.' });
    expect(status.judgements.delivery).toEqual(carried.judgements.delivery);
    const comment = apply(carried, { type: 'judgements/setComment', target: 'overall', comment: 'Nytt.' });
    expect(comment.judgements.overall).toEqual({ status: 'attention', comment: 'Nytt.' });
    const economy = apply(draft, { type: 'judgements/setStatus', target: 'economy', status: 'attention' });
    expect(economy.judgements.economy.status).toBe('attention');
    expect(economy.economy.assessment).toBe('attention');
    const back = apply(economy, { type: 'economy/setAssessment', assessment: 'problem' });
    expect(back.judgements.economy.status).toBe('problem');
  });

  it('judgements/confirm and confirmAll drop the carried-over mark only', () => {
    const carried: IReportDraft = {
      ...draft,
      judgements: {
        ...draft.judgements,
        overall: { status: 'attention', comment: 'Förra kvartalet.', carriedOver: true },
        risks: { status: 'good', comment: '', carriedOver: true }
      }
    };
    const one = apply(carried, { type: 'judgements/confirm', target: 'overall' });
    expect(one.judgements.overall).toEqual({ status: 'attention', comment: 'Förra kvartalet.' });
    expect(one.judgements.risks.carriedOver).toBe(true);
    expect(apply(draft, { type: 'judgements/confirm', target: 'risks' })).toEqual(draft);
    const all = apply(carried, { type: 'judgements/confirmAll' });
    expect(Object.values(all.judgements).some((j) => j.carriedOver)).toBe(false);
    expect(all.judgements.risks).toEqual({ status: 'good', comment: '' });
  });

  it('kpis/setHeadline stores the chosen headline KPIs in order', () => {
    expect(draft.headlineKpis).toBeUndefined();
    expect(apply(draft, { type: 'kpis/setHeadline', keys: ['attached-files', 'registered-users'] }).headlineKpis).toEqual(['attached-files', 'registered-users']);
  });

  it('tells draft actions from session actions', () => {
    expect(isDraftAction({ type: 'rows/add' })).toBe(true);
    expect(isDraftAction({ type: 'header/set' })).toBe(true);
    expect(isDraftAction({ type: 'judgements/confirm' })).toBe(true);
    expect(isDraftAction({ type: 'save/start' })).toBe(false);
    expect(isDraftAction({ type: 'load/done' })).toBe(false);
  });
});

describe('editorReducer (the session)', () => {
  it('starts empty with the given permissions, and a draft action before loading changes nothing', () => {
    const start = initialEditorState(PERMISSIONS);
    expect(start).toEqual({
      knownDefinitions: [],
      permissions: PERMISSIONS,
      storageRefused: false,
      touched: {},
      showAllErrors: false,
      saving: false,
      confirmingLeave: false,
      announcement: ''
    });
    expect(editorReducer(start, { type: 'header/set', patch: { mission: 'x' } })).toBe(start);
  });

  it('load/failed, load/permissions', () => {
    const start = initialEditorState(PERMISSIONS);
    expect(reduce(start, { type: 'load/failed', message: 'Rapporten finns inte.' }).loadError).toBe('Rapporten finns inte.');
    const readOnly = { ...PERMISSIONS, canEdit: false };
    expect(reduce(start, { type: 'load/permissions', permissions: readOnly }).permissions).toBe(readOnly);
  });

  it('load/done takes the stored report, or a kept draft that differs, with its base version and time', () => {
    const state = loadedState();
    expect(state.draft).toBe(state.baseline);
    expect(state.draftBaseVersion).toBe('"1"');
    expect(state.restoredAt).toBeUndefined();
    expect(isDirty(state)).toBe(false);

    const e = editable('"2"');
    const fresh = toDraft(e.report);
    const keptDraft = { ...toDraft(e.report), header: { ...fresh.header, mission: 'Ej sparat' } };
    const restored = reduce(initialEditorState(PERMISSIONS), {
      type: 'load/done',
      editable: e,
      fresh,
      knownDefinitions: [{ key: 'k', label: 'K', unit: '', category: 'other' }],
      kept: { draft: keptDraft, baseVersion: '"1"', savedAt: '2025-12-01T10:00:00Z' }
    });
    expect(restored.draft).toBe(keptDraft);
    expect(restored.restoredAt).toBe('2025-12-01T10:00:00Z');
    expect(restored.knownDefinitions.map((d) => d.key)).toEqual(['k']);
    expect(isDirty(restored)).toBe(true);
    expect(isStale(restored)).toBe(true);

    // A kept draft equal in content (other row ids) is not offered.
    const same = reduce(initialEditorState(PERMISSIONS), {
      type: 'load/done',
      editable: e,
      fresh,
      knownDefinitions: [],
      kept: { draft: toDraft(e.report), baseVersion: '"1"', savedAt: '2025-12-01T10:00:00Z' }
    });
    expect(same.draft).toBe(fresh);
    expect(same.restoredAt).toBeUndefined();
    expect(isStale(same)).toBe(false);
  });

  it('restored/discard goes back to the stored version', () => {
    const e = editable('"2"');
    const fresh = toDraft(e.report);
    const state = reduce(
      initialEditorState(PERMISSIONS),
      { type: 'load/done', editable: e, fresh, knownDefinitions: [], kept: { draft: { ...fresh, chartCaption: 'x' }, baseVersion: '"1"', savedAt: 't' } },
      { type: 'restored/discard' }
    );
    expect(state.draft).toBe(fresh);
    expect(state.restoredAt).toBeUndefined();
    expect(state.draftBaseVersion).toBe('"2"');
  });

  it('draft actions change the draft and make it dirty; load/reloaded keeps unsaved typing', () => {
    const typed = reduce(loadedState(), { type: 'header/set', patch: { mission: 'Ändrat' } });
    expect(typed.draft?.header.mission).toBe('Ändrat');
    expect(isDirty(typed)).toBe(true);
    const reloaded = reduce(typed, { type: 'load/reloaded', editable: editable('"3"'), fresh: toDraft(sampleReport()) });
    expect(reloaded).toBe(typed);
    const clean = loadedState();
    const e = editable('"3"', 'Nytt från SharePoint');
    const fresh = toDraft(e.report);
    const taken = reduce(clean, { type: 'load/reloaded', editable: e, fresh });
    expect(taken.draft).toBe(fresh);
    expect(taken.loaded).toBe(e);
    expect(taken.draftBaseVersion).toBe('"3"');
  });

  it('storage/refused, field/touch, errors/showAll, announce, approval/state', () => {
    const state = reduce(
      loadedState(),
      { type: 'storage/refused' },
      { type: 'field/touch', path: 'header.mission' },
      { type: 'field/touch', path: 'header.mission' },
      { type: 'field/touch', path: 'staffing.fteEnd' },
      { type: 'errors/showAll' },
      { type: 'announce', text: 'Problem 3 har lagts till.' },
      { type: 'approval/state', state: 'pending' }
    );
    expect(state.storageRefused).toBe(true);
    expect(state.touched).toEqual({ 'header.mission': true, 'staffing.fteEnd': true });
    expect(state.showAllErrors).toBe(true);
    expect(state.announcement).toBe('Problem 3 har lagts till.');
    expect(state.approvalState).toBe('pending');
    const touched = reduce(state, { type: 'field/touch', path: 'header.mission' });
    expect(touched.touched).toBe(state.touched);
  });

  it('save/start, save/done: the saved draft becomes the baseline and the new version the base', () => {
    const typed = reduce(loadedState(), { type: 'header/set', patch: { mission: 'Ändrat' } }, { type: 'save/start' });
    expect(typed.saving).toBe(true);
    expect(typed.notice).toBeUndefined();
    const saved = reduce(typed, {
      type: 'save/done',
      editable: editable('"2"', 'Ändrat'),
      savedDraft: typed.draft as IReportDraft,
      notice: { kind: 'success', text: 'Sparad 10:00' }
    });
    expect(saved.saving).toBe(false);
    expect(saved.baseline).toBe(typed.draft);
    expect(saved.draftBaseVersion).toBe('"2"');
    expect(isDirty(saved)).toBe(false);
    expect(saved.notice).toEqual({ kind: 'success', text: 'Sparad 10:00' });
    expect(reduce(saved, { type: 'notice/dismiss' }).notice).toBeUndefined();
  });

  it('save/failed keeps the draft and shows the error', () => {
    const typed = reduce(loadedState(), { type: 'header/set', patch: { mission: 'Ändrat' } }, { type: 'save/start' });
    const failed = reduce(typed, { type: 'save/failed', notice: { kind: 'error', text: 'Du saknar behörighet.' } });
    expect(failed.saving).toBe(false);
    expect(failed.draft).toBe(typed.draft);
    expect(failed.notice).toEqual({ kind: 'error', text: 'Du saknar behörighet.' });
  });

  it('save/conflict, conflict/resolve, conflict/takeTheirs, conflict/cancel', () => {
    const typed = reduce(loadedState(), { type: 'header/set', patch: { mission: 'Mitt' } }, { type: 'save/start' });
    const theirs = editable('"2"', 'Deras');
    const conflict = reduce(typed, { type: 'save/conflict', mine: sampleReport(), theirs });
    expect(conflict.saving).toBe(false);
    expect(conflict.conflict?.theirs).toBe(theirs);
    expect(reduce(conflict, { type: 'conflict/cancel' }).conflict).toBeUndefined();
    const merged = toDraft(theirs.report);
    const resolved = reduce(conflict, { type: 'conflict/resolve', merged });
    expect(resolved.draft).toBe(merged);
    expect(resolved.conflict).toBe(conflict.conflict);
    const fresh = toDraft(theirs.report);
    const taken = reduce(conflict, { type: 'conflict/takeTheirs', fresh });
    expect(taken.conflict).toBeUndefined();
    expect(taken.loaded).toBe(theirs);
    expect(taken.draft).toBe(fresh);
    expect(taken.baseline).toBe(fresh);
    expect(taken.draftBaseVersion).toBe('"2"');
    expect(isDirty(taken)).toBe(false);
    expect(reduce(typed, { type: 'conflict/takeTheirs', fresh })).toBe(typed);
  });

  it('leave/ask and leave/cancel open and close the leave dialog', () => {
    const asked = reduce(loadedState(), { type: 'leave/ask' });
    expect(asked.confirmingLeave).toBe(true);
    expect(reduce(asked, { type: 'leave/cancel' }).confirmingLeave).toBe(false);
  });

  it('sameDraftContent ignores row ids only', () => {
    const a = toDraft(sampleReport());
    const b = toDraft(sampleReport());
    expect(a.events[0].id).not.toBe(b.events[0].id);
    expect(sameDraftContent(a, b)).toBe(true);
    expect(sameDraftContent(a, { ...b, chartCaption: `${b.chartCaption} ` })).toBe(false);
  });
});
