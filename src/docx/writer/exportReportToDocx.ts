/**
 * Writes a status report as a Word document laid out like the template people know:
 * title, object, quarter with the report's quarter ticked, then the sections in the
 * template's order, the KPI and meeting tables as real tables, the chart (when given as
 * PNG) with its data table, and bullets with sub-bullets as real Word lists.
 *
 * Uses the `docx` package; this module tree is loaded on demand (`import()`) by the UI.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx';
import type { IKpiSeries, IPerson, IStatusReport, ITextItem, QuarterNumber } from '../../domain/model';
import {
  ANSWER_STATUS_WORDS,
  ECONOMY_ASSESSMENT_WORDS,
  JUDGEMENT_LABELS,
  JUDGEMENT_WORDS,
  NOT_ANSWERED_WORD,
  NOT_CONFIRMED_MARK,
  REPORTING_BACK_LABELS
} from '../../domain/import';
import type { IReportingBackItem } from '../../domain/board/model';
import { isEmptyJudgements, judgementOf, JUDGEMENT_TARGETS } from '../../domain/judgement';
import { formatNumber } from '../../domain/numbers';
import { formatQuarter } from '../../domain/quarter';
import { DocxError } from '../messages';
import {
  BOX_CHECKED,
  BOX_UNCHECKED,
  CHART_TABLE_FIRST_HEADER,
  HEADING_ACTIVITIES,
  HEADING_COMMUNICATION,
  HEADING_COORDINATOR,
  HEADING_ECONOMY,
  HEADING_EVENTS,
  HEADING_JUDGEMENT,
  HEADING_MISSION,
  HEADING_PROBLEMS,
  HEADING_REPORTING_BACK,
  KPI_COL_COMMENT,
  KPI_COL_LABEL,
  LABEL_ECONOMY_ASSESSMENT,
  LABEL_OBJECT,
  LABEL_QUARTER,
  MEETING_COL_FREQUENCY,
  MEETING_COL_PURPOSE,
  MEETING_COL_TYPE,
  QUARTER_CHOICES,
  TEMPLATE_TITLE
} from '../template';

export type DocxLocale = 'sv-SE' | 'en-US';

export interface IExportDocxOptions {
  /** The KPI trend chart as PNG bytes (e.g. from chart.js `toBase64Image`); omitted → no image. */
  readonly chartPng?: Uint8Array;
  /** The series drawn in the chart; written as a data table under it (the chart's text alternative). */
  readonly chartTable?: readonly IKpiSeries[];
  /** Formats the chart's data table (numbers, header). The report text itself is written as stored. */
  readonly locale: DocxLocale;
}

/** Widest the chart may be on an A4 page with default margins, in pixels at 96 dpi (~16 cm). */
const MAX_CHART_WIDTH_PX: number = 600;

const CHART_ALT: Readonly<Record<DocxLocale, { title: string; table: string }>> = {
  'sv-SE': { title: 'Diagram över nyckeltal', table: 'Diagrammets värden i tabellform' },
  'en-US': { title: 'KPI chart', table: 'The chart values as a table' }
};

export async function exportReportToDocx(report: IStatusReport, options: IExportDocxOptions): Promise<Uint8Array> {
  const document = new Document({
    creator: 'GITS Statusrapport',
    lastModifiedBy: 'GITS Statusrapport',
    title: `${TEMPLATE_TITLE} – ${report.header.objectTitle} ${formatQuarter(report.header.period)}`,
    description: report.header.objectKey,
    styles: { default: { document: { run: { language: { value: 'sv-SE' } } } } },
    sections: [{ children: buildBody(report, options) }]
  });
  return Packer.pack(document, 'uint8array');
}

