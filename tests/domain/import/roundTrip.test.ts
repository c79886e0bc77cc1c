import { formatReportText, parseReportText } from '../../../src/domain/import';
import type { IStatusReport } from '../../../src/domain/model';
import { seedReport } from '../../support/seed';
import { setJudgements } from '../../../src/domain/judgement';

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

describe('the judgement block of the text format', () => {
  const judgements = {
    overall: { status: 'attention' as const, comment: 'Utvecklingen väntar på Oracle.\n\nAndra stycket.' },
    dimensions: {
      delivery: { status: 'good' as const, comment: '' },
      economy: { status: 'good' as const, comment: '', carriedOver: true as const },
      resources: { status: 'problem' as const, comment: 'Två delregioner saknas.', carriedOver: true as const },
      risks: { status: 'notAssessed' as const, comment: '' }
    }
  };

  it('writes nothing for the seed, which has none, and reads its absence as no judgements', () => {
    const text = formatReportText(seedReport());
    expect(text).not.toContain('## Bedömning');
    expect(parseReportText(text).report?.judgements).toBeUndefined();
  });

  it('round-trips every status, comments with paragraphs and the not-confirmed mark', () => {
    const report = setJudgements(seedReport(), judgements);
    const text = formatReportText(report);
    expect(text).toContain(
      '## Bedömning\n\n**Samlad bedömning:** Risk för avvikelse\nUtvecklingen väntar på Oracle.\n\nAndra stycket.\n\n**Verksamhet och leverans:** Enligt plan\n\n' +
        '**Ekonomi:** Enligt plan (ej bekräftad)\n\n**Bemanning och resurser:** Avvikelse (ej bekräftad)\nTvå delregioner saknas.\n\n**Risker:** Ej bedömd\n\n## Ansvarig'
    );
    const again = parseReportText(text);
    expect(again.unplaced).toEqual([]);
    expect(again.report).toStrictEqual(report);
  });

  it('lists an unknown status word as an unplaced line and keeps the rest', () => {
    const text = formatReportText(setJudgements(seedReport(), judgements)).replace('**Risker:** Ej bedömd', '**Risker:** Grönt');
    const again = parseReportText(text);
    expect(again.unplaced.map((u) => [u.text, u.reason])).toEqual([['**Risker:** Grönt', 'import.unplaced.unexpectedLine']]);
    expect(again.report?.judgements?.overall.status).toBe('attention');
  });
});
