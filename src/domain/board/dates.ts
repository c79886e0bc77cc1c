/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd) as the governance calendar stores them: the
 * site's local dates, compared and shifted as days, never as instants (no time zone enters).
 */
import type { IQuarter } from '../model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or undefined when the text is not an existing date. */
export function isoDateToDay(date: string): number | undefined {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / 86400000);
}

export function dayToIsoDate(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

export function isIsoDate(date: unknown): date is string {
  return typeof date === 'string' && isoDateToDay(date) !== undefined;
}

/** The ISO date `days` days after `date` (before, when negative). Throws on a date that does not exist. */
export function addDays(date: string, days: number): string {
  const day = isoDateToDay(date);
  if (day === undefined) {
    throw new Error(`Not an ISO date: ${date}`);
  }
  return dayToIsoDate(day + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = isoDateToDay(from);
  const b = isoDateToDay(to);
  if (a === undefined || b === undefined) {
    throw new Error(`Not an ISO date: ${a === undefined ? from : to}`);
  }
  return b - a;
}

/** Last day of a quarter: 2025 Q4 → "2025-12-31". */
export function quarterEndDate(q: IQuarter): string {
  const firstOfNext = Date.UTC(q.year, q.quarter * 3, 1);
  return dayToIsoDate(Math.round(firstOfNext / 86400000) - 1);
}

/** The quarter a date falls in. */
export function quarterOfDate(date: string): IQuarter {
  const day = isoDateToDay(date);
  if (day === undefined) {
    throw new Error(`Not an ISO date: ${date}`);
  }
  const d = new Date(day * 86400000);
  return { year: d.getUTCFullYear(), quarter: (Math.floor(d.getUTCMonth() / 3) + 1) as IQuarter['quarter'] };
}
