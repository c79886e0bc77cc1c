import { strFromU8, unzipSync } from 'fflate';
import { DocxError, exportReportToDocx, pngSize, readDocxBlocks } from '../../src/docx';
import type { DocxBlock, IDocxParagraph, IDocxTable } from '../../src/docx';
import type { IKpiSeries, IStatusReport } from '../../src/domain/model';
import { seedReport } from './support/seed';

function blocksOf(bytes: Uint8Array): DocxBlock[] {
  const read = readDocxBlocks(bytes);
  if (!read.ok) throw new Error(read.messageKey);
  return [...read.blocks];
}

function paragraphs(blocks: DocxBlock[]): IDocxParagraph[] {
  return blocks.filter((b): b is IDocxParagraph => b.kind === 'paragraph' && b.text !== '');
}

function tables(blocks: DocxBlock[]): IDocxTable[] {
  return blocks.filter((b): b is IDocxTable => b.kind === 'table');
}

/** A valid 1×1 PNG with the given size in its IHDR (pixels need not be decoded by the writer). */
function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

describe('exportReportToDocx', () => {
  let report: IStatusReport;
  let blocks: DocxBlock[];
  let documentXml: string;

  beforeAll(async () => {
    report = seedReport();
    const bytes = await exportReportToDocx(report, { locale: 'sv-SE' });
    blocks = blocksOf(bytes);
    documentXml = strFromU8(unzipSync(bytes)['word/document.xml']);
  });

  it('returns the bytes of a zip (a .docx)', async () => {
    const bytes = await exportReportToDocx(report, { locale: 'sv-SE' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('marks the document as Swedish and gives it a title (accessibility metadata)', async () => {
    const files = unzipSync(await exportReportToDocx(report, { locale: 'en-US' }));
    expect(strFromU8(files['word/styles.xml'])).toContain('<w:lang w:val="sv-SE"/>');
    expect(strFromU8(files['docProps/core.xml'])).toContain(
      '<dc:title>Statusrapport - förvaltningsobjekt i GITS – Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst 2025 Q4</dc:title>'
    );
  });

  it('starts with the template title, the object and the quarter with Q4 ticked and the year', () => {
    const ps = paragraphs(blocks);
    expect(ps[0]).toMatchObject({ text: 'Statusrapport - förvaltningsobjekt i GITS', headingLevel: 0 });
    expect(ps[1].text).toBe('Förvaltningsobjekt: Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst');
    expect(ps[2].text).toBe('Kvartal:  ☐ Q1 (jan-mars)  ☐ Q2 (april-juni)  ☐ Q3 (juli-sep)  ☒ Q4 (okt-dec)  2025');
  });

  it('writes the sections with their Swedish headings in the template order', () => {
    const headings = paragraphs(blocks)
      .filter((b) => b.headingLevel === 2)
      .map((b) => b.text);
    expect(headings).toEqual([
      'Ansvarig funktionskoordinator',
      'Beskrivning av uppdraget',
      'Viktiga händelser under perioden',
      'Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.',
      'Aktuella problemställningar och utmaningar',
      'Planerade aktiviteter',
      'Ekonomisk status och personalresurser',
      'Kommunikationsaktiviteter'
    ]);
    const ps = paragraphs(blocks);
    const after = (heading: string): string => ps[ps.findIndex((b) => b.text === heading) + 1].text;
    expect(after('Ansvarig funktionskoordinator')).toBe('Gisella Koutsiou.');
    expect(after('Beskrivning av uppdraget')).toMatch(/^Samordnad hälsa, vård och omsorg \(SHVO\) har uppdraget/);
  });

  it('writes the KPI table as a real table: Område / Nyckeltal | 2025 | 2024 | Kommentar', () => {
    const kpi = tables(blocks)[0];
    expect(kpi.rows[0]).toEqual(['Område / Nyckeltal', '2025', '2024', 'Kommentar']);
    expect(kpi.rows).toHaveLength(1 + report.kpis.length);
    expect(kpi.rows[1]).toEqual([
      'Antalet bifogade filer',
      '32 803 jan–april',
      '1 520 jan–maj',
      'Möjlighet att ladda upp PDF-filer som bilagor till ett ärende eller en SIP i IT-tjänsten SAMSA.'
    ]);
    const registered = kpi.rows.find((row) => row[0] === 'Totalt registrerade användare i SAMSA IT-tjänst');
    expect(registered).toEqual(['Totalt registrerade användare i SAMSA IT-tjänst', '61 829', '52 796', '']);
    // HTML in a comment is text, written literally (escaped in the XML), never a link.
    expect(kpi.rows.find((row) => row[0] === 'Ärenden i funktionsbrevlådan')?.[3]).toBe(
      '<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>'
    );
    expect(documentXml).toContain('&lt;a href=');
    // Header row repeats on each page (accessibility and print).
    expect(documentXml).toContain('<w:tblHeader');
  });

  it('writes the meeting table as a real table with merged header cells and year columns', () => {
    const meetings = tables(blocks)[1];
    expect(meetings.rows[0]).toEqual(['Typ av möte/samverkan', 'Frekvens/period och deltagare', '', 'Innehåll/syfte']);
    expect(meetings.rows[1]).toEqual(['', '2025', '2024', '']);
    expect(meetings.rows.slice(2)).toHaveLength(7);
    expect(meetings.rows[4]).toEqual([
      'Arbetsgrupp utveckling',
      'Planerat varannan vecka (ofta inställd 2025). Antal deltagare 5–8.',
      'Varierar',
      'Hantera önskemål om förändringar, förberedelser för vidareutveckling eller ny tjänst.'
    ]);
  });

  it('takes the table year columns from the report period', async () => {
    const next: IStatusReport = { ...report, header: { ...report.header, period: { year: 2026, quarter: 1 } } };
    const t = tables(blocksOf(await exportReportToDocx(next, { locale: 'sv-SE' })));
    expect(t[0].rows[0]).toEqual(['Område / Nyckeltal', '2026', '2025', 'Kommentar']);
    expect(t[1].rows[1]).toEqual(['', '2026', '2025', '']);
    const quarterLine = paragraphs(blocksOf(await exportReportToDocx(next, { locale: 'sv-SE' })))[2].text;
    expect(quarterLine).toContain('☒ Q1 (jan-mars)');
    expect(quarterLine).toContain('☐ Q4 (okt-dec)');
  });

  it('writes bullets and sub-bullets as real Word lists (numbering, levels 0 and 1)', () => {
    const ps = paragraphs(blocks);
    const events = ps.slice(ps.findIndex((b) => b.text === 'Viktiga händelser under perioden') + 1);
    const eventItems = events.slice(0, events.findIndex((b) => b.headingLevel !== undefined));
    expect(eventItems.filter((b) => b.listLevel === 0)).toHaveLength(8);
    expect(eventItems.filter((b) => b.listLevel === 1).map((b) => b.text)).toEqual(report.events[7].subItems);
    expect(eventItems.every((b) => b.listLevel !== undefined)).toBe(true);
    expect(documentXml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    const economy = ps.slice(ps.findIndex((b) => b.text === 'Ekonomisk status och personalresurser') + 1);
    expect(economy.slice(0, 4).map((b) => [b.listLevel, b.text.slice(0, 24)])).toEqual([
      [0, 'Budget per oktober visar'],
      [0, 'Antalet medarbetare inom'],
      [1, 'Uppdraget "Samexistens M'],
      [1, 'SHVO har fortsatt ett up']
    ]);
  });

  it('writes the chart caption, and no picture when no PNG is given', () => {
    const ps = paragraphs(blocks);
    expect(ps.some((b) => b.text.startsWith('Diagram över utvecklingen av antalet användare'))).toBe(true);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.hasImage)).toBe(false);
    expect(tables(blocks)).toHaveLength(2);
  });

  it('embeds the chart PNG scaled to the page with alt text, followed by its data table', async () => {
    const series: IKpiSeries[] = [
      {
        definition: { key: 'registered-users', label: 'Registrerade användare', unit: 'st', category: 'users' },
        points: [
          { period: { year: 2024, quarter: 4 }, value: 52796 },
          { period: { year: 2025, quarter: 4 }, value: 61829 }
        ]
      },
      {
        definition: { key: 'active-users', label: 'Aktiva användare', unit: '', category: 'users' },
        points: [
          { period: { year: 2024, quarter: 4 }, value: 21545 },
          { period: { year: 2025, quarter: 3 } },
          { period: { year: 2025, quarter: 4 }, value: 28852.5 }
        ]
      }
    ];
    const chart = png(1200, 600);
    const bytes = await exportReportToDocx(report, { locale: 'sv-SE', chartPng: chart, chartTable: series });
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Array.from(files[media[0]])).toEqual(Array.from(chart));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toMatch(/descr="Diagrammets värden i tabellform"/);
    // 1200×600 px scaled to 600×300 px = 5715000×2857500 EMU.
    expect(xml).toContain('cx="5715000"');
    expect(xml).toContain('cy="2857500"');
    const t = tables(blocksOf(bytes));
    expect(t).toHaveLength(3);
    expect(t[2].rows).toEqual([
      ['Kvartal', 'Registrerade användare (st)', 'Aktiva användare'],
      ['2024 Q4', '52\u00a0796', '21\u00a0545'],
      ['2025 Q3', '', ''],
      ['2025 Q4', '61\u00a0829', '28\u00a0852,5']
    ]);
    const en = tables(blocksOf(await exportReportToDocx(report, { locale: 'en-US', chartPng: chart, chartTable: series })));
    expect(en[2].rows[0][0]).toBe('Quarter');
    expect(en[2].rows[3]).toEqual(['2025 Q4', '61,829', '28,852.5']);
  });

  it('refuses chart bytes that are not a PNG with a message key', async () => {
    await expect(exportReportToDocx(report, { locale: 'sv-SE', chartPng: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) })).rejects.toMatchObject({
      messageKey: 'docx.error.chartNotPng'
    });
    expect(() => pngSize(new Uint8Array(10))).toThrow(DocxError);
    expect(pngSize(png(640, 480))).toEqual({ width: 640, height: 480 });
  });

  it('writes the economic assessment, the coordinator e-mail and line breaks of multi-line texts', async () => {
    const edited: IStatusReport = {
      ...report,
      header: { ...report.header, coordinator: { displayName: 'Alva Prov', email: 'alva@example.org' }, mission: 'Rad ett\nrad två\n\nNytt stycke' },
      economy: { ...report.economy, assessment: 'attention' }
    };
    const ps = paragraphs(blocksOf(await exportReportToDocx(edited, { locale: 'sv-SE' })));
    expect(ps.map((b) => b.text)).toEqual(
      expect.arrayContaining(['Alva Prov (alva@example.org).', 'Rad ett\nrad två', 'Nytt stycke', 'Ekonomisk bedömning: behöver uppmärksamhet'])
    );
  });

  it('leaves out the KPI section of a report that has none, like the text format', async () => {
    const bare: IStatusReport = { ...report, kpiSectionTitle: '', kpiDefinitions: [], kpis: [], meetings: [], chartCaption: '' };
    const b = blocksOf(await exportReportToDocx(bare, { locale: 'sv-SE' }));
    expect(tables(b)).toHaveLength(0);
    expect(paragraphs(b).filter((x) => x.headingLevel === 2)).toHaveLength(7);
  });
});
