/**
 * Turns the blocks of a Word report into the seed's text format (the format the domain's
 * `parseReportText` reads): "# " title, "**Förvaltningsobjekt:**"/"**Kvartal:**" header lines,
 * "## " section headings, "- " bullets with "  - " sub-bullets, and the KPI and meeting tables
 * as tab-separated rows laid out like the seed (cells in columns 0, 1, 3 and 5).
 *
 * It remembers where each line came from, so what the parser cannot place can be shown with
 * its place in the document. Tables with too few columns are errors: nothing is guessed.
 */
import { JUDGEMENT_LABELS } from '../../domain/import';
import type { QuarterNumber } from '../../domain/model';
import type { DocxMessageKey, DocxMessageParams } from '../messages';
import {
  CHART_TABLE_FIRST_HEADER,
  CHECKED_GLYPHS,
  FIXED_SECTION_HEADINGS,
  HEADING_JUDGEMENT,
  LABEL_OBJECT,
  LABEL_QUARTER,
  TEMPLATE_TITLE,
  normaliseLabel
} from '../template';
import type { DocxBlock, IDocxParagraph, IDocxTable } from './readDocxBlocks';

/** Where in the Word document something is: block index, and for tables the table number and row. */
export interface IDocxLocation {
  /** 0-based index of the paragraph or table among the document's blocks. */
  readonly block: number;
  readonly kind: 'paragraph' | 'table';
  /** 1-based number of the table in the document (tables only). */
  readonly table?: number;
  /** 1-based row within the table (tables only). */
  readonly row?: number;
  /** Heading of the section the block is in, as written ('' before the first heading). */
  readonly section: string;
}

export interface IDocxNote {
  readonly where: IDocxLocation;
  readonly text: string;
  readonly reason: DocxMessageKey;
}

export interface IReportTextFromDocx {
  readonly text: string;
  /** Origin of each line of `text`; index 0 is line 1. Undefined for lines the converter adds. */
  readonly origins: readonly (IDocxLocation | undefined)[];
  /** Quarter ticked in the "Kvartal" line, when exactly one is. */
  readonly quarter?: QuarterNumber;
  /** Year stated in the "Kvartal" line or the KPI table's first year column. */
  readonly year?: number;
  /** Things the template has no place for (pictures other than the chart, stray tables). */
  readonly unplaced: readonly IDocxNote[];
  /** Things deliberately not imported (the chart and its data table). */
  readonly ignored: readonly IDocxNote[];
  readonly errors: readonly { readonly messageKey: DocxMessageKey; readonly params: DocxMessageParams }[];
  /** Headings of the template found (title and sections). */
  readonly recognisedHeadings: number;
}

type TableKind = 'kpi' | 'meetings' | 'chartData' | 'unknown';

const KPI_HEADING = /^sammanställning av|nyckeltal|mötesstatistik/i;
const KPI_FIRST_HEADER = /område|nyckeltal/i;
const MEETING_FIRST_HEADER = /^typ av möte/i;
const ECONOMY_ASSESSMENT = /^\s*ekonomisk bedömning\s*:\s*(.*)$/i;
const YEAR = /^\d{4}$/;
const OBJECT_LABEL = /^\s*\**\s*förvaltningsobjekt\s*:?\s*\**\s*/i;
const QUARTER_LABEL = /^\s*\**\s*kvartal\s*:?\s*\**\s*/i;
/** Columns the KPI and meeting tables need: label/type, this year, last year, comment/purpose. */
const TABLE_COLUMNS = 4;

