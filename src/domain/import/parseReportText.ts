/**
 * Reads a quarterly report from the text format the Word template converts to (see the seed,
 * tools/seed/statusrapport-shvo-2025.md): a Markdown-like header, "## " sections with
 * "- " bullets and "  - " sub-bullets, and the KPI and meeting tables as tab-separated rows.
 *
 * Every non-blank line is either placed in the report or listed in `unplaced` with its line
 * number and a reason; nothing is dropped silently. Never throws.
 */
import type {
  Assessment,
  IEvent,
  IKpiDefinition,
  IKpiEntry,
  IKpiValue,
  IMeeting,
  IPerson,
  IPlannedActivity,
  IProblem,
  IReportJudgements,
  IStatusReport,
  ITextItem,
  QuarterNumber
} from '../model';
import { setJudgements } from '../judgement';
import { kpiDefinitionForLabel } from '../kpi';
import { parseNumberText, parseNumberValue } from '../numbers';
import { isQuarterNumber, isValidYear } from '../quarter';
import { isJudgementSectionTitle, parseJudgementLines } from './judgementText';
import { isReportingBackSectionTitle, parseReportingBackLines } from './reportingBackText';
import type { IReportingBackItem } from '../board/model';
import type { ImportMessageKey } from './messages';

export interface IReportTextOptions {
  /** Year of the report when the text does not state it (the seed does not). */
  readonly year?: number;
  /** Quarter of the report when the text does not settle it (the seed lists all four). */
  readonly quarter?: number;
  /** Object key; otherwise the abbreviation in parentheses in the object title ("(SHVO)"). */
  readonly objectKey?: string;
}

export interface IUnplacedLine {
  /** 1-based line number in the text. */
  readonly line: number;
  readonly text: string;
  readonly reason: ImportMessageKey;
}

export interface IImportError {
  readonly messageKey: ImportMessageKey;
  readonly line?: number;
  readonly params?: Record<string, string | number>;
}

export interface IReportTextParseResult {
  /** The report, unless an error made it impossible to build one. */
  readonly report?: IStatusReport;
  readonly unplaced: IUnplacedLine[];
  readonly errors: IImportError[];
}

interface ILine {
  readonly no: number;
  readonly text: string;
}

type SectionKind =
  | 'coordinator'
  | 'mission'
  | 'events'
  | 'kpi'
  | 'problems'
  | 'activities'
  | 'economyStaffing'
  | 'economy'
  | 'staffing'
  | 'communication'
  | 'judgement'
  | 'reportingBack'
  | 'unknown';

interface ISection {
  readonly kind: SectionKind;
  readonly heading: ILine;
  readonly title: string;
  readonly lines: ILine[];
}

interface IItemBuilder {
  text: string;
  subItems: string[];
}

const BLANK = /^[\s\u00A0\u202F\u2009]*$/;
const SECTION_HEADING = /^##\s+(.*?)\s*$/;
const OTHER_HEADING = /^#{1,6}(\s|$)/;
const DOCUMENT_TITLE = /^#\s+\S/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const BOLD_LABEL = /^\*\*(.+?)\*\*\s*(.*)$/;
// "-", "*", "•" and the en dash Word's autocorrect makes of "- ".
const TOP_BULLET = /^ ?[-*•\u2013]\s+(.*?)\s*$/;
const SUB_BULLET = /^(?: {2,}|\t+)[-*•\u2013]\s+(.*?)\s*$/;
const YEAR_CELL = /^\d{4}$/;
const QUARTER_TOKEN = /\b(?:Q|Kv)\s?(\d{1,2})\b/gi;
const YEAR_TOKEN = /\b(\d{4})\b/g;
const OBJECT_KEY_IN_TITLE = /\(([A-ZÅÄÖ][A-ZÅÄÖ0-9]+)\)/;
const PERSON_WITH_EMAIL = /^(.*?)\s*[(<]([^()<>\s]+@[^()<>\s]+)[)>]$/;
const ECONOMY_ASSESSMENT_LABEL = /^ekonomisk bedömning$/;
const STAFFING_WORDS = /medarbetare|årsarbetare|personal|bemanning|anställ|rekryt|\bFTE\b|heltidstjänst/i;
const ECONOMY_WORDS = /budget|kostnad|resultat|prognos|intäkt/i;
const FTE_CHANGE = /från\s+(\d+(?:,\d+)?)\s*(?:årsarbetare|heltidstjänster|heltider|FTE|medarbetare|personer)?\s+till\s+(\d+(?:,\d+)?)/i;

