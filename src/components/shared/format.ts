import type { IQuarter } from '../../domain/model';
import { formatNumber, NumberLocale } from '../../domain/numbers';
import { formatQuarter, QuarterLanguage, quarterMonthRange } from '../../domain/quarter';
import { message } from '../../messages';

/** Long date formats per locale, made on first use: creating one costs milliseconds (ICU data), and every view formats with the same two. */
const longDates: Map<NumberLocale, Intl.DateTimeFormat> = new Map();

function longDate(locale: NumberLocale): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
    longDates.set(locale, format);
  }
  return format;
}

function isSwedish(locale: string): boolean {
  return locale.toLowerCase().indexOf('sv') === 0;
}

/**
 * Formats numbers, percentages, dates and quarters for the UI locale. Swedish locales use
 * sv-SE, everything else en-US (the two languages the solution ships); the number and quarter
 * rules themselves are the domain's.
 */
export class LocaleFormatter {
  public readonly numberLocale: NumberLocale;
  public readonly language: QuarterLanguage;

  public constructor(public readonly locale: string) {
    this.numberLocale = isSwedish(locale) ? 'sv-SE' : 'en-US';
    this.language = isSwedish(locale) ? 'sv' : 'en';
  }

  /** "61 829" (sv-SE) / "61,829" (en-US); at most two decimals. */
  public number(value: number): string {
    return formatNumber(value, this.numberLocale);
  }

  /** A KPI value in its unit: percentages as "46,6 %", other units as plain numbers; `plusSign` keeps an author's "+34 %". */
  public kpiValue(value: number, unit: string, plusSign: boolean = false): string {
    return formatNumber(value, this.numberLocale, { percent: isPercentUnit(unit), plusSign });
  }

  /** A ratio (0.171) as a signed percentage with one decimal: "+17,1 %". */
  public signedRatio(ratio: number): string {
    return formatNumber(ratio * 100, this.numberLocale, { decimals: 1, percent: true, plusSign: true });
  }

  /** A difference with its sign: "+9 033"; percentage KPIs in percentage points ("+5,8 p.e."). */
  public signedDifference(difference: number, unit: string): string {
    const text = formatNumber(difference, this.numberLocale, { plusSign: true });
    return isPercentUnit(unit) ? message('report.percentagePoints', [text]) : text;
  }

  /** An ISO date or timestamp as a long local date; text that is not a date is returned as is. */
  public date(iso: string): string {
    const time = Date.parse(iso);
    return isNaN(time) ? iso : longDate(this.numberLocale).format(new Date(time));
  }

  /** "Q4 2025". */
  public quarter(period: IQuarter): string {
    return formatQuarter(period, 'quarterFirst');
  }

  /** "Q4 2025, okt–dec". */
  public period(period: IQuarter): string {
    return message('report.period', [this.quarter(period), quarterMonthRange(period.quarter, this.language)]);
  }
}

/**
 * Makes the formats the report's first render uses (numbers and long dates of the locale), so
 * that their one-off cost (ICU data: tens of milliseconds for the page's first number format)
 * falls while the first screen's request is still out, not between its answer and the card.
 */
export function warmUpFormats(locale: string): void {
  const formatter = new LocaleFormatter(locale);
  formatter.number(0);
  formatter.signedRatio(0);
  formatter.date('2000-01-01');
}

export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}