export function blocksToReportText(blocks: readonly DocxBlock[]): IReportTextFromDocx {
  const lines: string[] = [];
  const origins: (IDocxLocation | undefined)[] = [];
  const unplaced: IDocxNote[] = [];
  const ignored: IDocxNote[] = [];
  const errors: { messageKey: DocxMessageKey; params: DocxMessageParams }[] = [];
  let section = '';
  let inKpiSection = false;
  let seenHeading = false;
  let recognisedHeadings = 0;
  let tableNo = 0;
  let quarter: QuarterNumber | undefined;
  let year: number | undefined;
  let tablesInKpiSection = 0;

  const emit = (text: string, where?: IDocxLocation): void => {
    lines.push(text);
    origins.push(where);
  };
  const blank = (): void => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') {
      emit('');
    }
  };
  const paragraphWhere = (p: IDocxParagraph): IDocxLocation => ({ block: p.index, kind: 'paragraph', section });

  const quarterParagraphs = findQuarterParagraphs(blocks);
  const beforeTable = paragraphsBeforeTables(blocks);

  for (const block of blocks) {
    if (quarterParagraphs.continuation.has(block.index)) {
      continue;
    }
    if (block.kind === 'table') {
      tableNo++;
      const kind = classifyTable(block, inKpiSection, tablesInKpiSection);
      const where = (row: number): IDocxLocation => ({ block: block.index, kind: 'table', table: tableNo, row, section });
      if (kind === 'chartData') {
        ignored.push({ where: where(1), text: tableText(block), reason: 'docx.ignored.chart' });
      } else if (kind === 'unknown' || !inKpiSection) {
        // Outside the KPI section a table has no place (its rows would be read as list text).
        unplaced.push({ where: where(1), text: tableText(block), reason: 'docx.unplaced.unexpectedTable' });
      } else {
        tablesInKpiSection++;
        const missing = missingColumns(block);
        if (missing) {
          errors.push({
            messageKey: 'docx.error.tableMissingColumns',
            params: { table: kind, row: missing.row, expected: TABLE_COLUMNS, found: missing.found }
          });
        }
        if (kind === 'kpi' && year === undefined && block.rows.length > 0 && YEAR.test((block.rows[0][1] ?? '').trim())) {
          year = Number(block.rows[0][1].trim());
        }
        block.rows.forEach((row, i) => emit(tableRowLine(row), where(i + 1)));
      }
      continue;
    }

    const p = block;
    const text = p.text;
    if (p.hasImage) {
      const note: IDocxNote = { where: paragraphWhere(p), text: text.trim(), reason: 'docx.ignored.chart' };
      if (inKpiSection) {
        ignored.push(note);
      } else {
        unplaced.push({ ...note, reason: 'docx.unplaced.image' });
      }
      if (text.trim() === '') {
        continue;
      }
    }
    if (text.trim() === '') {
      continue;
    }

    // Header (before the first section heading): title, object and quarter lines.
    if (!seenHeading) {
      if (p.headingLevel === 0 || normaliseLabel(text) === normaliseLabel(TEMPLATE_TITLE)) {
        recognisedHeadings++;
        blank();
        emit(`# ${oneLine(text)}`, paragraphWhere(p));
        blank();
        continue;
      }
      const object = labelValue(text, OBJECT_LABEL);
      if (object !== undefined) {
        blank();
        emit(`**${LABEL_OBJECT}** ${oneLine(object)}`, paragraphWhere(p));
        continue;
      }
      if (p.index === quarterParagraphs.label) {
        const settled = settleQuarter(quarterParagraphs.text);
        quarter = settled.quarter;
        if (settled.year !== undefined) {
          year = settled.year;
        }
        blank();
        emit(`**${LABEL_QUARTER}** ${settled.text}`, paragraphWhere(p));
        // The rule ends the header as in the seed, so stray text after it is reported, not taken as quarter text.
        blank();
        emit('---');
        blank();
        continue;
      }
    }

    const headingText = asHeading(p, beforeTable.has(p.index));
    if (headingText !== undefined) {
      seenHeading = true;
      section = headingText;
      inKpiSection = KPI_HEADING.test(headingText) && !isFixedHeading(headingText);
      if (isFixedHeading(headingText) || inKpiSection) {
        recognisedHeadings++;
      }
      tablesInKpiSection = 0;
      blank();
      emit(`## ${headingText}`, paragraphWhere(p));
      blank();
      continue;
    }

    if (p.listLevel !== undefined) {
      const prefix = p.listLevel === 0 ? '- ' : '  - ';
      text.split('\n').forEach((line, i) => emit(i === 0 ? `${prefix}${line}` : line, paragraphWhere(p)));
      continue;
    }

    const assessment = ECONOMY_ASSESSMENT.exec(text);
    const judgement = normaliseLabel(section) === normaliseLabel(HEADING_JUDGEMENT) ? judgementLabel(text) : undefined;
    blank();
    if (judgement) {
      emit(`**${judgement.label}:** ${judgement.value}`, paragraphWhere(p));
    } else if (assessment) {
      emit(`**Ekonomisk bedömning:** ${assessment[1].trim()}`, paragraphWhere(p));
    } else {
      text.split('\n').forEach((line) => emit(line, paragraphWhere(p)));
    }
    blank();
  }
  return { text: lines.join('\n'), origins, quarter, year, unplaced, ignored, errors, recognisedHeadings };
}

const QUARTER_MENTION = /\bQ\s?[1-4]\b/;

/** "Samlad bedömning: Enligt plan" in the judgement section: the label and the status words after it. */
function judgementLabel(text: string): { label: string; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon < 0 || text.indexOf('\n') >= 0) {
    return undefined;
  }
  const name = normaliseLabel(text.slice(0, colon));
  const label = Object.keys(JUDGEMENT_LABELS)
    .map((key) => JUDGEMENT_LABELS[key as keyof typeof JUDGEMENT_LABELS])
    .filter((l) => normaliseLabel(l) === name)[0];
  return label ? { label, value: text.slice(colon + 1).trim() } : undefined;
}

/**
 * The "Kvartal:" paragraph before the first heading, and the paragraphs right after it that
 * continue the quarter choices (the seed's template wraps "Q3 (juli-sep)  Q4 (okt-dec)" onto
 * a paragraph of its own).
 */
