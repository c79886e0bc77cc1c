import { IMPORT_MESSAGE_KEYS, parseReportText } from '../../../src/domain/import';
import { readSeedText } from '../support/seed';

const MINIMAL = [
  '# Statusrapport - förvaltningsobjekt i GITS',
  '**Förvaltningsobjekt:** Testobjekt (TEST)',
  '**Kvartal:** Q3 2025',
  '## Ansvarig funktionskoordinator',
  'Test Person.',
  '## Beskrivning av uppdraget',
  'Uppdraget.'
].join('\n');

describe('parseReportText on bad input', () => {
  it.each([[''], ['   \n\n  \t'], [undefined as unknown as string], [42 as unknown as string]])('rejects empty input %p', (input) => {
    expect(parseReportText(input)).toEqual({ unplaced: [], errors: [{ messageKey: 'import.error.empty' }] });
  });

  it('rejects text that is not a report', () => {
    const result = parseReportText('Hej!\nDetta är en inköpslista:\n- mjölk\n- bröd', { year: 2025, quarter: 4 });
    expect(result).toEqual({ unplaced: [], errors: [{ messageKey: 'import.error.notAReport' }] });
    expect(parseReportText('{"json": true}').errors).toEqual([{ messageKey: 'import.error.notAReport' }]);
  });

  it('rejects quarter 5 and impossible years given as options', () => {
    const seed = readSeedText();
    const quarter5 = parseReportText(seed, { year: 2025, quarter: 5 });
    expect(quarter5.report).toBeUndefined();
    expect(quarter5.errors).toEqual([{ messageKey: 'import.error.quarterRange', params: { quarter: '5' } }]);
    expect(parseReportText(seed, { year: 1850, quarter: 4 }).errors).toEqual([{ messageKey: 'import.error.yearRange', params: { year: '1850' } }]);
    expect(parseReportText(seed, { year: Number.NaN, quarter: 4 }).report).toBeUndefined();
  });

  it('rejects quarter 5 written in the text, with its line', () => {
    const result = parseReportText(MINIMAL.replace('Q3 2025', 'Q5 2025'));
    expect(result.report).toBeUndefined();
    expect(result.errors).toEqual([{ messageKey: 'import.error.quarterRange', line: 3, params: { quarter: '5' } }]);
  });

  it('reads a quarter and year the text settles, and reports conflicts with the options', () => {
    const ok = parseReportText(MINIMAL);
    expect(ok.errors).toEqual([]);
    expect(ok.report && ok.report.header.period).toEqual({ year: 2025, quarter: 3 });
    expect(ok.report && ok.report.header.objectKey).toBe('TEST');
    expect(parseReportText(MINIMAL, { quarter: 3, year: 2025 }).errors).toEqual([]);
    expect(parseReportText(MINIMAL, { quarter: 4 }).errors).toEqual([
      { messageKey: 'import.error.quarterConflict', line: 3, params: { text: '3', option: '4' } }
    ]);
    expect(parseReportText(MINIMAL, { year: 2024 }).errors).toEqual([{ messageKey: 'import.error.yearConflict', line: 3, params: { text: '2025', option: '2024' } }]);
  });

  it('asks for a year and an object key when nothing settles them', () => {
    const noYear = MINIMAL.replace('Q3 2025', 'Q3').replace(' (TEST)', '');
    expect(parseReportText(noYear).errors).toEqual([{ messageKey: 'import.error.yearMissing', line: 3 }, { messageKey: 'import.error.objectKeyMissing' }]);
    expect(parseReportText(noYear, { year: 2025, objectKey: 'TEST' }).errors).toEqual([]);
  });

  it('lists every line it cannot place, with line number and reason', () => {
    const text = [
      MINIMAL, // lines 1–7
      '## Okänd rubrik', // 8
      'Något om detta.', // 9
      '## Viktiga händelser under perioden', // 10
      '  - underpunkt utan punkt', // 11
      '- punkt', // 12
      '### underrubrik', // 13
      '## Sammanställning av nyckeltal 2024–2025', // 14
      'Inledande text före tabellen', // 15
      'Område / Nyckeltal\t2025\t\t2024\t\tKommentar', // 16
      '\t5\t\t6\t\t', // 17
      'Rad\t1\tX\t2\t\tKommentar\tY' // 18
    ].join('\n');
    const result = parseReportText(text.replace('**Förvaltningsobjekt:**', 'Lös text\n**Okänd etikett:** x\n**Förvaltningsobjekt:**'));
    expect(result.errors).toEqual([]);
    expect(result.unplaced).toEqual([
      { line: 2, text: 'Lös text', reason: 'import.unplaced.textOutsideSection' },
      { line: 3, text: '**Okänd etikett:** x', reason: 'import.unplaced.unexpectedLine' },
      { line: 10, text: '## Okänd rubrik', reason: 'import.unplaced.unknownSection' },
      { line: 11, text: 'Något om detta.', reason: 'import.unplaced.unknownSection' },
      { line: 13, text: '  - underpunkt utan punkt', reason: 'import.unplaced.subItemWithoutItem' },
      { line: 15, text: '### underrubrik', reason: 'import.unplaced.unexpectedLine' },
      { line: 17, text: 'Inledande text före tabellen', reason: 'import.unplaced.unexpectedLine' },
      { line: 19, text: '\t5\t\t6\t\t', reason: 'import.unplaced.kpiLabelMissing' },
      { line: 20, text: 'X\tY', reason: 'import.unplaced.extraCells' }
    ]);
    const report = result.report;
    expect(report && report.events).toEqual([{ text: 'punkt', subItems: [] }]);
    expect(report && report.kpis).toEqual([
      { definitionKey: 'rad', current: { text: '1', number: 1 }, previous: { text: '2', number: 2 }, comment: 'Kommentar' }
    ]);
  });

  it('makes a paragraph without bullet in a list section an item of its own', () => {
    const result = parseReportText(`${MINIMAL}\n## Planerade aktiviteter\nInledning utan punkt.\n\n- Punkt ett\nfortsätter här`);
    expect(result.report && result.report.activities.map((a) => a.text)).toEqual(['Inledning utan punkt.', 'Punkt ett\nfortsätter här']);
  });

  it('keeps the rows of a second KPI section and lists its heading', () => {
    const table = 'Område / Nyckeltal\t2025\t\t2024\t\tKommentar\nAntal aktiva användare\t5\t\t4\t\t';
    const text = `${MINIMAL}\n## Nyckeltal A\n${table}\nBildtext A\n## Nyckeltal B\n${table}\nBildtext B`;
    const result = parseReportText(text);
    expect(result.unplaced).toEqual([{ line: 12, text: '## Nyckeltal B', reason: 'import.unplaced.duplicateSection' }]);
    const report = result.report;
    expect(report && report.kpiSectionTitle).toBe('Nyckeltal A');
    expect(report && report.kpis.map((k) => k.definitionKey)).toEqual(['active-users', 'active-users-2']);
    expect(report && report.chartCaption).toBe('Bildtext A\n\nBildtext B');
  });

  it('reads en dash and bullet-sign bullets as Word writes them', () => {
    const result = parseReportText(`${MINIMAL}\n## Kommunikationsaktiviteter\n– Ett\n  – Under\n• Två`);
    expect(result.report && result.report.communication).toEqual([
      { text: 'Ett', subItems: ['Under'] },
      { text: 'Två', subItems: [] }
    ]);
  });

  it('exports every key it uses', () => {
    const keys: readonly string[] = IMPORT_MESSAGE_KEYS;
    for (const key of ['import.error.empty', 'import.error.notAReport', 'import.error.quarterMissing', 'import.unplaced.unknownSection', 'import.unplaced.extraCells']) {
      expect(keys).toContain(key);
    }
  });
});
