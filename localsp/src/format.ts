/**
 * SharePoint's three JSON forms. `Accept: application/json` (PnPjs' default) is treated
 * as minimalmetadata, as SharePoint Online does.
 */
import { SpError } from './errors';
import { localizeMessage } from './messages';

export type JsonMode = 'verbose' | 'minimal' | 'nometadata';

/** An OData entity: a SharePoint type with its address relative to `_api/`. */
export class Entity {
  public constructor(
    public readonly type: string,
    public readonly path: string | undefined,
    public readonly props: Record<string, unknown>,
    public readonly etag?: string
  ) {}
}

/** A complex (non-entity) value, e.g. SP.BasePermissions or SP.ListItemFormUpdateValue. */
export class Complex {
  public constructor(public readonly type: string, public readonly props: Record<string, unknown>) {}
}

/** A collection of primitives or complex values (e.g. Collection(Edm.String)). */
export class PrimitiveCollection {
  public constructor(public readonly type: string, public readonly items: unknown[]) {}
}

export function jsonModeOf(accept: string | undefined): JsonMode {
  const a = (accept || '').toLowerCase();
  if (a.indexOf('odata=verbose') >= 0) {
    return 'verbose';
  }
  if (a.indexOf('odata=nometadata') >= 0) {
    return 'nometadata';
  }
  return 'minimal';
}

export function contentTypeOf(mode: JsonMode): string {
  const m = mode === 'verbose' ? 'verbose' : mode === 'nometadata' ? 'nometadata' : 'minimalmetadata';
  return `application/json;odata=${m};streaming=true;charset=utf-8`;
}

export function formatValue(v: unknown, mode: JsonMode, apiBase: string): unknown {
  if (v instanceof Entity) {
    const out: Record<string, unknown> = {};
    if (mode === 'verbose') {
      const meta: Record<string, unknown> = {};
      if (v.path) {
        meta.id = `${apiBase}/${v.path}`;
        meta.uri = `${apiBase}/${v.path}`;
      }
      if (v.etag) {
        meta.etag = v.etag;
      }
      meta.type = v.type;
      out.__metadata = meta;
    } else if (mode === 'minimal') {
      out['odata.type'] = v.type;
      if (v.path) {
        out['odata.id'] = `${apiBase}/${v.path}`;
      }
      if (v.etag) {
        out['odata.etag'] = v.etag;
      }
      if (v.path) {
        out['odata.editLink'] = v.path;
      }
    }
    Object.keys(v.props).forEach((k) => {
      out[k] = formatValue(v.props[k], mode, apiBase);
    });
    return out;
  }
  if (v instanceof Complex) {
    const out: Record<string, unknown> = {};
    if (mode === 'verbose') {
      out.__metadata = { type: v.type };
    } else if (mode === 'minimal') {
      out['odata.type'] = v.type;
    }
    Object.keys(v.props).forEach((k) => {
      out[k] = formatValue(v.props[k], mode, apiBase);
    });
    return out;
  }
  if (v instanceof PrimitiveCollection) {
    const items = v.items.map((i) => formatValue(i, mode, apiBase));
    return mode === 'verbose' ? { __metadata: { type: v.type }, results: items } : items;
  }
  if (Array.isArray(v)) {
    const items = v.map((i) => formatValue(i, mode, apiBase));
    return mode === 'verbose' ? { results: items } : items;
  }
  return v === undefined ? null : v;
}

/** A single entity or complex value as a response body. */
export function formatSingle(v: Entity | Complex, mode: JsonMode, apiBase: string, metadataName: string, verboseName?: string): unknown {
  const body = formatValue(v, mode, apiBase) as Record<string, unknown>;
  if (mode === 'verbose') {
    return { d: verboseName ? { [verboseName]: body } : body };
  }
  if (mode === 'minimal') {
    const { 'odata.type': t, ...rest } = body;
    // SharePoint omits odata.type on the top-level entity when it matches the entity set.
    return { 'odata.metadata': `${apiBase}/$metadata#${metadataName}`, 'odata.type': t, ...rest };
  }
  return body;
}

export function formatCollection(items: unknown[], mode: JsonMode, apiBase: string, metadataName: string, nextLink?: string, verboseName?: string): unknown {
  const values = items.map((i) => formatValue(i, mode, apiBase));
  if (mode === 'verbose') {
    const d: Record<string, unknown> = { results: values };
    if (nextLink) {
      d.__next = nextLink;
    }
    return { d: verboseName ? { [verboseName]: d } : d };
  }
  const out: Record<string, unknown> = {};
  if (mode === 'minimal') {
    out['odata.metadata'] = `${apiBase}/$metadata#${metadataName}`;
  }
  out.value = values;
  if (nextLink) {
    out['odata.nextLink'] = nextLink;
  }
  return out;
}

/** A method that returns nothing (e.g. breakroleinheritance). */
export function formatNull(mode: JsonMode, apiBase: string, verboseName: string): unknown {
  if (mode === 'verbose') {
    return { d: { [verboseName]: null } };
  }
  return mode === 'minimal' ? { 'odata.metadata': `${apiBase}/$metadata#Edm.Null`, 'odata.null': true } : { 'odata.null': true };
}

/** A method that returns a primitive (e.g. an Int32). */
export function formatPrimitive(v: unknown, mode: JsonMode, apiBase: string, edmType: string, verboseName: string): unknown {
  if (mode === 'verbose') {
    return { d: { [verboseName]: v } };
  }
  return mode === 'minimal' ? { 'odata.metadata': `${apiBase}/$metadata#${edmType}`, value: v } : { value: v };
}

/** An error body; the message is in the site's language (`lcid`), the code is the same in every language. */
export function formatError(e: SpError, mode: JsonMode, lcid = 1033): unknown {
  const inner = { code: e.code, message: localizeMessage(e.message, lcid) };
  return mode === 'verbose' ? { error: inner } : { 'odata.error': inner };
}
