import { importReportFromDocx, readDocxBlocks } from '../../src/docx';
import type { DocxBlock } from '../../src/docx';
import { NUMBERING, SWEDISH_STYLES, buildDocx, esc, p, table } from './support/buildDocx';

function blocks(bytes: Uint8Array): readonly DocxBlock[] {
  const read = readDocxBlocks(bytes);
  if (!read.ok) throw new Error(read.messageKey);
  return read.blocks;
}

/** A legacy Word check box form field, ticked or not, followed by its label. */
function legacyBox(checked: boolean, label: string): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked ? '<w:checked/>' : ''}</w:checkBox></w:ffData></w:fldChar></w:r>` +
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    `<w:r><w:t xml:space="preserve"> ${esc(label)}  </w:t></w:r>`
  );
}

const PICTURE = '<w:p><w:r><w:drawing><wp:inline xmlns:wp="urn:wp"><wp:docPr id="1" name="Bild 1"/></wp:inline></w:drawing></w:r></w:p>';

/**
 * An "old" report as people typed it: headings as bold body text, the quarter as legacy check
 * boxes, both tables in one Word table laid out on six grid columns as in the seed, a list
 * style instead of direct numbering, a hyperlink, a tracked deletion.
 */
function oldStyleReport(): Uint8Array {
  const body = [
    p('Statusrapport - förvaltningsobjekt i GITS', { bold: true }),
    '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Förvaltningsobjekt:</w:t></w:r><w:r><w:t xml:space="preserve"> Samordnad hälsa, vård och omsorg (SHVO) inkl.</w:t></w:r></w:p>',
    p('SAMSA it-tjänst'),
    `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Kvartal: </w:t></w:r>${legacyBox(false, 'Q1 (jan-mars)')}${legacyBox(false, 'Q2 (april-juni)')}</w:p>`,
    `<w:p>${legacyBox(true, 'Q3 (juli-sep)')}${legacyBox(false, 'Q4 (okt-dec)')}</w:p>`,
    p('Ansvarig funktionskoordinator', { bold: true }),
    p('Gisella Koutsiou.'),
    p('Beskrivning av uppdraget:', { bold: true }),
    '<w:p><w:r><w:t xml:space="preserve">Uppdraget är att </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>inte </w:delText></w:r></w:del>' +
      '<w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:t>förvalta</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> SAMSA.</w:t></w:r></w:p>',
    p('Viktiga händelser under perioden', { bold: true }),
    p('Första händelsen', { style: 'Punktlista' }),
    p('Andra händelsen', { list: 0 }),
    p('Underpunkt A', { list: 1 }),
    p('Underpunkt B på nivå 2 (plattas till underpunkt)', { list: 2 }),
    p('Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.', { bold: true }),
    table([
      ['Område / Nyckeltal', '2025', '', '2024', '', 'Kommentar'],
      ['Totalt registrerade användare i SAMSA IT-tjänst', '61 829', '', '52 796', '', ''],
      ['Antal aktiva användare i SAMSA IT-tjänst', '28 852', '', '21 545', '', 'Fördelat på sjukhus,\nkommun och primärvård.'],
      ['Typ av möte/samverkan', { text: 'Frekvens/period och deltagare', span: 4 }, 'Innehåll/syfte'],
      ['', '2025', '', '2024', '', ''],
      ['Arbetsmöten SHVO', 'Veckovis', '', 'Veckovis', '', 'Operativa frågor.']
    ]),
    p(''),
    p('Diagram över utvecklingen av antalet användare.'),
    PICTURE,
    p('Aktuella problemställningar och utmaningar', { bold: true }),
    p('Ett problem', { list: 0 }),
    p('Planerade aktiviteter', { bold: true }),
    p('En aktivitet', { list: 0 }),
    p('Ekonomisk status och personalresurser', { bold: true }),
    p('Ekonomisk bedömning: god'),
    p('Budget i balans.', { list: 0 }),
    p('Antalet medarbetare har minskat från 6 årsarbetare till 4.', { list: 0 }),
    p('Kommunikationsaktiviteter', { bold: true }),
    p('Nyhetsbrev', { list: 0 })
  ].join('');
  return buildDocx({ body, styles: SWEDISH_STYLES, numbering: NUMBERING });
}

describe('readDocxBlocks', () => {
  it('reads paragraphs, list levels, heading styles (Swedish style ids), tables with merged cells', () => {
    const b = blocks(
      buildDocx({
        body:
          p('Rubriken', { style: 'Rubrik' }) +
          p('Avsnitt', { style: 'Rubrik2' }) +
          p('Punkt', { list: 0 }) +
          p('Under', { list: 1 }) +
          p('Stilpunkt', { style: 'Punktlista' }) +
          table([
            [{ text: 'A', vmerge: 'restart' }, { text: 'B', span: 2 }, 'C'],
            [{ vmerge: 'continue' }, 'x', 'y', 'z']
          ]),
        styles: SWEDISH_STYLES,
        numbering: NUMBERING
      })
    );
    expect(b).toEqual([
      { kind: 'paragraph', index: 0, text: 'Rubriken', headingLevel: 0, listLevel: undefined, hasImage: false },
      { kind: 'paragraph', index: 1, text: 'Avsnitt', headingLevel: 2, listLevel: undefined, hasImage: false },
      { kind: 'paragraph', index: 2, text: 'Punkt', headingLevel: undefined, listLevel: 0, hasImage: false },
      { kind: 'paragraph', index: 3, text: 'Under', headingLevel: undefined, listLevel: 1, hasImage: false },
      { kind: 'paragraph', index: 4, text: 'Stilpunkt', headingLevel: undefined, listLevel: 0, hasImage: false },
      { kind: 'table', index: 5, rows: [['A', 'B', '', 'C'], ['', 'x', 'y', 'z']] }
    ]);
  });

  it('fills the grid columns a ragged row leaves out (gridBefore/gridAfter) with empty cells', () => {
    const b = blocks(
      buildDocx({
        body:
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>' +
          '<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>e</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>'
      })
    );
    expect(b[0]).toEqual({ kind: 'table', index: 0, rows: [['a', 'b', '', ''], ['c', 'd', '', ''], ['', 'e', '', '']] });
  });

  it('keeps text exactly: spaces, entities, tabs and line breaks; skips deleted text and field codes', () => {
    const b = blocks(
      buildDocx({
        body:
          '<w:p><w:r><w:t xml:space="preserve">  61\u00a0829 &amp; &lt;a&gt; </w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r>' +
          '<w:del><w:r><w:delText>borta</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>' +
          '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r></w:p>'
      })
    );
    expect(b[0]).toMatchObject({ text: '  61\u00a0829 & <a> \tx\ny\u2612' });
  });
});

describe('readDocxBlocks with modern Word markup', () => {
  it('reads a check box content control by its glyph and one branch of alternate content', () => {
    const checkbox = (checked: boolean): string =>
      `<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="urn:w14"><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr>` +
      `<w:sdtContent><w:r><w:t>${checked ? '\u2612' : '\u2610'}</w:t></w:r></w:sdtContent></w:sdt>`;
    const b = blocks(
      buildDocx({
        body:
          `<w:p><w:r><w:t xml:space="preserve">Kvartal: </w:t></w:r>${checkbox(false)}<w:r><w:t xml:space="preserve"> Q1 </w:t></w:r>${checkbox(true)}<w:r><w:t xml:space="preserve"> Q2</w:t></w:r></w:p>` +
          '<w:p><mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice Requires="wps"><w:r><w:t>ett</w:t></w:r></mc:Choice>' +
          '<mc:Fallback><w:r><w:t>ett</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>'
      })
    );
    expect(b.map((x) => (x.kind === 'paragraph' ? x.text : ''))).toEqual(['Kvartal: \u2610 Q1 \u2612 Q2', 'ett']);
    const preview = importReportFromDocx(
      buildDocx({
        body:
          p('Förvaltningsobjekt: Test (TEST)') +
          `<w:p><w:r><w:t xml:space="preserve">Kvartal: </w:t></w:r>${checkbox(false)}<w:r><w:t xml:space="preserve"> Q1 (jan-mars) </w:t></w:r>${checkbox(true)}<w:r><w:t xml:space="preserve"> Q2 (april-juni) 2024</w:t></w:r></w:p>` +
          p('Ansvarig funktionskoordinator') +
          p('Anna.')
      })
    );
    expect(preview.report?.header.period).toEqual({ year: 2024, quarter: 2 });
  });
});

describe('importReportFromDocx with an old-style report', () => {
  const preview = importReportFromDocx(oldStyleReport(), { year: 2025 });

  it('places the header: two-paragraph object title, legacy check box quarter, coordinator, mission', () => {
    expect(preview.errors).toEqual([]);
    expect(preview.report?.header).toEqual({
      objectKey: 'SHVO',
      objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
      period: { year: 2025, quarter: 3 },
      coordinator: { displayName: 'Gisella Koutsiou' },
      mission: 'Uppdraget är att förvalta SAMSA.',
      approval: 'draft'
    });
  });

  it('places list items from numbering and list styles, deeper levels as sub-points', () => {
    expect(preview.report?.events).toEqual([
      { text: 'Första händelsen', subItems: [] },
      { text: 'Andra händelsen', subItems: ['Underpunkt A', 'Underpunkt B på nivå 2 (plattas till underpunkt)'] }
    ]);
    expect(preview.report?.problems.map((x) => x.text)).toEqual(['Ett problem']);
    expect(preview.report?.activities.map((x) => x.text)).toEqual(['En aktivitet']);
    expect(preview.report?.communication.map((x) => x.text)).toEqual(['Nyhetsbrev']);
    expect(preview.report?.economy).toEqual({ items: [{ text: 'Budget i balans.', subItems: [] }], assessment: 'good' });
    expect(preview.report?.staffing).toEqual({
      fteStart: 6,
      fteEnd: 4,
      items: [{ text: 'Antalet medarbetare har minskat från 6 årsarbetare till 4.', subItems: [] }]
    });
  });

  it('splits one six-column Word table into the KPI rows and the meeting rows', () => {
    const r = preview.report;
    expect(r?.kpiSectionTitle).toBe('Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.');
    expect(r?.kpis.map((k) => [k.current?.number, k.previous?.number, k.comment])).toEqual([
      [61829, 52796, ''],
      [28852, 21545, 'Fördelat på sjukhus, kommun och primärvård.']
    ]);
    expect(r?.meetings).toEqual([{ type: 'Arbetsmöten SHVO', current: 'Veckovis', previous: 'Veckovis', purpose: 'Operativa frågor.' }]);
    expect(r?.chartCaption).toBe('Diagram över utvecklingen av antalet användare.');
  });

  it('ignores the chart picture (with where it was) and leaves nothing unplaced', () => {
    expect(preview.unplaced).toEqual([]);
    expect(preview.ignored).toEqual([
      { where: expect.objectContaining({ kind: 'paragraph', section: 'Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.' }), text: '', reason: 'docx.ignored.chart' }
    ]);
  });

  it('gives the seed text format it handed to the parser', () => {
    expect(preview.text).toContain('**Kvartal:** Q3');
    expect(preview.text).toContain('Totalt registrerade användare i SAMSA IT-tjänst\t61 829\t\t52 796\t\t');
    expect(preview.text).toContain('- Andra händelsen\n  - Underpunkt A\n');
  });
});

describe('importReportFromDocx reports what it cannot place, with where it is', () => {
  const body = [
    p('Statusrapport - förvaltningsobjekt i GITS', { style: 'Rubrik' }),
    p('Förvaltningsobjekt: Testobjekt (TEST)'),
    p('Kvartal: [ ] Q1 [x] Q2 [ ] Q3 [ ] Q4 2026'),
    p('Utkast – skickas till styrgruppen'),
    p('Ansvarig funktionskoordinator', { style: 'Rubrik2' }),
    p('Alva Prov.'),
    p('Bilagor', { style: 'Rubrik2' }),
    p('Se bilaga 1.'),
    p('Planerade aktiviteter', { style: 'Rubrik2' }),
    p('Aktivitet', { list: 0 }),
    PICTURE,
    table([
      ['Vad', 'När'],
      ['Workshop', 'Mars']
    ]),
    p('Kommunikationsaktiviteter', { style: 'Rubrik2' }),
    p('  - Underpunkt utan punkt', { list: undefined })
  ].join('');
  const preview = importReportFromDocx(buildDocx({ body, styles: SWEDISH_STYLES, numbering: NUMBERING }));

  it('still makes the report from what it can place', () => {
    expect(preview.errors).toEqual([]);
    expect(preview.report?.header.period).toEqual({ year: 2026, quarter: 2 });
    expect(preview.report?.activities.map((a) => a.text)).toEqual(['Aktivitet']);
  });

  it('lists every unplaced text with its block, table/row and section', () => {
    const summary = preview.unplaced.map((u) => ({ block: u.where?.block, section: u.where?.section, text: u.text, reason: u.reason }));
    expect(summary).toEqual(
      expect.arrayContaining([
        { block: 3, section: '', text: 'Utkast – skickas till styrgruppen', reason: 'import.unplaced.textOutsideSection' },
        { block: 6, section: 'Bilagor', text: '## Bilagor', reason: 'import.unplaced.unknownSection' },
        { block: 7, section: 'Bilagor', text: 'Se bilaga 1.', reason: 'import.unplaced.unknownSection' },
        { block: 10, section: 'Planerade aktiviteter', text: '', reason: 'docx.unplaced.image' },
        { block: 11, section: 'Planerade aktiviteter', text: 'Vad\tNär\nWorkshop\tMars', reason: 'docx.unplaced.unexpectedTable' },
        { block: 13, section: 'Kommunikationsaktiviteter', text: '  - Underpunkt utan punkt', reason: 'import.unplaced.subItemWithoutItem' }
      ])
    );
    expect(preview.unplaced).toHaveLength(6);
    // Parser findings also carry their line in the preview text.
    const outside = preview.unplaced.find((u) => u.reason === 'import.unplaced.textOutsideSection');
    expect(preview.text.split('\n')[(outside?.line as number) - 1]).toBe('Utkast – skickas till styrgruppen');
    const stray = preview.unplaced.find((u) => u.reason === 'docx.unplaced.unexpectedTable');
    expect(stray?.where).toEqual({ block: 11, kind: 'table', table: 1, row: 1, section: 'Planerade aktiviteter' });
  });
});

describe('importReportFromDocx finds the KPI section by its table', () => {
  const kpiTable = table([
    ['Område / Nyckeltal', '2024', '2023', 'Kommentar'],
    ['Antal aktiva användare', '28 852', '21 545', '']
  ]);
  const head = p('Förvaltningsobjekt: Test (TEST)') + p('Kvartal: ☒ Q4 (okt-dec)');

  it('an unstyled heading naming "nyckeltal" right before the KPI table is the KPI heading', () => {
    const preview = importReportFromDocx(
      buildDocx({ body: head + p('Viktiga händelser under perioden') + p('Något hände.') + p('Mötesstatistik och nyckeltal 2023–2024') + kpiTable })
    );
    expect(preview.errors).toEqual([]);
    expect(preview.report?.kpiSectionTitle).toBe('Mötesstatistik och nyckeltal 2023–2024');
    expect(preview.report?.header.period).toEqual({ year: 2024, quarter: 4 });
    expect(preview.report?.kpis.map((k) => k.current?.number)).toEqual([28852]);
    expect(preview.report?.events.map((e) => e.text)).toEqual(['Något hände.']);
  });

  it('a KPI table outside the KPI section is unplaced, not read as list text', () => {
    const preview = importReportFromDocx(buildDocx({ body: head + p('Viktiga händelser under perioden') + p('Något hände.') + kpiTable }), {
      year: 2024
    });
    expect(preview.report?.events.map((e) => e.text)).toEqual(['Något hände.']);
    expect(preview.report?.kpis).toEqual([]);
    expect(preview.unplaced).toEqual([
      {
        where: { block: 4, kind: 'table', table: 1, row: 1, section: 'Viktiga händelser under perioden' },
        text: 'Område / Nyckeltal\t2024\t2023\tKommentar\nAntal aktiva användare\t28 852\t21 545\t',
        reason: 'docx.unplaced.unexpectedTable'
      }
    ]);
  });
});
