/**
 * The message catalogue: every user-visible text, one resource per language
 * (src/webparts/statusReport/loc/{sv-se,en-us}.js), keyed by message key. `message` is the one
 * lookup, `fill` the one way to put values into a text.
 */
import * as strings from 'StatusReportWebPartStrings';

/** A key of the catalogue, e.g. "data.error.conflict" or "report.section.events". */
export type MessageKey = keyof IStatusReportStrings;

/** Values for "{0}", "{1}"… (an array) or for "{name}" placeholders (a record). */
export type MessageParams = readonly (string | number)[] | Readonly<Record<string, string | number>>;

const catalogue = strings as unknown as Readonly<Record<string, string>>;

/** Text shown for a key the catalogue lacks (a message key from newer data, say): never the key itself. */
const FALLBACK: MessageKey = 'data.error.unexpected';

/** Whether `key` is a key of the catalogue (keys that arrive at run time, e.g. on an error object). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** The text of `key` in the page's language, its placeholders filled from `params`. */
export function message(key: MessageKey, params?: MessageParams): string {
  const template = catalogue[isMessageKey(key) ? key : FALLBACK];
  return params === undefined ? template : fill(template, params);
}

function isList(params: MessageParams): params is readonly (string | number)[] {
  return Array.isArray(params);
}

/** Fills "{0}"… from an array or "{name}" from a record; placeholders without a value stay as written. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (match: string, name: string) => {
    const value = isList(params) ? (/^\d+$/.test(name) ? params[Number(name)] : undefined) : params[name];
    return value === undefined ? match : String(value);
  });
}
