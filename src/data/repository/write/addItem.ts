/**
 * The one place where the repository adds items to product lists, so where new items are
 * created (e.g. a folder per object) is decided here for every list.
 */
import type { SPFI } from '@pnp/sp';
import type { ListKey } from '../../schema/schema';
import { list } from '../context';
import type { Row } from '../rows/mapping';
import { etagOf, num } from '../rows/values';

/** A new item as SharePoint confirmed it: its id, and its ETag when the answer carried one ('' otherwise). */
export interface IAddedItem {
  readonly Id: number;
  readonly etag: string;
  readonly Modified?: string;
}

/**
 * Adds `row` to list `key` (on the batched SPFI when one is given). `objectKey` is the
 * förvaltningsobjekt the item belongs to (undefined for lists that are not per object).
 */
export async function addItem(sp: SPFI, key: ListKey, objectKey: string | undefined, row: Row): Promise<IAddedItem> {
  const added: Row = await list(sp, key).items.add(row);
  return { Id: num(added.Id), etag: etagOf(added), ...(typeof added.Modified === 'string' ? { Modified: added.Modified } : {}) };
}
