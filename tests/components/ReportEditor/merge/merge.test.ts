import type { IStatusReport } from '../../../../src/domain/model';
import { chooseAll, deepEqual, diffReports, mergeReports } from '../../../../src/components/ReportEditor/merge';
import { sampleReport } from '../sampleReport';

function withChanges(change: (r: IStatusReport) => IStatusReport): IStatusReport {
  return change(sampleReport());
}

describe('deepEqual', () => {
  it('ignores key order and treats a missing key as undefined', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual('61 829', '61\u00A0829')).toBe(false);
  });
});

describe('diffReports', () => {
  it('finds nothing between equal reports', () => {
    expect(diffReports(sampleReport(), sampleReport())).toEqual([]);
  });

  it('lists each differing field with both versions as text, in report order', () => {
    const mine = withChanges((r) => ({ ...r, header: { ...r.header, mission: 'Mitt uppdrag' }, staffing: { ...r.staffing, fteEnd: 5 } }));
    const theirs = withChanges((r) => ({
      ...r,
      header: { ...r.header, mission: 'Deras uppdrag' },
      problems: [...r.problems, { text: 'Nytt problem', subItems: ['detalj'], status: 'open' }]
    }));
    const diff = diffReports(mine, theirs);
    expect(diff.map((d) => d.id)).toEqual(['header.mission', 'problems', 'staffing.fteEnd']);
    expect(diff[0]).toMatchObject({ labelKey: 'report.section.mission', mine: ['Mitt uppdrag'], theirs: ['Deras uppdrag'] });
    expect(diff[1].theirs.slice(-2)).toEqual(['Nytt problem (open)', '  – detalj']);
    expect(diff[2]).toMatchObject({ mine: ['5'], theirs: ['4'] });
  });

  it('compares KPI rows one by one, matched by definition key', () => {
    const mine = withChanges((r) => ({ ...r, kpis: r.kpis.map((k, i) => (i === 0 ? { ...k, current: { text: '62 000', number: 62000 } } : k)) }));
    const theirs = withChanges((r) => ({ ...r, kpis: r.kpis.map((k, i) => (i === 2 ? { ...k, comment: 'Ny kommentar' } : k)) }));
    const diff = diffReports(mine, theirs);
    expect(diff.map((d) => d.id)).toEqual(['kpis:registered-users', 'kpis:attached-files']);
    expect(diff[0]).toMatchObject({ detail: 'Totalt registrerade användare i SAMSA IT-tjänst', mine: ['62 000 | 52 796'], theirs: ['61 829 | 52 796'] });
  });
});

describe('mergeReports', () => {
  const mine = withChanges((r) => ({
    ...r,
    header: { ...r.header, mission: 'Mitt uppdrag' },
    kpis: r.kpis.map((k, i) => (i === 0 ? { ...k, current: { text: '62 000', number: 62000 } } : k))
  }));
  const theirs = withChanges((r) => ({
    ...r,
    header: { ...r.header, mission: 'Deras uppdrag', approval: 'returned' },
    kpis: r.kpis.map((k, i) => (i === 2 ? { ...k, comment: 'Ny kommentar' } : k)),
    economy: { ...r.economy, assessment: 'attention' }
  }));

  it('takes mine for every field without a choice', () => {
    const merged = mergeReports(mine, theirs, {});
    expect(merged.header.mission).toBe('Mitt uppdrag');
    expect(merged.economy.assessment).toBe('good');
    expect(merged.kpis[2].comment).toBe('Möjlighet att ladda upp PDF-filer som bilagor.');
    // Workflow state is the stored one.
    expect(merged.header.approval).toBe('returned');
  });

  it('takes theirs everywhere with chooseAll(theirs), equal to their report', () => {
    const merged = mergeReports(mine, theirs, chooseAll(diffReports(mine, theirs), 'theirs'));
    expect(deepEqual(merged, theirs)).toBe(true);
  });

  it('keeps my KPI value and their KPI comment when chosen per field', () => {
    const merged = mergeReports(mine, theirs, { 'kpis:attached-files': 'theirs', 'economy.assessment': 'theirs' });
    expect(merged.kpis.map((k) => k.definitionKey)).toEqual(['registered-users', 'share-active-users', 'attached-files']);
    expect(merged.kpis[0].current).toEqual({ text: '62 000', number: 62000 });
    expect(merged.kpis[2].comment).toBe('Ny kommentar');
    expect(merged.economy.assessment).toBe('attention');
    expect(merged.header.mission).toBe('Mitt uppdrag');
    expect(diffReports(merged, mine).map((d) => d.id)).toEqual(['kpis:attached-files', 'economy.assessment']);
  });

  it('removes a KPI row the chosen side does not have, and brings in definitions a chosen row needs', () => {
    const theirsWithNew = withChanges((r) => ({
      ...r,
      kpiDefinitions: [...r.kpiDefinitions, { key: 'mailbox-cases', label: 'Ärenden i funktionsbrevlådan', unit: 'st', category: 'support' }],
      kpis: [...r.kpis.slice(1), { definitionKey: 'mailbox-cases', current: { text: '64 ärenden', number: 64, qualifier: 'ärenden' }, comment: '' }]
    }));
    const merged = mergeReports(sampleReport(), theirsWithNew, { 'kpis:registered-users': 'theirs', 'kpis:mailbox-cases': 'theirs' });
    expect(merged.kpis.map((k) => k.definitionKey)).toEqual(['share-active-users', 'attached-files', 'mailbox-cases']);
    expect(merged.kpiDefinitions.map((d) => d.key)).toContain('mailbox-cases');
  });
});
