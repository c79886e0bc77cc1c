/**
 * The reporting-back section of the report text format ("## Återrapportering av uppdrag från
 * ledningsrådet"), one block per assignment:
 *
 *   **Uppdrag SHVO-2025Q4-1:** Redovisa en plan för beroendet till Oracle.
 *   **Givet för:** Q4 2025
 *   **Besvaras senast:** Q1 2026
 *   **Status:** Pågår
 *   **Svar:**
 *   The team's answer, in one or more paragraphs.
 *
 * The labels are read with or without the bold marks (a Word document gives them as plain
 * text). A report without assignments to answer has no section, so older reports and the seed
 * are written exactly as before.
 */
import type { AnswerStatus, IReportingBackItem } from '../board/model';
import type { IQuarter, QuarterNumber } from '../model';
import { formatQuarter, nextQuarter, parseQuarter } from '../quarter';

export const REPORTING_BACK_SECTION_TITLE: string = 'Återrapportering av uppdrag från ledningsrådet';

/** Labels of the text format (Swedish, as the Word document). */
export const REPORTING_BACK_LABELS = {
  assignment: 'Uppdrag',
  givenFor: 'Givet för',
  answerBy: 'Besvaras senast',
  status: 'Status',
  answer: 'Svar'
} as const;

/** Status words of the text format; an item not yet answered says "Ej besvarat". */
export const ANSWER_STATUS_WORDS: Readonly<Record<AnswerStatus, string>> = {
  done: 'Klart',
  ongoing: 'Pågår',
  notStarted: 'Ej påbörjat'
};
export const NOT_ANSWERED_WORD: string = 'Ej besvarat';

const BLANK = /^[\s\u00A0\u202F\u2009]*$/;
/** "**Label:** value", "Label: value", "**Label**: value"; the label is checked by the caller. */
const LABEL_LINE = /^\s*(?:\*\*)?\s*([^:*]+?)\s*(?::\s*(?:\*\*)?|(?:\*\*)\s*:)\s?(.*)$/;
const KEY_QUARTER = /-(\d{4})Q([1-4])-\d+$/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isReportingBackSectionTitle(title: string): boolean {
  return /^återrapportering( av uppdrag)?/.test(normalize(title).replace(/[.:]+$/, ''));
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split(/\r?\n/);
}

/** The section's lines, or none when there is nothing to report back on. */
export function formatReportingBackLines(items: readonly IReportingBackItem[] | undefined): string[] {
  if (!items || items.length === 0) return [];
  const out: string[] = [];
  items.forEach((item, i) => {
    const [first, ...rest] = lines(item.assignment);
    out.push(`**${REPORTING_BACK_LABELS.assignment} ${item.assignmentKey}:** ${first ?? ''}`.replace(/\s+$/, ''), ...rest);
    out.push(`**${REPORTING_BACK_LABELS.givenFor}:** ${formatQuarter(item.givenFor, 'quarterFirst')}`);
    out.push(`**${REPORTING_BACK_LABELS.answerBy}:** ${formatQuarter(item.answerBy, 'quarterFirst')}`);
    out.push(`**${REPORTING_BACK_LABELS.status}:** ${item.status ? ANSWER_STATUS_WORDS[item.status] : NOT_ANSWERED_WORD}`);
    out.push(`**${REPORTING_BACK_LABELS.answer}:**`, ...lines(item.answer));
    if (i < items.length - 1) out.push('');
  });
  return out;
}

export interface IReportingBackLine {
  readonly no: number;
  readonly text: string;
}

export interface IReportingBackParseResult {
  readonly items: readonly IReportingBackItem[];
  /** Lines that fit nowhere in the section (outside a block, or a label with a value it cannot read). */
  readonly unexpected: readonly IReportingBackLine[];
}

type LabelKey = keyof typeof REPORTING_BACK_LABELS;

interface ILabel {
  readonly key: LabelKey;
  /** The assignment key, for "Uppdrag <key>". */
  readonly assignmentKey?: string;
  readonly value: string;
}

