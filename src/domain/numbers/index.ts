/**
 * Numbers as people write them in Swedish (and US English) reports: "61 829", "46,6 %",
 * "+34 %", "1 520 jan–maj", "10 (oktober)", "−3". Parsing never throws; it returns a result
 * object with the value and what surrounded it, or a message key.
 */

export const NUMBER_MESSAGE_KEYS = ['number.empty', 'number.invalid', 'number.outOfRange', 'number.unexpectedText'] as const;
export type NumberMessageKey = (typeof NUMBER_MESSAGE_KEYS)[number];

export type NumberLocale = 'sv-SE' | 'en-US';

export interface IParsedNumber {
  readonly ok: true;
  /** The value, signed; percentages stay in percent units (46,6 % → 46.6). */
  readonly value: number;
  readonly percent: boolean;
  /** The sign as written; undefined when none was written. */
  readonly sign?: '+' | '-';
  /** Digits after the decimal separator as written ("46,6" → 1); the stated precision. */
  readonly decimals: number;
  /** Words after the number ("jan–maj", "(oktober)"); undefined when none. */
  readonly qualifier?: string;
}

export interface INumberParseError {
  readonly ok: false;
  readonly messageKey: NumberMessageKey;
}

export type NumberParseResult = IParsedNumber | INumberParseError;

export interface INumberParseOptions {
  /** Default sv-SE: space-like thousands separators and decimal comma. en-US: "," thousands, "." decimals. */
  readonly locale?: NumberLocale;
  /** Default true. When false, words after the number are an error (form fields holding one number). */
  readonly allowQualifier?: boolean;
}

// Sign (hyphen, U+2212 minus, or the en dash Word's autocorrect puts in), integer part with
// optional thousands groups, optional decimals; not followed by another digit.
// Thousands separators: space, no-break space U+00A0, narrow no-break U+202F, thin space U+2009.
const SV_NUMBER = /^([+\-\u2212\u2013])?\s?(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:,(\d+))?(?!\d)(\s*%)?([\s\S]*)$/;
const EN_NUMBER = /^([+\-\u2212\u2013])?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,])(\s*%)?([\s\S]*)$/;
const EDGE_SPACE = /^[\s\u00A0\u202F\u2009]+|[\s\u00A0\u202F\u2009]+$/g;
const GROUP_SEPARATORS = /[ \u00A0\u202F\u2009,]/g;

export function parseNumberText(text: string, options: INumberParseOptions = {}): NumberParseResult {
  const trimmed = typeof text === 'string' ? text.replace(EDGE_SPACE, '') : '';
  if (trimmed === '') {
    return { ok: false, messageKey: 'number.empty' };
  }
  const match = (options.locale === 'en-US' ? EN_NUMBER : SV_NUMBER).exec(trimmed);
  if (!match) {
    return { ok: false, messageKey: 'number.invalid' };
  }
  const [, signText, integerText, fractionText, percentText, restText] = match;
  // Whatever follows must be separated from the number, and must not start with a digit
  // ("1 5200" is a mistyped number, not 1 with the words "5200").
  if (restText !== '' && !/^[\s\u00A0\u202F\u2009]+\S|^\(/.test(restText)) {
    return { ok: false, messageKey: 'number.invalid' };
  }
  const qualifier = restText.replace(EDGE_SPACE, '');
  if (/^\d/.test(qualifier)) {
    return { ok: false, messageKey: 'number.invalid' };
  }
  if (qualifier !== '' && options.allowQualifier === false) {
    return { ok: false, messageKey: 'number.unexpectedText' };
  }
  const magnitude = Number(integerText.replace(GROUP_SEPARATORS, '') + (fractionText ? '.' + fractionText : ''));
  if (!isFinite(magnitude)) {
    return { ok: false, messageKey: 'number.outOfRange' };
  }
  const sign: '+' | '-' | undefined = signText === undefined ? undefined : signText === '+' ? '+' : '-';
  const value = sign === '-' ? (magnitude === 0 ? 0 : -magnitude) : magnitude;
  const result: IParsedNumber = {
    ok: true,
    value,
    percent: percentText !== undefined,
    decimals: fractionText ? fractionText.length : 0,
    ...(sign ? { sign } : {}),
    ...(qualifier ? { qualifier } : {})
  };
  return result;
}

/** The value of a text holding one number (qualifier allowed), or undefined. */
export function parseNumberValue(text: string, options: INumberParseOptions = {}): number | undefined {
  const parsed = parseNumberText(text, options);
  return parsed.ok ? parsed.value : undefined;
}

export interface INumberFormatOptions {
  /** Exactly this many decimals (default: up to 2, trailing zeros dropped). */
  readonly decimals?: number;
  /** Append a percent sign ("46,6 %" in sv-SE, "46.6%" in en-US); the value is in percent units. */
  readonly percent?: boolean;
  /** Write "+" before positive values (changes: "+34 %"). */
  readonly plusSign?: boolean;
}

// Building an Intl.NumberFormat costs far more than formatting with one (a large report formats
// thousands of cells per render), so one formatter per locale and decimals is kept and reused.
interface ICachedNumberFormat {
  readonly format: (value: number) => string;
  /** How 0 formats, to know whether a positive value rounds to zero (no "+" then). */
  readonly zero: string;
}
const numberFormatCache: { [key: string]: ICachedNumberFormat | undefined } = {};

function cachedNumberFormat(locale: NumberLocale, decimals: number | undefined): ICachedNumberFormat {
  const key = `${locale}|${decimals === undefined ? '' : decimals}`;
  let cached = numberFormatCache[key];
  if (!cached) {
    const formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals !== undefined ? decimals : 0,
      maximumFractionDigits: decimals !== undefined ? decimals : 2,
      useGrouping: true
    });
    cached = { format: (value: number) => formatter.format(value), zero: formatter.format(0) };
    numberFormatCache[key] = cached;
  }
  return cached;
}

/**
 * Formats a number for display in a locale via Intl.NumberFormat (sv-SE groups with U+00A0
 * and writes minus as U+2212). Non-finite values format as an empty string: there is nothing
 * sensible to show.
 */
export function formatNumber(value: number, locale: NumberLocale = 'sv-SE', options: INumberFormatOptions = {}): string {
  if (typeof value !== 'number' || !isFinite(value)) {
    return '';
  }
  const formatter = cachedNumberFormat(locale, options.decimals);
  let text = formatter.format(value);
  if (options.plusSign && value > 0 && text !== formatter.zero) {
    text = '+' + text;
  }
  if (options.percent) {
    text += locale === 'sv-SE' ? '\u00A0%' : '%';
  }
  return text;
}