/** Words the formatter writes for an economic assessment, and that the parser reads back. */
export const ECONOMY_ASSESSMENT_WORDS: Record<Exclude<Assessment, 'notAssessed'>, string> = {
  good: 'god',
  attention: 'behöver uppmärksamhet',
  problem: 'problem'
};

function isBlank(text: string): boolean {
  return BLANK.test(text);
}

function normalizeHeading(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '').trim();
}

function sectionKind(title: string): SectionKind {
  const t = normalizeHeading(title);
  if (isJudgementSectionTitle(t)) return 'judgement';
  if (isReportingBackSectionTitle(t)) return 'reportingBack';
  if (/^ansvarig/.test(t)) return 'coordinator';
  if (/^beskrivning av uppdraget|^uppdrag(et)?$/.test(t)) return 'mission';
  if (/^viktiga händelser/.test(t)) return 'events';
  if (/^sammanställning av|nyckeltal|mötesstatistik/.test(t)) return 'kpi';
  if (/^aktuella problem|^problemställningar/.test(t)) return 'problems';
  if (/^planerade aktiviteter/.test(t)) return 'activities';
  if (/^ekonomi(sk status)? och personal/.test(t)) return 'economyStaffing';
  if (/^ekonomi/.test(t)) return 'economy';
  if (/^personal|^bemanning/.test(t)) return 'staffing';
  if (/^kommunikation/.test(t)) return 'communication';
  return 'unknown';
}

/** Paragraphs: consecutive lines joined by "\n", paragraphs by a blank line ("\n\n"). */
function paragraphs(lines: readonly ILine[]): string {
  const result: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlank(line.text)) {
      if (current.length) {
        result.push(current.join('\n'));
        current = [];
      }
    } else {
      current.push(line.text.trim());
    }
  }
  if (current.length) {
    result.push(current.join('\n'));
  }
  return result.join('\n\n');
}

/**
 * Bullets and sub-bullets. Blank lines between bullets carry no meaning (the seed has a few
 * stray ones). A text line right under a bullet continues it; a text line after a blank line
 * or before any bullet becomes an item of its own, so no words are lost.
 */
function parseItems(lines: readonly ILine[], unplaced: IUnplacedLine[]): IItemBuilder[] {
  const items: IItemBuilder[] = [];
  let last: IItemBuilder | undefined;
  let lastWasSub = false;
  let afterBlank = true;
  for (const line of lines) {
    if (isBlank(line.text)) {
      afterBlank = true;
      continue;
    }
    const sub = SUB_BULLET.exec(line.text);
    const top = sub ? undefined : TOP_BULLET.exec(line.text);
    if (sub) {
      if (last) {
        last.subItems.push(sub[1]);
        lastWasSub = true;
      } else {
        unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.subItemWithoutItem' });
      }
    } else if (top) {
      last = { text: top[1], subItems: [] };
      items.push(last);
      lastWasSub = false;
    } else if (OTHER_HEADING.test(line.text) || RULE.test(line.text)) {
      unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' });
    } else if (last && !afterBlank) {
      if (lastWasSub) {
        last.subItems[last.subItems.length - 1] += '\n' + line.text.trim();
      } else {
        last.text += '\n' + line.text.trim();
      }
    } else {
      last = { text: line.text.trim(), subItems: [] };
      items.push(last);
      lastWasSub = false;
    }
    afterBlank = false;
  }
  return items;
}

function splitCells(text: string): string[] {
  const cells = text.split('\t').map((cell) => cell.trim());
  while (cells.length < 6) {
    cells.push('');
  }
  return cells;
}

