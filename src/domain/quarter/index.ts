/**
 * Calendar quarters: ordering, neighbours, parsing, formatting and month-range labels.
 * Pure functions over the model's IQuarter; nothing here throws on user input.
 */
import type { IQuarter, QuarterNumber } from '../model';

/** Reports exist from GITS' start; anything outside this range is a typing mistake. */
export const MIN_REPORT_YEAR: number = 2000;
export const MAX_REPORT_YEAR: number = 2100;

export const QUARTER_MESSAGE_KEYS = ['validation.quarterRange', 'validation.yearRange', 'validation.quarterFormat'] as const;
export type QuarterMessageKey = (typeof QUARTER_MESSAGE_KEYS)[number];

export type QuarterLanguage = 'sv' | 'en';

export type QuarterParseResult =
  | { readonly ok: true; readonly value: IQuarter }
  | { readonly ok: false; readonly messageKey: QuarterMessageKey };

const MONTH_RANGES: Record<QuarterLanguage, readonly string[]> = {
  // Swedish short forms as GITS writes them (no abbreviation dots; "mars", "juni", "juli" are short already).
  sv: ['jan–mars', 'apr–juni', 'juli–sep', 'okt–dec'],
  en: ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec']
};

export function isQuarterNumber(value: unknown): value is QuarterNumber {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function isValidYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR;
}

/** The message key of the first thing wrong with a quarter, or undefined when it is valid. */
export function validateQuarter(value: { year?: unknown; quarter?: unknown } | undefined): 'validation.yearRange' | 'validation.quarterRange' | undefined {
  if (!value || !isValidYear(value.year)) {
    return 'validation.yearRange';
  }
  if (!isQuarterNumber(value.quarter)) {
    return 'validation.quarterRange';
  }
  return undefined;
}

export function isValidQuarter(value: { year?: unknown; quarter?: unknown } | undefined): value is IQuarter {
  return validateQuarter(value) === undefined;
}

/** Quarters counted from year 0, so that consecutive quarters differ by one. */
export function quarterIndex(q: IQuarter): number {
  return q.year * 4 + (q.quarter - 1);
}

export function quarterFromIndex(index: number): IQuarter {
  const year = Math.floor(index / 4);
  return { year, quarter: ((index - year * 4) + 1) as QuarterNumber };
}

/** Negative when a is before b, 0 when equal, positive when after; usable with Array.sort. */
export function compareQuarters(a: IQuarter, b: IQuarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function quartersEqual(a: IQuarter, b: IQuarter): boolean {
  return compareQuarters(a, b) === 0;
}

/** A sorted copy, oldest first. */
export function sortQuarters<T extends IQuarter>(quarters: readonly T[]): T[] {
  return quarters.slice().sort(compareQuarters);
}

export function addQuarters(q: IQuarter, count: number): IQuarter {
  return quarterFromIndex(quarterIndex(q) + count);
}

export function previousQuarter(q: IQuarter): IQuarter {
  return addQuarters(q, -1);
}

export function nextQuarter(q: IQuarter): IQuarter {
  return addQuarters(q, 1);
}

/** The comparison period of the report's KPI table (same quarter, previous year). */
export function sameQuarterLastYear(q: IQuarter): IQuarter {
  return { year: q.year - 1, quarter: q.quarter };
}

/** Every quarter from `from` to `to`, both included, oldest first; empty when from is after to. */
export function quarterRange(from: IQuarter, to: IQuarter): IQuarter[] {
  const result: IQuarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) {
    result.push(quarterFromIndex(i));
  }
  return result;
}

/** "2025 Q4" (yearFirst, sorts as text) or "Q4 2025" (quarterFirst, as the reports write it). */
export function formatQuarter(q: IQuarter, style: 'yearFirst' | 'quarterFirst' = 'yearFirst'): string {
  return style === 'yearFirst' ? `${q.year} Q${q.quarter}` : `Q${q.quarter} ${q.year}`;
}

/** Month range of a quarter: "okt–dec" (sv) or "Oct–Dec" (en). */
export function quarterMonthRange(quarter: QuarterNumber, language: QuarterLanguage = 'sv'): string {
  return MONTH_RANGES[language][quarter - 1];
}

/** "Q4 2025 (okt–dec)" / "Q4 2025 (Oct–Dec)". */
export function quarterLabel(q: IQuarter, language: QuarterLanguage = 'sv'): string {
  return `${formatQuarter(q, 'quarterFirst')} (${quarterMonthRange(q.quarter, language)})`;
}

// "2025 Q4", "2025-Q4", "2025/Q4", "Q4 2025", "Q4-2025", "Kv4 2025", "K4 2025", "kvartal 4 2025".
const YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*(?:q|kv|k|kvartal)\s*(\d{1,2})$/i;
const QUARTER_FIRST = /^(?:q|kv|k|kvartal)\s*(\d{1,2})\s*[-/ ]?\s*(\d{4})$/i;

/** Parses a quarter as people write it. Never throws. */
export function parseQuarter(text: string): QuarterParseResult {
  const trimmed = typeof text === 'string' ? text.trim().replace(/[\u00A0\u202F\u2009]/g, ' ') : '';
  let year: number;
  let quarter: number;
  let match = YEAR_FIRST.exec(trimmed);
  if (match) {
    year = Number(match[1]);
    quarter = Number(match[2]);
  } else {
    match = QUARTER_FIRST.exec(trimmed);
    if (!match) {
      return { ok: false, messageKey: 'validation.quarterFormat' };
    }
    quarter = Number(match[1]);
    year = Number(match[2]);
  }
  const messageKey = validateQuarter({ year, quarter });
  if (messageKey) {
    return { ok: false, messageKey };
  }
  return { ok: true, value: { year, quarter: quarter as QuarterNumber } };
}
