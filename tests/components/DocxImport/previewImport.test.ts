jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import { exportReportToDocx, MAX_DOCX_BYTES } from '../../../src/docx';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/components/DocxImport/importTypes';
import { previewImport } from '../../../src/components/DocxImport/previewImport';
import { importFileKind, importMessage, whereText } from '../../../src/components/DocxImport';
import { seedReport, seedText } from '../../docx/support/seed';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('previewImport', () => {
  it("checks the file size against the Word reader's own limit", () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(MAX_DOCX_BYTES);
  });

  it('a Word document that settles everything: settled values, and choices for them are not passed on', async () => {
    const bytes = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
    const preview = previewImport('docx', bytes, { year: 2019, quarter: 2 });
    expect(preview.settled).toEqual({ year: 2025, quarter: 4, objectKey: 'SHVO' });
    expect(preview.errors).toEqual([]);
    expect(preview.report).toEqual(seedReport());
  });

  it('the object the user picks wins over the one in the title', async () => {
    const bytes = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
    const preview = previewImport('docx', bytes, { objectKey: ' ALFA ' });
    expect(preview.settled.objectKey).toBe('SHVO');
    expect(preview.report?.header.objectKey).toBe('ALFA');
  });

  it('a text that leaves year, quarter and object open: nothing settled, the choices fill them in', () => {
    const text = seedText()
      .replace(/\*\*Förvaltningsobjekt:\*\*[^\n]*\n/, '')
      .replace(/\| *Område[^\n]*\n/, '');
    const open = previewImport('text', utf8(text.replace(/20(24|25)/g, '')), {});
    expect(open.settled).toEqual({});
    expect(open.errors.map((e) => e.messageKey).sort()).toEqual(['docx.error.quarterUnknown', 'docx.error.yearUnknown', 'import.error.objectKeyMissing']);
    const chosen = previewImport('text', utf8(text.replace(/20(24|25)/g, '')), { year: 2023, quarter: 2, objectKey: 'ALFA' });
    expect(chosen.errors).toEqual([]);
    expect(chosen.report?.header.period).toEqual({ year: 2023, quarter: 2 });
    expect(chosen.report?.header.objectKey).toBe('ALFA');
  });

  it('the seed text settles year (KPI table) and object, not the quarter (it lists all four)', () => {
    const preview = previewImport('text', utf8(seedText()), {});
    expect(preview.settled).toEqual({ year: 2025, objectKey: 'SHVO' });
    expect(preview.errors).toEqual([{ messageKey: 'docx.error.quarterUnknown', params: {} }]);
    expect(previewImport('text', utf8(seedText()), { quarter: 4, year: 1999 }).report).toEqual(seedReport());
  });

  it("empty files and non-reports get the Word reader's keys", () => {
    expect(previewImport('text', new Uint8Array(0), {}).errors).toEqual([{ messageKey: 'docx.error.empty', params: {} }]);
    expect(previewImport('text', utf8('Hej\nbara lite text'), {}).errors.map((e) => e.messageKey)).toEqual(['docx.error.notAReport']);
    expect(previewImport('docx', new Uint8Array(0), {}).errors.map((e) => e.messageKey)).toEqual(['docx.error.empty']);
  });
});

describe('import messages (sv-SE)', () => {
  it('fills named params, names the table kind and gives sizes in MB', () => {
    expect(importMessage('docx.error.tableMissingColumns', { table: 'kpi', row: 2, expected: 4, found: 3 })).toBe(
      'Rad 2 i tabellen för nyckeltal har 3 kolumner; 4 behövs.'
    );
    expect(importMessage('docx.error.tooLarge', { limitBytes: 10485760, limitMb: 10, sizeBytes: 11.5 * 1024 * 1024 }, 'sv-SE')).toBe(
      'Filen är 11,5 MB; dokument på högst 10 MB kan importeras.'
    );
    expect(importMessage('import.error.yearConflict', { text: '2025', option: '2024' })).toBe('Dokumentet anger år 2025, men år 2024 valdes.');
    expect(importMessage('data.error.alreadyExists')).toBe('Det finns redan en rapport för det här kvartalet.');
  });

  it('never shows a key: unknown keys get a generic text', () => {
    expect(importMessage('docx.error.somethingNew')).toBe('Filen kunde inte läsas.');
  });

  it('says where unplaced text is', () => {
    const section = 'Planerade aktiviteter';
    expect(whereText({ where: { block: 40, kind: 'table', table: 3, row: 2, section }, text: 'x', reason: 'docx.unplaced.unexpectedTable' })).toBe(
      'Tabell 3, rad 2 i ”Planerade aktiviteter”'
    );
    expect(whereText({ where: { block: 0, kind: 'paragraph', section: '' }, text: 'x', reason: 'import.unplaced.textOutsideSection' })).toBe('Stycke 1');
    expect(whereText({ line: 14, text: 'x', reason: 'import.unplaced.unexpectedLine' })).toBe('Rad 14');
  });

  it('reads Word files with the Word reader and .md/.txt with the text parser', () => {
    expect(['a.docx', 'B.DOCX', 'old.doc', 'r.md', 'r.txt', 'r.pdf', 'noextension'].map(importFileKind)).toEqual([
      'docx',
      'docx',
      'docx',
      'text',
      'text',
      undefined,
      undefined
    ]);
  });
});
