import { labelForPath, sameDraftContent } from '../../../src/components/ReportEditor/ReportEditor';
import { toDraft } from '../../../src/components/ReportEditor/draft/convert';
import { sampleReport } from './sampleReport';

jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

describe('labelForPath (error summary names)', () => {
  const draft = toDraft(sampleReport());

  it('names header and top-level fields by their labels', () => {
    expect(labelForPath('header.coordinator', draft)).toBe('Ansvarig funktionskoordinator');
    expect(labelForPath('staffing.fteStart', draft)).toBe('Årsarbetare vid periodens början');
  });

  it('names row fields by row number and field, per section', () => {
    expect(labelForPath(`problems.${draft.problems[1].id}.text`, draft)).toBe('Problem 2 – Text');
    expect(labelForPath(`kpis.${draft.kpis[0].id}.current`, draft)).toBe('Nyckeltal 1 – I år');
    expect(labelForPath(`meetings.${draft.meetings[1].id}.current`, draft)).toBe('Möte 2 – Frekvens och deltagare i år');
    expect(labelForPath(`economy.items.${draft.economy.items[0].id}.subItems`, draft)).toBe('Punkt 1 – Underpunkter (en per rad)');
    expect(labelForPath('kpiDefinitions.attached-files.label', draft)).toBe('Antalet bifogade filer – Nyckeltalets namn');
  });
});

describe('sameDraftContent', () => {
  it('ignores row ids but not content', () => {
    const a = toDraft(sampleReport());
    const b = toDraft(sampleReport());
    expect(a.events[0].id).not.toBe(b.events[0].id);
    expect(sameDraftContent(a, b)).toBe(true);
    expect(sameDraftContent(a, { ...b, chartCaption: b.chartCaption + ' ' })).toBe(false);
  });
});
