/**
 * The judgement block of the report text format, a "## Bedömning" section right after the
 * header:
 *
 *   **Samlad bedömning:** Risk för avvikelse
 *   Why, in one or more paragraphs.
 *
 *   **Ekonomi:** Enligt plan (ej bekräftad)
 *
 * One bold label per judgement with its status word; "(ej bekräftad)" marks a judgement carried
 * over from the previous quarter and not yet confirmed. Lines up to the next label are its
 * comment. A report without the block (every report written before judgements) has no
 * judgements, which reads as "ej bedömd" everywhere.
 */
import type { Assessment, IJudgement, IReportJudgements } from '../model';
import { isEmptyJudgements, judgementOf, JUDGEMENT_TARGETS, notJudged, withJudgement, type JudgementTarget } from '../judgement';

export const JUDGEMENT_SECTION_TITLE: string = 'Bedömning';

/** Labels of the judgements in the text format (Swedish, as the Word template). */
export const JUDGEMENT_LABELS: Readonly<Record<JudgementTarget, string>> = {
  overall: 'Samlad bedömning',
  delivery: 'Verksamhet och leverans',
  economy: 'Ekonomi',
  resources: 'Bemanning och resurser',
  risks: 'Risker'
};

/** Status words of the text format. */
export const JUDGEMENT_WORDS: Readonly<Record<Assessment, string>> = {
  good: 'Enligt plan',
  attention: 'Risk för avvikelse',
  problem: 'Avvikelse',
  notAssessed: 'Ej bedömd'
};

export const NOT_CONFIRMED_MARK: string = '(ej bekräftad)';

const BOLD_LABEL = /^\*\*(.+?)\*\*\s*(.*)$/;
const BLANK = /^[\s\u00A0\u202F\u2009]*$/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '').trim();
}

export function isJudgementSectionTitle(title: string): boolean {
  return /^(samlad )?bedömning(ar)?$/.test(normalize(title));
}

/** The block's lines, or none when every judgement is "not assessed" without comment and confirmed. */
export function formatJudgementLines(judgements: IReportJudgements | undefined): string[] {
  if (!judgements || isEmptyJudgements(judgements)) {
    return [];
  }
  const lines: string[] = [];
  JUDGEMENT_TARGETS.forEach((target) => {
    const j = judgementOf(judgements, target);
    lines.push(`**${JUDGEMENT_LABELS[target]}:** ${JUDGEMENT_WORDS[j.status]}${j.carriedOver ? ` ${NOT_CONFIRMED_MARK}` : ''}`);
    if (j.comment !== '') {
      lines.push(...j.comment.split(/\r?\n/));
    }
    lines.push('');
  });
  lines.pop();
  return lines;
}

export interface IJudgementLine {
  readonly no: number;
  readonly text: string;
}

export interface IJudgementParseResult {
  readonly judgements: IReportJudgements;
  /** Lines that are neither a known label with a known status nor a comment under one. */
  readonly unexpected: readonly IJudgementLine[];
}

function target(label: string): JudgementTarget | undefined {
  const name = normalize(label);
  return JUDGEMENT_TARGETS.filter((t) => normalize(JUDGEMENT_LABELS[t]) === name)[0];
}

function status(word: string): { status: Assessment; carriedOver: boolean } | undefined {
  let text = normalize(word.replace(/^:\s*/, ''));
  const carriedOver = text.slice(-NOT_CONFIRMED_MARK.length) === NOT_CONFIRMED_MARK;
  if (carriedOver) {
    text = text.slice(0, -NOT_CONFIRMED_MARK.length).trim();
  }
  const found = (Object.keys(JUDGEMENT_WORDS) as Assessment[]).filter((s) => normalize(JUDGEMENT_WORDS[s]) === text)[0];
  return found ? { status: found, carriedOver } : undefined;
}

/** Comment paragraphs: lines joined by "\n", blank lines kept between paragraphs only. */
function comment(lines: readonly string[]): string {
  const out = lines.slice();
  while (out.length && BLANK.test(out[0])) out.shift();
  while (out.length && BLANK.test(out[out.length - 1])) out.pop();
  return out.map((line) => (BLANK.test(line) ? '' : line)).join('\n');
}

export function parseJudgementLines(lines: readonly IJudgementLine[]): IJudgementParseResult {
  let judgements = notJudged();
  const unexpected: IJudgementLine[] = [];
  let current: { target: JudgementTarget; judgement: IJudgement; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) {
      judgements = withJudgement(judgements, current.target, { ...current.judgement, comment: comment(current.lines) });
    }
  };
  for (const line of lines) {
    const label = BOLD_LABEL.exec(line.text.trim());
    const which = label ? target(label[1]) : undefined;
    const parsed = label && which ? status(label[2]) : undefined;
    if (label && which && parsed) {
      flush();
      current = { target: which, judgement: parsed.carriedOver ? { status: parsed.status, comment: '', carriedOver: true } : { status: parsed.status, comment: '' }, lines: [] };
    } else if (label && which) {
      flush();
      current = undefined;
      unexpected.push(line);
    } else if (current) {
      current.lines.push(line.text);
    } else if (!BLANK.test(line.text)) {
      unexpected.push(line);
    }
  }
  flush();
  return { judgements, unexpected };
}