/** The report's blocks as the template lays them out, title first (the board pack puts several in one document). */
export function buildBody(report: IStatusReport, options: IExportDocxOptions): (Paragraph | Table)[] {
  const header = report.header;
  const year = header.period.year;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: TEMPLATE_TITLE, heading: HeadingLevel.TITLE }),
    labelled(LABEL_OBJECT, header.objectTitle),
    quarterParagraph(header.period.quarter, year),
    ...judgementParagraphs(report),
    ...reportingBackParagraphs(report.reportingBack),
    heading(HEADING_COORDINATOR),
    ...textParagraphs(personLine(header.coordinator)),
    heading(HEADING_MISSION),
    ...textParagraphs(header.mission),
    heading(HEADING_EVENTS),
    ...bulletList(report.events)
  ];
  // Same rule as the text format: no KPI section when a report has nothing for it.
  const hasKpiSection = report.kpiSectionTitle !== '' || report.kpis.length > 0 || report.meetings.length > 0 || report.chartCaption !== '';
  if (hasKpiSection) {
    body.push(heading(report.kpiSectionTitle || `Nyckeltal ${year - 1}\u2013${year}`), kpiTable(report));
    if (report.meetings.length > 0) {
      // An empty paragraph keeps Word from joining two adjacent tables into one.
      body.push(new Paragraph({}), meetingTable(report));
    }
    body.push(...textParagraphs(report.chartCaption, 'Caption'));
  }
  if (options.chartPng) {
    body.push(chartParagraph(options.chartPng, options.locale));
  }
  if (options.chartTable && options.chartTable.length > 0) {
    body.push(chartDataTable(options.chartTable, options.locale));
  }
  const economy: Paragraph[] = [];
  if (report.economy.assessment !== 'notAssessed') {
    economy.push(labelled(LABEL_ECONOMY_ASSESSMENT, ECONOMY_ASSESSMENT_WORDS[report.economy.assessment]));
  }
  body.push(
    heading(HEADING_PROBLEMS),
    ...bulletList(report.problems),
    heading(HEADING_ACTIVITIES),
    ...bulletList(report.activities),
    heading(HEADING_ECONOMY),
    ...economy,
    // The template has one section for both; economy first, then staffing, as in the seed report.
    ...bulletList([...report.economy.items, ...report.staffing.items]),
    heading(HEADING_COMMUNICATION),
    ...bulletList(report.communication)
  );
  return body;
}

/** "Samlad bedömning: Risk för avvikelse" and its comment, per judgement; nothing for a report without judgements. */
function judgementParagraphs(report: IStatusReport): Paragraph[] {
  const judgements = report.judgements;
  if (!judgements || isEmptyJudgements(judgements)) {
    return [];
  }
  const out: Paragraph[] = [heading(HEADING_JUDGEMENT)];
  JUDGEMENT_TARGETS.forEach((target) => {
    const j = judgementOf(judgements, target);
    out.push(labelled(`${JUDGEMENT_LABELS[target]}:`, `${JUDGEMENT_WORDS[j.status]}${j.carriedOver ? ` ${NOT_CONFIRMED_MARK}` : ''}`));
    out.push(...textParagraphs(j.comment));
  });
  return out;
}

/**
 * "Återrapportering av uppdrag från ledningsrådet": per assignment its key and text, the
 * quarters, the status and the answer, labelled as the text format labels them (the importer
 * reads the section back through the text format). Nothing for a report with no assignments.
 */
