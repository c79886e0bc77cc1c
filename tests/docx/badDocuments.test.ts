import { strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_DOCX_BYTES, MAX_UNZIPPED_XML_BYTES, exportReportToDocx, importReportFromDocx } from '../../src/docx';
import { NUMBERING, SWEDISH_STYLES, buildDocx, p, table } from './support/buildDocx';
import { seedReport } from './support/seed';

// Watch the reader's unzip calls (to prove big files are refused before unzipping).
jest.mock('fflate', () => {
  const actual = jest.requireActual<typeof import('fflate')>('fflate');
  return { ...actual, unzipSync: jest.fn(actual.unzipSync) };
});

/** Deterministic, incompressible bytes (a tiny LCG), so tests do not depend on Math.random. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const HEADER = p('Statusrapport - förvaltningsobjekt i GITS', { style: 'Rubrik' }) +
  p('Förvaltningsobjekt: Testobjekt (TEST)') +
  p('Kvartal: ☐ Q1 (jan-mars) ☒ Q2 (april-juni) ☐ Q3 (juli-sep) ☐ Q4 (okt-dec) 2025');

describe('importReportFromDocx with bad documents', () => {
  it('an empty file: docx.error.empty, no report', () => {
    const preview = importReportFromDocx(new Uint8Array(0));
    expect(preview.report).toBeUndefined();
    expect(preview.errors).toEqual([{ messageKey: 'docx.error.empty', params: {} }]);
  });

  it('random bytes: docx.error.corrupt', () => {
    expect(importReportFromDocx(noise(5000)).errors).toEqual([{ messageKey: 'docx.error.corrupt', params: {} }]);
    // Starts like a zip but is not one.
    const fake = new Uint8Array(200);
    fake.set([0x50, 0x4b, 0x03, 0x04]);
    expect(importReportFromDocx(fake).errors.map((e) => e.messageKey)).toEqual(['docx.error.corrupt']);
  });

  it('a Word 97–2003 .doc or a password-protected .docx (OLE compound file): docx.error.notWordDocument with format "ole"', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const preview = importReportFromDocx(ole);
    expect(preview.report).toBeUndefined();
    expect(preview.errors).toEqual([{ messageKey: 'docx.error.notWordDocument', params: { format: 'ole' } }]);
  });

  it('a truncated .docx: docx.error.corrupt', async () => {
    const good = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
    for (const cut of [Math.floor(good.length / 2), good.length - 30, 100]) {
      const preview = importReportFromDocx(good.slice(0, cut));
      expect(preview.report).toBeUndefined();
      expect(preview.errors.map((e) => e.messageKey)).toEqual(['docx.error.corrupt']);
    }
  });

  it('a 20 MB document is refused before unzipping, naming the limit', () => {
    const big = buildDocx({ body: HEADER, extra: { 'word/media/image1.png': noise(20 * 1024 * 1024) } });
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    const unzip = unzipSync as jest.MockedFunction<typeof unzipSync>;
    unzip.mockClear();
    {
      const preview = importReportFromDocx(big);
      expect(preview.report).toBeUndefined();
      expect(preview.errors).toEqual([
        { messageKey: 'docx.error.tooLarge', params: { limitBytes: MAX_DOCX_BYTES, limitMb: 10, sizeBytes: big.length } }
      ]);
      expect(unzip).not.toHaveBeenCalled();
    }
    // The same reader does unzip a document under the limit.
    importReportFromDocx(buildDocx({ body: HEADER }));
    expect(unzip).toHaveBeenCalledTimes(1);
  });

  it('a document just under the limit is read', () => {
    const body = HEADER + p('Ansvarig funktionskoordinator', { style: 'Rubrik2' }) + p('Alva Prov.');
    const doc = buildDocx({ body, styles: SWEDISH_STYLES, extra: { 'word/media/image1.png': noise(MAX_DOCX_BYTES - 4096) } });
    expect(doc.length).toBeLessThanOrEqual(MAX_DOCX_BYTES);
    const preview = importReportFromDocx(doc);
    expect(preview.errors).toEqual([]);
    expect(preview.report?.header.coordinator.displayName).toBe('Alva Prov');
  });

  it('a zip bomb (document.xml inflating beyond the limit) is refused without inflating it', () => {
    const huge = new Uint8Array(MAX_UNZIPPED_XML_BYTES + 1024).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': [huge, { level: 1 }] });
    expect(bomb.length).toBeLessThan(MAX_DOCX_BYTES);
    expect(importReportFromDocx(bomb).errors).toEqual([
      { messageKey: 'docx.error.tooLargeUnzipped', params: { limitBytes: MAX_UNZIPPED_XML_BYTES, limitMb: 50 } }
    ]);
  });

  it('a zip that is not a Word document: docx.error.notWordDocument', () => {
    expect(importReportFromDocx(buildDocx({ body: '', withoutDocument: true })).errors.map((e) => e.messageKey)).toEqual([
      'docx.error.notWordDocument'
    ]);
    const xlsxLike = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(importReportFromDocx(xlsxLike).errors.map((e) => e.messageKey)).toEqual(['docx.error.notWordDocument']);
  });

  it('broken XML in the document: docx.error.badXml', () => {
    const doc = buildDocx({ body: '', documentXml: '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>oops</w:r></w:p></w:body>' });
    expect(importReportFromDocx(doc).errors.map((e) => e.messageKey)).toEqual(['docx.error.badXml']);
  });

  it('XML with a DOCTYPE and entities (entity expansion): docx.error.badXml, nothing expanded', () => {
    const lol = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const doc = buildDocx({
      body: '',
      documentXml: `<?xml version="1.0"?>${lol}<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Ansvarig funktionskoordinator &c;</w:t></w:r></w:p></w:body></w:document>`
    });
    expect(importReportFromDocx(doc).errors.map((e) => e.messageKey)).toEqual(['docx.error.badXml']);
  });

  it('a document without text: docx.error.noText', () => {
    expect(importReportFromDocx(buildDocx({ body: p('') + p('   ') })).errors.map((e) => e.messageKey)).toEqual(['docx.error.noText']);
  });

  it('a document that is not a report (no recognisable headings): docx.error.notAReport', () => {
    const letter = buildDocx({
      body: p('Hej!', { style: 'Rubrik1' }) + p('Här kommer protokollet från mötet.') + p('Punkt ett', { list: 0 }),
      styles: SWEDISH_STYLES,
      numbering: NUMBERING
    });
    const preview = importReportFromDocx(letter);
    expect(preview.report).toBeUndefined();
    expect(preview.errors).toEqual([{ messageKey: 'docx.error.notAReport', params: {} }]);
  });

  it('a KPI table with a missing column: docx.error.tableMissingColumns naming table, row and counts', () => {
    const body =
      HEADER +
      p('Sammanställning av mötesstatistik och nyckeltal för TEST 2024–2025.', { style: 'Rubrik2' }) +
      table([
        ['Område / Nyckeltal', '2025', '2024'],
        ['Totalt registrerade användare', '100', '90']
      ]);
    const preview = importReportFromDocx(buildDocx({ body, styles: SWEDISH_STYLES }));
    expect(preview.report).toBeUndefined();
    expect(preview.errors).toEqual([
      { messageKey: 'docx.error.tableMissingColumns', params: { table: 'kpi', row: 1, expected: 4, found: 3 } }
    ]);
  });

  it('a meeting table row with a missing cell: the error names the meeting table and the row', () => {
    const body =
      HEADER +
      p('Sammanställning av mötesstatistik och nyckeltal för TEST 2024–2025.', { style: 'Rubrik2' }) +
      table([
        ['Område / Nyckeltal', '2025', '2024', 'Kommentar'],
        ['Antal', '1', '2', '']
      ]) +
      p('') +
      table([
        ['Typ av möte/samverkan', { text: 'Frekvens/period och deltagare', span: 2 }, 'Innehåll/syfte'],
        ['', '2025', '2024', ''],
        ['Veckomöte', 'Veckovis', 'Veckovis']
      ]);
    const preview = importReportFromDocx(buildDocx({ body, styles: SWEDISH_STYLES }));
    expect(preview.report).toBeUndefined();
    expect(preview.errors).toEqual([
      { messageKey: 'docx.error.tableMissingColumns', params: { table: 'meetings', row: 3, expected: 4, found: 3 } }
    ]);
  });

  it('no ticked quarter and none given: docx.error.quarterUnknown; given by the caller: imported', () => {
    const body =
      p('Statusrapport - förvaltningsobjekt i GITS') +
      p('Förvaltningsobjekt: Testobjekt (TEST)') +
      p('Kvartal: ☐ Q1 (jan-mars) ☐ Q2 (april-juni) ☐ Q3 (juli-sep) ☐ Q4 (okt-dec) 2025') +
      p('Ansvarig funktionskoordinator') +
      p('Alva Prov.');
    const doc = buildDocx({ body });
    expect(importReportFromDocx(doc).errors.map((e) => e.messageKey)).toEqual(['docx.error.quarterUnknown']);
    const withQuarter = importReportFromDocx(doc, { quarter: 3 });
    expect(withQuarter.errors).toEqual([]);
    expect(withQuarter.report?.header.period).toEqual({ year: 2025, quarter: 3 });
  });

  it('no year anywhere and none given: docx.error.yearUnknown', () => {
    const body = p('Förvaltningsobjekt: Testobjekt (TEST)') + p('Kvartal: ☒ Q1 (jan-mars) ☐ Q2 (april-juni)') + p('Ansvarig funktionskoordinator') + p('A B.');
    const doc = buildDocx({ body });
    expect(importReportFromDocx(doc).errors.map((e) => e.messageKey)).toEqual(['docx.error.yearUnknown']);
    expect(importReportFromDocx(doc, { year: 2024 }).report?.header.period).toEqual({ year: 2024, quarter: 1 });
  });
});
