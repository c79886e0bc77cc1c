/** SharePoint's name encodings for internal field names and list entity type names. */

/** Encodes every character outside [A-Za-z0-9_] as _xHHHH_ (e.g. space → _x0020_, å → _x00e5_). */
export function encodeXmlName(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/[A-Za-z0-9_]/.test(ch)) {
      out += ch;
    } else {
      const code = ch.codePointAt(0) as number;
      out += `_x${code.toString(16).padStart(4, '0')}_`;
    }
  }
  return out;
}

/** The internal name SharePoint derives from a new field's title (at most 32 characters). */
export function internalNameFromTitle(title: string): string {
  return encodeXmlName(title).substring(0, 32);
}

/** JSON property name of a field: names starting with "_" get SharePoint's "OData_" prefix. */
export function jsonName(internalName: string): string {
  return internalName.charAt(0) === '_' ? `OData_${internalName}` : internalName;
}

/** Inverse of jsonName. */
export function internalFromJson(name: string): string {
  return name.indexOf('OData__') === 0 ? name.substring(6) : name;
}

/** Entity name of a list's items from its URL name, e.g. "Status Reports" → "Status_x0020_ReportsListItem". */
export function listItemEntityName(urlName: string): string {
  const enc = encodeXmlName(urlName);
  return enc.charAt(0).toUpperCase() + enc.substring(1);
}
