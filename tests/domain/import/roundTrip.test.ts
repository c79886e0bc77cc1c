import { formatReportText, parseReportText } from '../../../src/domain/import';
import type { IStatusReport } from '../../../src/domain/model';
import { seedReport } from '../support/seed';

describe('formatReportText / parseReportText round trip', () => {
  it('gives the seed report back exactly', () => {
    const report = seedReport();
    const text = formatReportText(report);
    const again = parseReportText(text);
    expect(again.errors).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.report).toStrictEqual(report);
  });

  it('is stable: formatting the re-parsed seed gives the same text', () => {
    const text = formatReportText(seedReport());
    const again = parseReportText(text);
    expect(again.report && formatReportText(again.report)).toBe(text);
  });

  it('writes the settled quarter and the seed table layout', () => {
    const text = formatReportText(seedReport());
    expect(text).toContain('**Kvartal:** Q4 2025 (okt–dec)\n');
    expect(text).toContain('\nGisella Koutsiou.\n');
    expect(text).toContain('\nTotalt registrerade användare i SAMSA IT-tjänst\t61 829\t\t52 796\t\t\n');
    expect(text).toContain('\nTyp av möte/samverkan\tFrekvens/period och deltagare\t\t\t\tInnehåll/syfte\n\t2025\t\t2024\t\t\n');
    expect(text).toContain('\n- VVG har under året tagit beslut om reviderade riktlinjer och rutiner. Under hösten har aktuella uppdateringar genomförts:\n  - Lathund');
  });

  it('round-trips a report using the parts the seed does not: e-mail, assessment, paragraphs, wrapped bullets', () => {
    const report: IStatusReport = {
      header: {
        objectKey: 'ABC',
        objectTitle: 'Ett annat objekt (ABC)',
        period: { year: 2026, quarter: 2 },
        coordinator: { displayName: 'Alva Prov Jr.', email: 'alva.prov@example.org' },
        mission: 'Första stycket.\nSamma stycke, ny rad.\n\nAndra stycket.',
        approval: 'draft'
      },
      events: [{ text: 'Händelse på två rader\nandra raden', subItems: ['Under', 'Under två\nmed fortsättning'] }],
      kpiSectionTitle: 'Nyckeltal 2025–2026',
      kpiDefinitions: [
        { key: 'registered-users', label: 'Totalt registrerade användare', unit: 'st', category: 'users' },
        { key: 'egen-rad', label: 'Egen rad', unit: '', category: 'other' },
        { key: 'egen-rad-2', label: 'Egen rad', unit: '', category: 'other' }
      ],
      kpis: [
        { definitionKey: 'registered-users', current: { text: '1 000', number: 1000 }, comment: 'Kommentar' },
        { definitionKey: 'egen-rad', previous: { text: '−3', number: -3 }, comment: '' },
        { definitionKey: 'egen-rad-2', current: { text: 'Klart' }, comment: '' }
      ],
      meetings: [],
      chartCaption: 'Bildtext.\n\nAndra stycket.',
      problems: [],
      activities: [{ text: 'Aktivitet', subItems: [], status: 'planned' }],
      economy: { items: [{ text: 'Budgeten håller.', subItems: [] }], assessment: 'attention' },
      staffing: { fteStart: 2.5, fteEnd: 3, items: [{ text: 'Bemanningen har ökat från 2,5 till 3 årsarbetare.', subItems: [] }] },
      communication: []
    };
    const text = formatReportText(report);
    const again = parseReportText(text);
    expect(again.errors).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.report).toStrictEqual(report);
  });
});
