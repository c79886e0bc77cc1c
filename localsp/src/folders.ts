/**
 * Folders of a list. As in SharePoint, a folder is a list item (FileSystemObjectType 1,
 * content type 0x0120…) and every item has a place: FileDirRef (the server-relative URL of
 * its folder), FileLeafRef (its name: "<id>_.000" for an item, the folder's name for a
 * folder) and FileRef (FileDirRef/FileLeafRef). Items at the root of a list store nothing;
 * an item in a folder stores FileDirRef, a folder stores FSObjType 1 and its FileLeafRef.
 */
import { IItemRow, IItemVersion, IListRow, Store } from './store';

export const FOLDER_FIELDS = ['FileLeafRef', 'FileDirRef', 'FileRef', 'FSObjType'];

/** The list's URL name (the part after /Lists/), fixed when the list is created from its title. */
export function listUrlName(l: IListRow): string {
  return typeof l.props.UrlName === 'string' ? l.props.UrlName : l.title.replace(/[^A-Za-z0-9 _-]/g, '');
}

/** Server-relative URL of the list's root folder, e.g. /sites/gits/Lists/GitsReports. */
export function listRootUrl(l: IListRow): string {
  return `/sites/${l.site}/Lists/${listUrlName(l)}`;
}

export function isFolder(v: IItemVersion): boolean {
  return v.data.FSObjType === 1;
}

export function itemDir(list: IListRow, v: IItemVersion): string {
  return typeof v.data.FileDirRef === 'string' ? v.data.FileDirRef : listRootUrl(list);
}

export function itemLeaf(item: IItemRow, v: IItemVersion): string {
  return typeof v.data.FileLeafRef === 'string' ? v.data.FileLeafRef : `${item.id}_.000`;
}

export function itemRef(list: IListRow, item: IItemRow, v: IItemVersion): string {
  return `${itemDir(list, v)}/${itemLeaf(item, v)}`;
}

/** Normalizes a folder URL as SharePoint compares them: decoded, no trailing slash, case-insensitive. */
export function folderKey(url: string): string {
  let u = url.trim();
  try {
    u = decodeURIComponent(u);
  } catch {
    // keep as sent
  }
  return u.replace(/\/+$/, '').toLowerCase();
}

/** Ids of the items (folders included) anywhere below a folder URL. */
export function descendantIds(store: Store, list: IListRow, folderUrl: string): number[] {
  const key = folderKey(folderUrl);
  const rows = store
    .sql(
      "SELECT id FROM items WHERE list_id = ? AND (lower(json_extract(current, '$.data.FileDirRef')) = ? OR lower(json_extract(current, '$.data.FileDirRef')) LIKE ? ESCAPE '\\')"
    )
    .all(list.id, key, `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Every folder item of a list. */
export function allFolders(store: Store, list: IListRow): IItemRow[] {
  const rows = store.sql("SELECT id FROM items WHERE list_id = ? AND json_extract(current, '$.data.FSObjType') = 1").all(list.id) as { id: number }[];
  return rows.map((r) => store.item(list.id, r.id)).filter((i): i is IItemRow => !!i);
}
