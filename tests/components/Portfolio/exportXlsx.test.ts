/**
 * The Excel export read back: the .xlsx is unzipped and its sheet XML parsed, so the test sees
 * what Excel will read (cell types, numbers, dates, headers), not what we meant to write.
 */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import { exportFileName, portfolioSheet } from '../../../src/components/Portfolio/export/portfolioSheet';
import { writeWorkbook } from '../../../src/components/Portfolio/export/writeWorkbook';
import { LocaleFormatter } from '../../../src/components/shared/format';
import { recentQuarters } from '../../../src/domain/portfolio';
import { PORTFOLIO_ENTRIES } from './entries';
import { isText, readXlsx } from '../../support/xlsx';

const TODAY = new Date(2026, 1, 15);
const formatter = new LocaleFormatter('sv-SE');

describe('portfolio export to .xlsx', () => {
  it('writes the rows shown with Swedish headers, numbers as numbers and dates as dates', async () => {
    const sheet = portfolioSheet(PORTFOLIO_ENTRIES, 'latest', recentQuarters(TODAY), formatter, TODAY);
    const book = readXlsx(await writeWorkbook(sheet));
    expect(book.sheetName).toBe('Portfölj');
    const header = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((col) => book.cells.get(`${col}1`)?.value);
    expect(header).toEqual([
      'Förvaltningsobjekt',
      'Samlad bedömning',
      'Verksamhet och leverans',
      'Ekonomi',
      'Bemanning och resurser',
      'Risker',
      'Senast godkända period',
      'Godkänd den',
      'Rapportering',
      'Nyckeltal',
      'Värde i år',
      'Värde förra året',
      'Förändring mot förra året (%)',
      'Skillnad mot förra året',
      'Öppna problem'
    ]);
    // Row 2 is SHVO (the entries' order is kept: the export writes what is shown, as sorted).
    const a2 = book.cells.get('A2');
    expect(a2?.value).toBe('Samordnad hälsa, vård och omsorg (SHVO)');
    expect(isText(a2?.type ?? '')).toBe(true);
    expect(book.cells.get('B2')?.value).toBe('Enligt plan');
    expect(book.cells.get('E2')?.value).toBe('Risk för avvikelse');
    expect(book.cells.get('G2')?.value).toBe('Q4 2025');

    const approved = book.cells.get('H2');
    expect(approved?.type).toBe('n');
    // Excel's serial day number of 2026-01-20 (days since 1899-12-30).
    expect(approved?.value).toBe((Date.UTC(2026, 0, 20) - Date.UTC(1899, 11, 30)) / 86400000);
    expect(book.styleFormats[Number(approved?.style)]).toBe('yyyy-mm-dd');

    expect(book.cells.get('J2')?.value).toBe('Registrerade användare (st)');
    expect(book.cells.get('K2')).toEqual(expect.objectContaining({ type: 'n', value: 61829 }));
    expect(book.cells.get('L2')).toEqual(expect.objectContaining({ type: 'n', value: 52796 }));
    const change = book.cells.get('M2');
    expect(change?.type).toBe('n');
    expect(change?.value).toBeCloseTo(0.17109, 5);
    expect(book.styleFormats[Number(change?.style)]).toBe('0.0%');
    expect(book.cells.get('N2')).toEqual(expect.objectContaining({ type: 'n', value: 9033 }));
    expect(book.cells.get('O2')).toEqual(expect.objectContaining({ type: 'n', value: 2 }));

    // A percentage figure: no relative change, the difference in points; an object without a report: empty cells.
    expect(book.cells.get('M3')).toBeUndefined();
    expect(book.cells.get('N3')?.value).toBeCloseTo(5.8, 5);
    expect(book.cells.get('A4')?.value).toBe('Nytt objekt');
    expect(book.cells.get('B4')).toBeUndefined();
    expect(book.cells.get('I4')?.value).toBe('Ingen godkänd rapport ännu');
    expect(book.cells.get('O4')).toBeUndefined();
  });

  it('writes the status-per-quarter view as words per quarter', async () => {
    const sheet = portfolioSheet(PORTFOLIO_ENTRIES.slice(0, 1), 'quarters', recentQuarters(TODAY), formatter, TODAY);
    const book = readXlsx(await writeWorkbook(sheet));
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((r) => book.cells.get(r)?.value)).toEqual([
      'Förvaltningsobjekt',
      'Q1 2025',
      'Q2 2025',
      'Q3 2025',
      'Q4 2025',
      'Samlad bedömning'
    ]);
    expect(['B2', 'C2', 'D2', 'E2'].map((r) => book.cells.get(r)?.value)).toEqual(['Ingen godkänd rapport', 'Risk för avvikelse', 'Enligt plan', 'Enligt plan']);
  });

  it('names the file by the day of the export', () => {
    expect(exportFileName(TODAY)).toBe('portfolj-2026-02-15.xlsx');
  });
});
