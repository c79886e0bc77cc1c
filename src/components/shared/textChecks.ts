/**
 * Checks of typed text shared by the editor and the recorder's form: characters SharePoint
 * cannot store, line breaks in single-line fields, dates that exist. Required and length are
 * the domain's rules.
 */
import type { MessageKey } from '../../messages';

/**
 * C0 controls other than tab/line feed/carriage return, DEL, and lone UTF-16 surrogates:
 * SharePoint rejects them in XML/JSON payloads, and they are never typed on purpose.
 */
export function hasForbiddenCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) {
        return true;
      }
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return true;
    }
  }
  return false;
}

const LINE_BREAK = /[\r\n]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ITextRule {
  readonly singleLine?: boolean;
}

/** Characters SharePoint cannot store, and line breaks pasted into a single-line field. */
export function checkText(value: string, rule: ITextRule = {}): MessageKey | undefined {
  if (hasForbiddenCharacters(value)) {
    return 'validation.invalidCharacters';
  }
  if (rule.singleLine && LINE_BREAK.test(value)) {
    return 'validation.singleLine';
  }
  return undefined;
}

/** A yyyy-mm-dd date that exists in the calendar (empty is allowed: the date is optional). */
export function checkDate(value: string): MessageKey | undefined {
  if (value === '') {
    return undefined;
  }
  const match = ISO_DATE.exec(value);
  if (!match) {
    return 'validation.dateFormat';
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return 'validation.dateFormat';
  }
  return undefined;
}
