/**
 * The one place where the repository adds items to product lists. Items of the lists with a
 * folder per object (docs/security.md) are created inside their object's folder, where that
 * object's team has its rights: AddValidateUpdateItemUsingPath with the folder as FolderPath.
 * Other lists (GitsObjects, GitsConfig, GitsApprovalLog) get a plain add at the root.
 *
 * AddValidateUpdateItemUsingPath takes form values (text, as SharePoint's forms send them).
 * Text, choices, whole numbers, yes/no and lookups are the same in every site language, and
 * dates are sent as ISO 8601 in UTC with `datesInUTC` (pnp/pnpjs#3336). Numbers with decimals
 * would be read in the site's regional format ("46,6" on a Swedish site), so they are written
 * right after the add with an ordinary typed update (`followUp`: an unbatched SPFI when `sp`
 * is a batch, since a batch cannot take a request that depends on one of its answers).
 */
import type { SPFI } from '@pnp/sp';
import { spPost, SPQueryable } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { listSpec, type ListKey } from '../../schema/schema';
import { isFolderedList, objectFolderPath } from '../../schema/security';
import { list } from '../context';
import type { Row } from '../rows/mapping';
import { etagOf, num } from '../rows/values';

/** A new item as SharePoint confirmed it: its id, and its ETag when the answer carried one ('' otherwise). */
export interface IAddedItem {
  readonly Id: number;
  readonly etag: string;
  readonly Modified?: string;
}

interface IFormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

interface IFormResult {
  readonly FieldName: string;
  readonly FieldValue?: string;
  readonly HasException?: boolean;
  readonly ErrorMessage?: string;
  readonly ErrorCode?: number;
}

/** Server-relative URL of the site an SPFI points at ("/sites/gits"). */
export function webServerRelativeUrl(sp: SPFI): string {
  const url = sp.web.toUrl();
  const path = /^https?:\/\//i.test(url) ? new URL(url).pathname : url;
  return decodeURIComponent(path.replace(/\/_api\/web\/?$/i, ''));
}

/**
 * Splits a row into form values for the add and the typed rest for the update after it.
 * Lookup columns appear in rows as `<Name>Id`; empty values are left out (a new item is empty).
 */
export function toFormValues(key: ListKey, row: Row): { form: IFormValue[]; rest: Row } {
  const columns = listSpec(key).columns;
  const form: IFormValue[] = [];
  const rest: Row = {};
  Object.keys(row).forEach((name) => {
    const value = row[name];
    if (value === undefined || value === null) return;
    const lookup = columns.find((c) => c.type === 'Lookup' && `${c.name}Id` === name);
    const column = lookup ?? columns.find((c) => c.name === name);
    const fieldName = lookup ? lookup.name : name;
    if (column?.type === 'DateTime' && typeof value === 'string') {
      form.push({ FieldName: fieldName, FieldValue: new Date(value).toISOString() });
    } else if (typeof value === 'number') {
      if (Number.isInteger(value)) form.push({ FieldName: fieldName, FieldValue: String(value) });
      else rest[name] = value;
    } else if (typeof value === 'boolean') {
      form.push({ FieldName: fieldName, FieldValue: value ? '1' : '0' });
    } else if (typeof value === 'string') {
      form.push({ FieldName: fieldName, FieldValue: value });
    } else {
      rest[name] = value;
    }
  });
  return { form, rest };
}

/** Thrown when SharePoint answers 200 but refuses a field (HasException): a failed add. */
function formError(results: readonly IFormResult[]): Error & { status: number } {
  const failed = results.filter((r) => r.HasException);
  const message = failed.map((r) => `${r.FieldName}: ${String(r.ErrorMessage ?? r.ErrorCode ?? '')}`).join('; ');
  return Object.assign(new Error(`AddValidateUpdateItemUsingPath refused ${message}`), { status: 400 });
}

/**
 * Adds `row` to list `key` (on the batched SPFI when one is given). `objectKey` is the
 * förvaltningsobjekt the item belongs to (undefined for lists that are not per object).
 */
export async function addItem(sp: SPFI, key: ListKey, objectKey: string | undefined, row: Row, followUp: SPFI = sp): Promise<IAddedItem> {
  if (objectKey === undefined || !isFolderedList(key)) {
    const added: Row = await list(sp, key).items.add(row);
    return { Id: num(added.Id), etag: etagOf(added), ...(typeof added.Modified === 'string' ? { Modified: added.Modified } : {}) };
  }
  const { form, rest } = toFormValues(key, row);
  const target = SPQueryable(list(sp, key), 'AddValidateUpdateItemUsingPath()');
  const answer: { value?: IFormResult[] } | IFormResult[] = await spPost(
    target,
    body({
      listItemCreateInfo: { FolderPath: { DecodedUrl: objectFolderPath(webServerRelativeUrl(sp), key, objectKey) } },
      formValues: form,
      bNewDocumentUpdate: false,
      datesInUTC: true
    })
  );
  const results = Array.isArray(answer) ? answer : answer.value ?? [];
  if (results.some((r) => r.HasException)) throw formError(results);
  const id = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
  if (!Number.isFinite(id) || id <= 0) throw Object.assign(new Error('AddValidateUpdateItemUsingPath returned no item id'), { status: 500 });
  if (Object.keys(rest).length > 0) await list(followUp, key).items.getById(id).update(rest);
  return { Id: id, etag: '' };
}