export function reportingBackParagraphs(items: readonly IReportingBackItem[] | undefined): Paragraph[] {
  if (!items || items.length === 0) {
    return [];
  }
  const out: Paragraph[] = [heading(HEADING_REPORTING_BACK)];
  items.forEach((item) => {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${REPORTING_BACK_LABELS.assignment} ${item.assignmentKey}:`, bold: true }), ...linesAsRuns(` ${item.assignment}`)]
      }),
      labelled(`${REPORTING_BACK_LABELS.givenFor}:`, formatQuarter(item.givenFor, 'quarterFirst')),
      labelled(`${REPORTING_BACK_LABELS.answerBy}:`, formatQuarter(item.answerBy, 'quarterFirst')),
      labelled(`${REPORTING_BACK_LABELS.status}:`, item.status ? ANSWER_STATUS_WORDS[item.status] : NOT_ANSWERED_WORD),
      new Paragraph({ children: [new TextRun({ text: `${REPORTING_BACK_LABELS.answer}:`, bold: true })] }),
      ...textParagraphs(item.answer)
    );
  });
  return out;
}

/** "Name (e-mail)." as the template writes the coordinator; the importer drops the final period. */
function personLine(person: IPerson): string {
  if (!person.displayName && !person.email) {
    return '';
  }
  return `${person.displayName}${person.email ? ` (${person.email})` : ''}.`;
}

export function heading(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
}

/** "Förvaltningsobjekt: <title>" with the label bold, as in the template. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun({ text: ` ${value}` })] });
}

/** "Kvartal: ☐ Q1 (jan-mars) ☐ Q2 … ☒ Q4 (okt-dec) 2025": the report's quarter ticked, the year after it. */
function quarterParagraph(quarter: QuarterNumber, year: number): Paragraph {
  const runs: TextRun[] = [new TextRun({ text: LABEL_QUARTER, bold: true })];
  for (const q of [1, 2, 3, 4] as QuarterNumber[]) {
    const ticked = q === quarter;
    runs.push(new TextRun({ text: `  ${ticked ? BOX_CHECKED : BOX_UNCHECKED} ${QUARTER_CHOICES[q]}`, bold: ticked }));
  }
  runs.push(new TextRun({ text: `  ${year}` }));
  return new Paragraph({ children: runs });
}

/** Runs of one paragraph: a line break in the stored text is a line break in Word. */
function linesAsRuns(text: string, bold?: boolean): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
}

/**
 * A stored text as Word paragraphs: a blank line separates paragraphs (as in the text format),
 * a single line break stays a line break inside the paragraph.
 */
export function textParagraphs(text: string, style?: string): Paragraph[] {
  if (text === '') {
    return [];
  }
  return text.split(/\n\n+/).map((para) => new Paragraph({ children: linesAsRuns(para), style }));
}

function bulletList(items: readonly ITextItem[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of items) {
    out.push(new Paragraph({ children: linesAsRuns(item.text), bullet: { level: 0 } }));
    for (const sub of item.subItems) {
      out.push(new Paragraph({ children: linesAsRuns(sub), bullet: { level: 1 } }));
    }
  }
  return out;
}

export function cell(text: string, options: { bold?: boolean; columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    // A table row is one line in the text format: line breaks in a cell become spaces on import.
    children: [new Paragraph({ children: linesAsRuns(text, options.bold) })],
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan
  });
}

export function fullWidthTable(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** Område / Nyckeltal | <year> | <year-1> | Kommentar, header row repeated on each page. */
function kpiTable(report: IStatusReport): Table {
  const year = report.header.period.year;
  const labels = new Map(report.kpiDefinitions.map((d) => [d.key, d.label] as const));
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(KPI_COL_LABEL, { bold: true }),
        cell(String(year), { bold: true }),
        cell(String(year - 1), { bold: true }),
        cell(KPI_COL_COMMENT, { bold: true })
      ]
    })
  ];
  for (const kpi of report.kpis) {
    rows.push(
      new TableRow({
        children: [
          cell(labels.get(kpi.definitionKey) ?? kpi.definitionKey),
          cell(kpi.current?.text ?? ''),
          cell(kpi.previous?.text ?? ''),
          cell(kpi.comment)
        ]
      })
    );
  }
  return fullWidthTable(rows);
}

/** Typ av möte/samverkan | Frekvens/period och deltagare (<year> | <year-1>) | Innehåll/syfte. */
function meetingTable(report: IStatusReport): Table {
  const year = report.header.period.year;
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(MEETING_COL_TYPE, { bold: true, rowSpan: 2 }),
        cell(MEETING_COL_FREQUENCY, { bold: true, columnSpan: 2 }),
        cell(MEETING_COL_PURPOSE, { bold: true, rowSpan: 2 })
      ]
    }),
    new TableRow({
      tableHeader: true,
      children: [cell(String(year), { bold: true }), cell(String(year - 1), { bold: true })]
    })
  ];
  for (const m of report.meetings) {
    rows.push(new TableRow({ children: [cell(m.type), cell(m.current), cell(m.previous), cell(m.purpose)] }));
  }
  return fullWidthTable(rows);
}

const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const isPng = png.length >= 24 && PNG_SIGNATURE.every((b, i) => png[i] === b);
  if (!isPng) {
    throw new DocxError('docx.error.chartNotPng');
  }
  const read = (at: number): number => ((png[at] << 24) >>> 0) + (png[at + 1] << 16) + (png[at + 2] << 8) + png[at + 3];
  const width = read(16);
  const height = read(20);
  if (width === 0 || height === 0) {
    throw new DocxError('docx.error.chartNotPng');
  }
  return { width, height };
}

function chartParagraph(png: Uint8Array, locale: DocxLocale): Paragraph {
  const size = pngSize(png);
  const scale = Math.min(1, MAX_CHART_WIDTH_PX / size.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: 'chart', title: CHART_ALT[locale].title, description: CHART_ALT[locale].table }
      })
    ]
  });
}

/** Rows are quarters (oldest first), columns the series; a gap is an empty cell. */
function chartDataTable(series: readonly IKpiSeries[], locale: DocxLocale): Table {
  const periods = new Map<string, { year: number; quarter: number }>();
  for (const s of series) {
    for (const p of s.points) {
      periods.set(formatQuarter(p.period), p.period);
    }
  }
  const ordered = Array.from(periods.entries()).sort(
    (a, b) => a[1].year - b[1].year || a[1].quarter - b[1].quarter
  );
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(CHART_TABLE_FIRST_HEADER[locale], { bold: true }),
      ...series.map((s) => cell(s.definition.unit ? `${s.definition.label} (${s.definition.unit})` : s.definition.label, { bold: true }))
    ]
  });
  const rows = ordered.map(
    ([label, period]) =>
      new TableRow({
        children: [
          cell(label),
          ...series.map((s) => {
            const point = s.points.find((p) => p.period.year === period.year && p.period.quarter === period.quarter);
            return cell(point && point.value !== undefined ? formatNumber(point.value, locale) : '');
          })
        ]
      })
  );
  return fullWidthTable([header, ...rows]);
}