function kpiValue(cell: string): IKpiValue | undefined {
  if (cell === '') {
    return undefined;
  }
  const parsed = parseNumberText(cell);
  if (!parsed.ok) {
    return { text: cell };
  }
  return parsed.qualifier !== undefined ? { text: cell, number: parsed.value, qualifier: parsed.qualifier } : { text: cell, number: parsed.value };
}

/** The person line: "Name." or "Name (e-mail)."; one trailing sentence period is not part of the name. */
export function parsePersonLine(text: string): IPerson {
  const withoutPeriod = text.trim().replace(/\.$/, '').trim();
  const match = PERSON_WITH_EMAIL.exec(withoutPeriod);
  return match ? { displayName: match[1], email: match[2] } : { displayName: withoutPeriod };
}

interface IKpiSectionResult {
  definitions: IKpiDefinition[];
  entries: IKpiEntry[];
  meetings: IMeeting[];
  caption: string;
  tableYear?: number;
}

/** Reads one KPI section into `result` (a report may, by mistake, have two; both are kept). */
function parseKpiSection(lines: readonly ILine[], unplaced: IUnplacedLine[], result: IKpiSectionResult, usedKeys: Record<string, boolean>): void {
  const captionLines: ILine[] = [];
  let mode: 'kpi' | 'meetings' = 'kpi';
  let rowsSeen = 0;
  for (const line of lines) {
    if (isBlank(line.text)) {
      captionLines.push(line);
      continue;
    }
    if (line.text.indexOf('\t') < 0) {
      if (rowsSeen > 0) {
        captionLines.push(line);
      } else {
        unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' });
      }
      continue;
    }
    rowsSeen++;
    const cells = splitCells(line.text);
    const yearsOnly = (from: number): boolean => cells.slice(from).every((cell) => cell === '' || YEAR_CELL.test(cell));
    if (/^typ av möte/i.test(cells[0])) {
      mode = 'meetings';
      continue;
    }
    // Column header rows: "Område / Nyckeltal\t2025\t\t2024\t\tKommentar" and "\t2025\t\t2024\t\t".
    if (mode === 'kpi' && rowsSeen === 1 && YEAR_CELL.test(cells[1]) && (cells[3] === '' || YEAR_CELL.test(cells[3]))) {
      if (result.tableYear === undefined) {
        result.tableYear = Number(cells[1]);
      }
      continue;
    }
    if (cells[0] === '' && yearsOnly(1) && cells.slice(1).some((cell) => cell !== '')) {
      continue;
    }
    // Word's merged cells leave columns 2 and 4 empty; anything there (or beyond 6) has no field.
    const extra = [cells[2], cells[4]].concat(cells.slice(6)).filter((cell) => cell !== '');
    if (extra.length) {
      unplaced.push({ line: line.no, text: extra.join('\t'), reason: 'import.unplaced.extraCells' });
    }
    if (mode === 'kpi') {
      if (cells[0] === '') {
        unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.kpiLabelMissing' });
        continue;
      }
      const definition = kpiDefinitionForLabel(cells[0]);
      let key = definition.key;
      for (let n = 2; usedKeys[key]; n++) {
        key = `${definition.key}-${n}`;
      }
      usedKeys[key] = true;
      result.definitions.push({ ...definition, key });
      const current = kpiValue(cells[1]);
      const previous = kpiValue(cells[3]);
      result.entries.push({
        definitionKey: key,
        ...(current ? { current } : {}),
        ...(previous ? { previous } : {}),
        comment: cells[5]
      });
    } else if (cells[0] === '') {
      unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.meetingTypeMissing' });
    } else {
      result.meetings.push({ type: cells[0], current: cells[1], previous: cells[3], purpose: cells[5] });
    }
  }
  const caption = paragraphs(captionLines);
  result.caption = result.caption && caption ? `${result.caption}\n\n${caption}` : result.caption || caption;
}