function findQuarterParagraphs(blocks: readonly DocxBlock[]): { label?: number; text: string; continuation: Set<number> } {
  const continuation = new Set<number>();
  let label: number | undefined;
  let text = '';
  for (const block of blocks) {
    if (block.kind === 'table') {
      break;
    }
    if (block.text.trim() === '') {
      continue;
    }
    if (asHeading(block) !== undefined) {
      break;
    }
    if (label === undefined) {
      const value = labelValue(block.text, QUARTER_LABEL);
      if (value !== undefined) {
        label = block.index;
        text = value;
      }
    } else if (QUARTER_MENTION.test(block.text) && labelValue(block.text, OBJECT_LABEL) === undefined) {
      continuation.add(block.index);
      text += ` ${block.text}`;
    } else {
      break;
    }
  }
  return { label, text, continuation };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function isFixedHeading(text: string): boolean {
  const n = normaliseLabel(text);
  return FIXED_SECTION_HEADINGS.some((h) => normaliseLabel(h) === n);
}

/** A heading: a heading style (level 1+), or a short unstyled paragraph that is one of the template's headings. */
function asHeading(p: IDocxParagraph, beforeTable: boolean = false): string | undefined {
  const text = oneLine(p.text);
  if (p.listLevel !== undefined) {
    return undefined;
  }
  if (p.headingLevel !== undefined && p.headingLevel >= 1) {
    return text;
  }
  if (isFixedHeading(text)) {
    return text.replace(/:\s*$/, '');
  }
  // The KPI heading is written per report: unstyled, take it when it reads like one and a table follows.
  if (text.length <= 150 && (/^sammanställning av/i.test(text) || (beforeTable && KPI_HEADING.test(text)))) {
    return text;
  }
  return undefined;
}

/** Indexes of the paragraphs right before a table (empty paragraphs skipped). */
function paragraphsBeforeTables(blocks: readonly DocxBlock[]): Set<number> {
  const out = new Set<number>();
  let last: number | undefined;
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (last !== undefined) {
        out.add(last);
      }
      last = undefined;
    } else if (block.text.trim() !== '' || block.hasImage) {
      last = block.index;
    }
  }
  return out;
}


/** "Label: value" → value (also without the colon or with Markdown bold); undefined when the paragraph is not that label. */
function labelValue(text: string, label: RegExp): string | undefined {
  const match = label.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

/**
 * The template lists all four quarters with check boxes; the ticked one is the report's.
 * Returns the text to hand to the parser: only the ticked quarter (and the year when stated),
 * or nothing when boxes are there but none is ticked; plain text is passed on as written.
 */
function settleQuarter(value: string): { text: string; quarter?: QuarterNumber; year?: number } {
  const flat = oneLine(value);
  const yearMatch = /\b(\d{4})\b/.exec(flat);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const box = /(\u2610|\u2612|\u2611|\u2713|\u2714|\u25A0|\u25A3|\u25A1|\[[ xX]?\])\s*Q\s?([1-4])/g;
  const ticked: QuarterNumber[] = [];
  let boxes = 0;
  let match = box.exec(flat);
  while (match) {
    boxes++;
    const glyph = match[1];
    if (CHECKED_GLYPHS.indexOf(glyph) >= 0 || /^\[[xX]\]$/.test(glyph)) {
      ticked.push(Number(match[2]) as QuarterNumber);
    }
    match = box.exec(flat);
  }
  if (boxes === 0) {
    return { text: flat, year };
  }
  const yearText = year !== undefined ? ` ${year}` : '';
  if (ticked.length === 1) {
    return { text: `Q${ticked[0]}${yearText}`, quarter: ticked[0], year };
  }
  // None or several ticked: the document does not settle the quarter.
  return { text: yearText.trim(), year };
}

function classifyTable(table: IDocxTable, inKpiSection: boolean, tablesBefore: number): TableKind {
  const first = (table.rows[0]?.[0] ?? '').trim();
  const chartHeaders = [CHART_TABLE_FIRST_HEADER['sv-SE'], CHART_TABLE_FIRST_HEADER['en-US']];
  if (chartHeaders.indexOf(first) >= 0) {
    return 'chartData';
  }
  if (MEETING_FIRST_HEADER.test(first)) {
    return 'meetings';
  }
  if (KPI_FIRST_HEADER.test(first)) {
    return 'kpi';
  }
  if (inKpiSection && tablesBefore === 0) {
    return 'kpi';
  }
  return 'unknown';
}

/** First row (1-based) with fewer than four cells, if any. */
function missingColumns(table: IDocxTable): { row: number; found: number } | undefined {
  for (let i = 0; i < table.rows.length; i++) {
    if (table.rows[i].length < TABLE_COLUMNS) {
      return { row: i + 1, found: table.rows[i].length };
    }
  }
  return undefined;
}

/** A cell's text on one line: tabs and line breaks cannot live in a tab-separated row. */
function cellText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/**
 * Four columns (the template's tables) are spread over the seed's six (label, this year, "",
 * last year, "", comment); other widths are passed on cell by cell and the parser reports
 * whatever it cannot place.
 */
function tableRowLine(row: readonly string[]): string {
  const cells = row.map(cellText);
  if (cells.length === TABLE_COLUMNS) {
    return [cells[0], cells[1], '', cells[2], '', cells[3]].join('\t');
  }
  return cells.join('\t');
}

function tableText(table: IDocxTable): string {
  return table.rows.map((row) => row.map(cellText).join('\t')).join('\n');
}