function labelOf(text: string): ILabel | undefined {
  const m = LABEL_LINE.exec(text);
  if (!m) return undefined;
  const name = normalize(m[1]);
  const value = m[2].trim();
  const assignment = /^uppdrag\s+(\S+)$/.exec(name);
  if (assignment) {
    // The key as written (case kept): the text after "Uppdrag " up to the colon.
    const written = m[1].trim().replace(/^\S+\s+/, '');
    return { key: 'assignment', assignmentKey: written, value };
  }
  const key = (Object.keys(REPORTING_BACK_LABELS) as LabelKey[]).filter((k) => k !== 'assignment' && normalize(REPORTING_BACK_LABELS[k]) === name)[0];
  return key ? { key, value } : undefined;
}

function statusOf(word: string): AnswerStatus | undefined | 'notAnswered' {
  const w = normalize(word).replace(/[.]+$/, '');
  if (w === normalize(NOT_ANSWERED_WORD)) return 'notAnswered';
  return (Object.keys(ANSWER_STATUS_WORDS) as AnswerStatus[]).filter((s) => normalize(ANSWER_STATUS_WORDS[s]) === w)[0];
}

/** Paragraph text: blank lines at either end dropped, blank lines between paragraphs kept empty. */
function paragraphs(block: readonly string[]): string {
  const out = block.slice();
  while (out.length && BLANK.test(out[0])) out.shift();
  while (out.length && BLANK.test(out[out.length - 1])) out.pop();
  return out.map((line) => (BLANK.test(line) ? '' : line)).join('\n');
}

interface IBuilder {
  assignmentKey: string;
  assignment: string[];
  givenFor?: IQuarter;
  answerBy?: IQuarter;
  status?: AnswerStatus;
  answer: string[];
  /** Which multi-line field the next plain lines belong to. */
  into: 'assignment' | 'answer' | undefined;
  /** The block's lines, listed as unexpected when it names no quarter it was given for (nothing is dropped silently). */
  readonly lines: IReportingBackLine[];
}

function quarterFromKey(key: string): IQuarter | undefined {
  const m = KEY_QUARTER.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as QuarterNumber } : undefined;
}

export function parseReportingBackLines(input: readonly IReportingBackLine[]): IReportingBackParseResult {
  const items: IReportingBackItem[] = [];
  const unexpected: IReportingBackLine[] = [];
  let current: IBuilder | undefined;
  const flush = (): void => {
    if (!current) return;
    const givenFor = current.givenFor ?? quarterFromKey(current.assignmentKey);
    if (givenFor) {
      const item: IReportingBackItem = {
        assignmentKey: current.assignmentKey,
        assignment: paragraphs(current.assignment),
        givenFor,
        answerBy: current.answerBy ?? nextQuarter(givenFor),
        answer: paragraphs(current.answer)
      };
      items.push(current.status ? { ...item, status: current.status } : item);
    } else {
      unexpected.push(...current.lines.filter((l) => !BLANK.test(l.text)));
    }
    current = undefined;
  };
  for (const line of input) {
    // Inside an answer only the next assignment's label ends it: an answer may hold "Label: text" lines of its own.
    const label = labelOf(line.text);
    const endsAnswer = label !== undefined && label.key === 'assignment';
    if (current && !endsAnswer) current.lines.push(line);
    if (label && (current?.into !== 'answer' || endsAnswer)) {
      if (label.key === 'assignment') {
        flush();
        current = { assignmentKey: label.assignmentKey ?? '', assignment: label.value ? [label.value] : [], answer: [], into: 'assignment', lines: [line] };
        continue;
      }
      if (!current) {
        unexpected.push(line);
        continue;
      }
      if (label.key === 'givenFor' || label.key === 'answerBy') {
        const q = parseQuarter(label.value);
        if (q.ok) current[label.key] = q.value;
        else unexpected.push(line);
        current.into = undefined;
      } else if (label.key === 'status') {
        const s = statusOf(label.value);
        if (s === undefined) unexpected.push(line);
        else if (s !== 'notAnswered') current.status = s;
        current.into = undefined;
      } else {
        current.into = 'answer';
        if (label.value !== '') current.answer.push(label.value);
      }
      continue;
    }
    if (current && current.into) {
      current[current.into].push(line.text);
    } else if (!BLANK.test(line.text)) {
      unexpected.push(line);
    }
  }
  flush();
  unexpected.sort((a, b) => a.no - b.no);
  return { items, unexpected };
}
