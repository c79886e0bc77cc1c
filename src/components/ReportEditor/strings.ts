/**
 * The editor's localized strings (SPFx resource StatusReportEditorStrings) and message lookup:
 * domain and data-layer message keys are keys of the same table.
 */
import * as strings from 'StatusReportEditorStrings';

export { strings };

const table = strings as unknown as Readonly<Record<string, string>>;

/** Fills "{0}"/"{1}" from `values` and "{name}" from `params`. */
export function fill(template: string, values: readonly (string | number)[] = [], params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (match: string, name: string) => {
    const value = /^\d+$/.test(name) ? values[Number(name)] : params[name];
    return value === undefined ? match : String(value);
  });
}

/** A user-facing text for a message key, never the key itself (unknown keys get a generic text). */
export function message(key: string, params?: Readonly<Record<string, string | number>>): string {
  const template = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : strings.ValidationGeneric;
  return fill(template, [], params);
}