function toTextItem(item: IItemBuilder): ITextItem {
  return { text: item.text, subItems: item.subItems };
}

function isStaffingItem(item: IItemBuilder): boolean {
  return STAFFING_WORDS.test(item.text) && !ECONOMY_WORDS.test(item.text);
}

function fteChange(items: readonly ITextItem[]): { fteStart?: number; fteEnd?: number } {
  for (const item of items) {
    for (const text of [item.text].concat(item.subItems)) {
      const match = FTE_CHANGE.exec(text);
      if (match) {
        const fteStart = parseNumberValue(match[1]);
        const fteEnd = parseNumberValue(match[2]);
        return { ...(fteStart !== undefined ? { fteStart } : {}), ...(fteEnd !== undefined ? { fteEnd } : {}) };
      }
    }
  }
  return {};
}

function distinctNumbers(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  while (match) {
    const value = Number(match[1]);
    if (found.indexOf(value) < 0) {
      found.push(value);
    }
    match = pattern.exec(text);
  }
  pattern.lastIndex = 0;
  return found;
}

/** Parses the report text format. See the module comment; decisions in docs/decisions/domain.md. */
export function parseReportText(text: string, options: IReportTextOptions = {}): IReportTextParseResult {
  const unplaced: IUnplacedLine[] = [];
  const errors: IImportError[] = [];
  if (typeof text !== 'string' || isBlank(text)) {
    return { unplaced, errors: [{ messageKey: 'import.error.empty' }] };
  }
  const lines: ILine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((lineText, index) => ({ no: index + 1, text: lineText }));

  // Split into the header (before the first "## ") and sections.
  const preamble: ILine[] = [];
  const sections: ISection[] = [];
  for (const line of lines) {
    const heading = SECTION_HEADING.exec(line.text);
    if (heading) {
      sections.push({ kind: sectionKind(heading[1]), heading: line, title: heading[1], lines: [] });
    } else if (sections.length) {
      sections[sections.length - 1].lines.push(line);
    } else {
      preamble.push(line);
    }
  }

  // Header: "**Förvaltningsobjekt:** …" and "**Kvartal:** …", each possibly continued on
  // following lines (the seed's title and quarter list both wrap onto a second paragraph).
  const titleParts: string[] = [];
  const quarterLines: ILine[] = [];
  let titleSeen = false;
  let current: 'title' | 'quarter' | undefined;
  for (const line of preamble) {
    if (isBlank(line.text)) {
      continue;
    }
    const label = BOLD_LABEL.exec(line.text.trim());
    if (DOCUMENT_TITLE.test(line.text) || RULE.test(line.text)) {
      current = undefined;
    } else if (label) {
      const name = normalizeHeading(label[1]);
      const value = label[2].replace(/^:\s*/, '').trim();
      if (/^(förvaltningsobjekt|objekt)$/.test(name)) {
        current = 'title';
        titleSeen = true;
        if (value) titleParts.push(value);
      } else if (/^(kvartal|period)$/.test(name)) {
        current = 'quarter';
        if (value) quarterLines.push({ no: line.no, text: value });
      } else {
        current = undefined;
        unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' });
      }
    } else if (current === 'title') {
      titleParts.push(line.text.trim());
    } else if (current === 'quarter') {
      quarterLines.push({ no: line.no, text: line.text.trim() });
    } else {
      unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.textOutsideSection' });
    }
  }

  const knownSections = sections.filter((section) => section.kind !== 'unknown').length;
  if (!titleSeen && knownSections === 0) {
    return { unplaced: [], errors: [{ messageKey: 'import.error.notAReport' }] };
  }

  let coordinator: IPerson = { displayName: '' };
  const missionLines: ILine[] = [];
  const events: IItemBuilder[] = [];
  const problems: IItemBuilder[] = [];
  const activities: IItemBuilder[] = [];
  const economyItems: IItemBuilder[] = [];
  const staffingItems: IItemBuilder[] = [];
  const communication: IItemBuilder[] = [];
  let assessment: Assessment = 'notAssessed';
  let kpiSectionTitle = '';
  const kpi: IKpiSectionResult = { definitions: [], entries: [], meetings: [], caption: '' };
  const usedKpiKeys: Record<string, boolean> = {};
  let kpiSectionSeen = false;
  let coordinatorSeen = false;
  let judgements: IReportJudgements | undefined;
  let reportingBack: IReportingBackItem[] | undefined;

  for (const section of sections) {
    switch (section.kind) {
      case 'coordinator':
        for (const line of section.lines) {
          if (isBlank(line.text)) continue;
          if (!coordinatorSeen) {
            coordinator = parsePersonLine(line.text);
            coordinatorSeen = true;
          } else {
            unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' });
          }
        }
        break;
      case 'judgement': {
        if (judgements) {
          unplaced.push({ line: section.heading.no, text: section.heading.text, reason: 'import.unplaced.duplicateSection' });
        }
        const parsed = parseJudgementLines(section.lines);
        parsed.unexpected.forEach((line) => unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' }));
        judgements = parsed.judgements;
        break;
      }
      case 'reportingBack': {
        if (reportingBack) {
          unplaced.push({ line: section.heading.no, text: section.heading.text, reason: 'import.unplaced.duplicateSection' });
        }
        const parsed = parseReportingBackLines(section.lines);
        parsed.unexpected.forEach((line) => unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' }));
        reportingBack = (reportingBack ?? []).concat(parsed.items);
        break;
      }
      case 'mission':
        if (missionLines.length) missionLines.push({ no: section.heading.no, text: '' });
        missionLines.push(...section.lines);
        break;
      case 'events':
        events.push(...parseItems(section.lines, unplaced));
        break;
      case 'kpi':
        // The model has one section title: a second KPI heading is listed, its rows are kept.
        if (kpiSectionSeen) {
          unplaced.push({ line: section.heading.no, text: section.heading.text, reason: 'import.unplaced.duplicateSection' });
        } else {
          kpiSectionTitle = section.title;
          kpiSectionSeen = true;
        }
        parseKpiSection(section.lines, unplaced, kpi, usedKpiKeys);
        break;
      case 'problems':
        problems.push(...parseItems(section.lines, unplaced));
        break;
      case 'activities':
        activities.push(...parseItems(section.lines, unplaced));
        break;
      case 'communication':
        communication.push(...parseItems(section.lines, unplaced));
        break;
      case 'economy':
      case 'staffing':
      case 'economyStaffing': {
        const itemLines: ILine[] = [];
        for (const line of section.lines) {
          const label = BOLD_LABEL.exec(line.text.trim());
          if (label && ECONOMY_ASSESSMENT_LABEL.test(normalizeHeading(label[1]))) {
            const word = label[2].replace(/^:\s*/, '').trim().toLowerCase();
            const found = (Object.keys(ECONOMY_ASSESSMENT_WORDS) as (keyof typeof ECONOMY_ASSESSMENT_WORDS)[]).filter(
              (key) => ECONOMY_ASSESSMENT_WORDS[key] === word
            );
            if (found.length) {
              assessment = found[0];
            } else {
              unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unexpectedLine' });
            }
          } else {
            itemLines.push(line);
          }
        }
        for (const item of parseItems(itemLines, unplaced)) {
          const staffing = section.kind === 'staffing' || (section.kind === 'economyStaffing' && isStaffingItem(item));
          (staffing ? staffingItems : economyItems).push(item);
        }
        break;
      }
      default:
        unplaced.push({ line: section.heading.no, text: section.heading.text, reason: 'import.unplaced.unknownSection' });
        for (const line of section.lines) {
          if (!isBlank(line.text)) {
            unplaced.push({ line: line.no, text: line.text, reason: 'import.unplaced.unknownSection' });
          }
        }
    }
  }

  // Period: the options, the "Kvartal" line when it names one quarter (and one year), and for
  // the year the KPI table's first year column.
  const quarterText = quarterLines.map((line) => line.text).join(' ');
  const quarterLine = quarterLines.length ? quarterLines[0].no : undefined;
  const textQuarters = distinctNumbers(quarterText, QUARTER_TOKEN);
  const textYears = distinctNumbers(quarterText, YEAR_TOKEN);
  const badQuarter = textQuarters.filter((q) => !isQuarterNumber(q));
  if (badQuarter.length) {
    errors.push({ messageKey: 'import.error.quarterRange', line: quarterLine, params: { quarter: String(badQuarter[0]) } });
  }
  const textQuarter = textQuarters.length === 1 && isQuarterNumber(textQuarters[0]) ? textQuarters[0] : undefined;
  const textYear = textYears.length === 1 ? textYears[0] : undefined;
  if (textYear !== undefined && !isValidYear(textYear)) {
    errors.push({ messageKey: 'import.error.yearRange', line: quarterLine, params: { year: String(textYear) } });
  }

  if (options.quarter !== undefined && !isQuarterNumber(options.quarter)) {
    errors.push({ messageKey: 'import.error.quarterRange', params: { quarter: String(options.quarter) } });
  }
  if (options.year !== undefined && !isValidYear(options.year)) {
    errors.push({ messageKey: 'import.error.yearRange', params: { year: String(options.year) } });
  }
  if (options.quarter !== undefined && textQuarter !== undefined && options.quarter !== textQuarter) {
    errors.push({ messageKey: 'import.error.quarterConflict', line: quarterLine, params: { text: String(textQuarter), option: String(options.quarter) } });
  }
  if (options.year !== undefined && textYear !== undefined && options.year !== textYear) {
    errors.push({ messageKey: 'import.error.yearConflict', line: quarterLine, params: { text: String(textYear), option: String(options.year) } });
  }
  const quarter = options.quarter !== undefined ? options.quarter : textQuarter;
  const year = options.year !== undefined ? options.year : textYear !== undefined ? textYear : kpi.tableYear;
  if (quarter === undefined && !badQuarter.length) {
    errors.push({ messageKey: 'import.error.quarterMissing', line: quarterLine });
  }
  if (year === undefined) {
    errors.push({ messageKey: 'import.error.yearMissing', line: quarterLine });
  }

  const objectTitle = titleParts.join(' ');
  const keyInTitle = OBJECT_KEY_IN_TITLE.exec(objectTitle);
  const objectKey = options.objectKey !== undefined && options.objectKey.trim() !== '' ? options.objectKey.trim() : keyInTitle ? keyInTitle[1] : undefined;
  if (objectKey === undefined) {
    errors.push({ messageKey: 'import.error.objectKeyMissing' });
  }

  // Line order reads best; sections were visited in order but unknown ones list their lines late.
  unplaced.sort((a, b) => a.line - b.line);
  if (errors.length || quarter === undefined || year === undefined || objectKey === undefined) {
    return { unplaced, errors };
  }

  const staffing: ITextItem[] = staffingItems.map(toTextItem);
  const report: IStatusReport = {
    header: {
      objectKey,
      objectTitle,
      period: { year, quarter: quarter as QuarterNumber },
      coordinator,
      mission: paragraphs(missionLines),
      approval: 'draft'
    },
    events: events.map((item): IEvent => toTextItem(item)),
    kpiSectionTitle,
    kpiDefinitions: kpi.definitions,
    kpis: kpi.entries,
    meetings: kpi.meetings,
    chartCaption: kpi.caption,
    problems: problems.map((item): IProblem => ({ ...toTextItem(item), status: 'open' })),
    activities: activities.map((item): IPlannedActivity => ({ ...toTextItem(item), status: 'planned' })),
    economy: { items: economyItems.map(toTextItem), assessment },
    staffing: { ...fteChange(staffing), items: staffing },
    communication: communication.map(toTextItem)
  };
  // No block: an old report, "ej bedömd" everywhere. A block decides the economy assessment too.
  const judged = judgements ? setJudgements(report, judgements) : report;
  return { report: reportingBack && reportingBack.length > 0 ? { ...judged, reportingBack } : judged, unplaced, errors };
}
