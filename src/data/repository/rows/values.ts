/** Small conversions between list values and the model, shared by the repository's modules. */
import type { ApprovalState, IPerson, IQuarter, QuarterNumber } from '../../../domain/model';
import type { ItemRow } from './types';

/** SharePoint content approval status (_ModerationStatus). */
export const MODERATION = { approved: 0, denied: 1, pending: 2, draft: 3 } as const;

/**
 * `$filter` clause for approved content: approved, and an item, not a folder. A team may create
 * folders in its own folder of a moderated list (adding a folder needs only Add Items), with any
 * column values, and a new folder may be published without approval, so approved content is
 * read from items only (FSObjType 0).
 */
export const APPROVED_ITEMS = `OData__ModerationStatus eq ${MODERATION.approved} and FSObjType eq 0`;
/** `$filter` clause for items only (no folders). */
export const ITEMS_ONLY = 'FSObjType eq 0';

/** An OData string literal. */
export function q(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v) || 0;
}

export function quarterOf(row: { readonly PeriodYear?: unknown; readonly PeriodQuarter?: unknown }): IQuarter {
  return { year: num(row.PeriodYear), quarter: (num(row.PeriodQuarter) || 1) as QuarterNumber };
}

export function etagOf(row: Partial<ItemRow> | Record<string, unknown>): string {
  const r = row as Partial<ItemRow>;
  const e = r['odata.etag'] ?? r.__metadata?.etag;
  return typeof e === 'string' ? e : '';
}

export function personFrom(name: unknown, email: unknown): IPerson {
  return typeof email === 'string' && email ? { displayName: String(name ?? ''), email } : { displayName: String(name ?? '') };
}

export function moderationToApproval(status: unknown): ApprovalState {
  switch (num(status)) {
    case MODERATION.approved:
      return 'approved';
    case MODERATION.denied:
      return 'returned';
    case MODERATION.pending:
      return 'pending';
    default:
      return 'draft';
  }
}

export function newToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
