import { parseDraft, parseFte, parseKpiCell, toDraft, editorPathOf, checkDate } from '../../../../src/components/ReportEditor/draft/convert';
import { addRow, moveRow, removeRow, updateRow } from '../../../../src/components/ReportEditor/draft/rows';
import { DraftStore, draftStorageKey } from '../../../../src/components/ReportEditor/draft/storage';
import type { IReportDraft } from '../../../../src/components/ReportEditor/draft/types';
import { sampleReport } from '../sampleReport';

describe('toDraft / parseDraft', () => {
  it('round-trips a report unchanged', () => {
    const report = sampleReport();
    const result = parseDraft(toDraft(report));
    expect(result.errors).toEqual([]);
    expect(result.report).toEqual(report);
  });

  it('round-trips FTE in the English UI', () => {
    const report = { ...sampleReport(), staffing: { ...sampleReport().staffing, fteStart: 4.5 } };
    const draft = toDraft(report, 'en-US');
    expect(draft.staffing.fteStart).toBe('4.5');
    expect(parseDraft(draft, 'en-US').report).toEqual(report);
    expect(toDraft(report, 'sv-SE').staffing.fteStart).toBe('4,5');
  });

  it('drops the coordinator e-mail when the name is changed', () => {
    const draft = toDraft(sampleReport());
    const edited: IReportDraft = { ...draft, header: { ...draft.header, coordinator: 'Alva Prov' } };
    expect(parseDraft(edited).report?.header.coordinator).toEqual({ displayName: 'Alva Prov' });
  });

  it('reports parse and domain errors against row ids', () => {
    const draft = toDraft(sampleReport());
    const kpiId = draft.kpis[1].id;
    const eventId = draft.events[0].id;
    let edited = updateRow(draft, 'kpis', kpiId, { current: '1' + '0'.repeat(400) });
    edited = updateRow(edited, 'events', eventId, { text: '   ', date: '2025-02-30' });
    edited = { ...edited, staffing: { ...edited.staffing, fteEnd: '-2' }, header: { ...edited.header, period: 'Q5 2025' } };
    const result = parseDraft(edited);
    expect(result.report).toBeUndefined();
    expect(result.errors).toEqual([
      { path: 'header.period', messageKey: 'validation.quarterRange' },
      { path: `events.${eventId}.date`, messageKey: 'validation.dateFormat' },
      { path: `kpis.${kpiId}.current`, messageKey: 'number.outOfRange' },
      { path: `events.${eventId}.text`, messageKey: 'validation.required' },
      { path: 'staffing.fteEnd', messageKey: 'validation.fteRange', params: { min: 0, max: 1000 } }
    ]);
  });

  it('maps domain paths to editor paths', () => {
    const draft = toDraft(sampleReport());
    expect(editorPathOf('kpis[2].current.qualifier', draft)).toBe(`kpis.${draft.kpis[2].id}.current`);
    expect(editorPathOf('economy.items[0].subItems[1]', draft)).toBe(`economy.items.${draft.economy.items[0].id}.subItems`);
    expect(editorPathOf('header.period.year', draft)).toBe('header.period');
    expect(editorPathOf('header.coordinator.displayName', draft)).toBe('header.coordinator');
    expect(editorPathOf('kpiDefinitions[0].key', draft)).toBe('kpiDefinitions.registered-users.label');
  });
});

describe('field parsers', () => {
  it('parses KPI cells as Swedish numbers with words, or keeps text', () => {
    expect(parseKpiCell('61 829')).toEqual({ ok: true, value: { text: '61 829', number: 61829 } });
    expect(parseKpiCell('46,6 %')).toEqual({ ok: true, value: { text: '46,6 %', number: 46.6 } });
    expect(parseKpiCell('1 520 jan–maj')).toEqual({ ok: true, value: { text: '1 520 jan–maj', number: 1520, qualifier: 'jan–maj' } });
    expect(parseKpiCell('Slutfört nov')).toEqual({ ok: true, value: { text: 'Slutfört nov' } });
    expect(parseKpiCell('')).toEqual({ ok: true, value: undefined });
    expect(parseKpiCell('12\n13')).toEqual({ ok: false, messageKey: 'validation.singleLine' });
  });

  it('keeps a stored value while its text is unchanged', () => {
    const original = { text: '46,6 %', number: 46.6 };
    expect(parseKpiCell('46,6 %', original).ok && (parseKpiCell('46,6 %', original) as { value: unknown }).value).toBe(original);
  });

  it('parses FTE in the UI locale, refusing words and percent', () => {
    expect(parseFte('4,5', 'sv-SE')).toEqual({ ok: true, value: 4.5 });
    expect(parseFte('4.5', 'en-US')).toEqual({ ok: true, value: 4.5 });
    expect(parseFte('', 'sv-SE')).toEqual({ ok: true, value: undefined });
    expect(parseFte('4 personer', 'sv-SE')).toEqual({ ok: false, messageKey: 'number.unexpectedText' });
    expect(parseFte('50 %', 'sv-SE')).toEqual({ ok: false, messageKey: 'number.unexpectedText' });
    expect(parseFte('fyra', 'sv-SE')).toEqual({ ok: false, messageKey: 'number.invalid' });
  });

  it('accepts only real calendar dates', () => {
    expect(checkDate('2024-02-29')).toBeUndefined();
    expect(checkDate('2025-02-29')).toBe('validation.dateFormat');
    expect(checkDate('11/9 2025')).toBe('validation.dateFormat');
    expect(checkDate('')).toBeUndefined();
  });
});

describe('row operations', () => {
  it('adds, updates, moves and removes rows without touching the others', () => {
    const draft = toDraft(sampleReport());
    const [a, b] = draft.problems;
    let next = addRow(draft, 'problems');
    expect(next.problems).toHaveLength(3);
    expect(next.problems[2]).toMatchObject({ text: '', status: 'open' });
    next = updateRow(next, 'problems', next.problems[2].id, { text: 'Tredje' });
    next = moveRow(next, 'problems', next.problems[2].id, -1);
    expect(next.problems.map((p) => p.text)).toEqual([a.text, 'Tredje', b.text]);
    expect(moveRow(next, 'problems', a.id, -1)).toBe(next);
    next = removeRow(next, 'problems', a.id);
    expect(next.problems.map((p) => p.text)).toEqual(['Tredje', b.text]);
    next = addRow(next, 'staffing.items');
    expect(next.staffing.items).toHaveLength(2);
    expect(next.events).toBe(draft.events);
  });
});

describe('DraftStore', () => {
  it('keeps one entry per object, quarter and user and survives corrupt data', () => {
    const data = new Map<string, string>();
    const backend = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    const key = draftStorageKey('SHVO', { year: 2025, quarter: 4 }, 'Greta@Example.org');
    expect(key).toBe('gits-statusrapport:draft:v1:SHVO:2025Q4:greta%40example.org');
    const store = new DraftStore(backend, key);
    const entry = { draft: toDraft(sampleReport()), baseVersion: '"3"', savedAt: '2025-12-01T10:00:00.000Z' };
    expect(store.write(entry)).toBe(true);
    expect(store.read()).toEqual(entry);
    data.set(key, '{not json');
    expect(store.read()).toBeUndefined();
    store.clear();
    expect(data.has(key)).toBe(false);
    const full = new DraftStore({ ...backend, setItem: () => { throw new Error('QuotaExceededError'); } }, key);
    expect(full.write(entry)).toBe(false);
  });
});
