/**
 * Breaking and restoring permission inheritance on lists, folders and items, and granting
 * roles on them, as SharePoint does it:
 * - breakroleinheritance on an object that already has unique permissions changes nothing
 *   (pnp/PnP-Provisioning-Schema#289, confirmed against the server object model);
 * - copyRoleAssignments=true copies the parent scope's assignments; false starts empty and
 *   adds the calling user with Full Control (pnp/PnP-Sites-Core#1584: "In CSOM the current
 *   user is always added if copy role assignments are set to false");
 * - clearSubscopes=true makes every object below inherit from the object again;
 * - granting a role on an object gives the principal Limited Access on each parent scope
 *   where it has nothing yet (Microsoft: "you assign appropriate permission to the single item,
 *   and then SharePoint automatically assigns Limited Access to other required locations").
 * SharePoint Online allows at most 50,000 unique scopes per list.
 */
import { SpError } from '../errors';
import { descendantIds, folderKey, isFolder, itemDir, itemLeaf, listRootUrl } from '../folders';
import { IItemRow, IListRow, IPrincipalRow, Store } from '../store';
import { listScopeId } from './access';
import { ROLE_IDS } from './roles';
import { itemScope, ScopeStore } from './scopeStore';

export const MAX_UNIQUE_SCOPES_PER_LIST = 50000;

export class Inheritance {
  public constructor(private readonly store: Store, private readonly scopes: ScopeStore) {}

  // ---------- lists ----------

  public breakList(site: string, list: IListRow, copy: boolean, clearSubscopes: boolean, caller: IPrincipalRow): void {
    if (list.hasUniqueRoles) {
      return;
    }
    this.store.transaction(() => {
      this.store.clearRoleAssignments(site, list.id);
      if (copy) {
        this.copyAssignments(site, 'web', list.id);
      } else {
        this.store.addRoleAssignment(site, list.id, caller.id, ROLE_IDS.fullControl);
      }
      list.hasUniqueRoles = true;
      this.store.updateList(list);
      if (clearSubscopes) {
        this.clearItemScopes(site, list);
        this.folderCache.delete(list.id);
      }
    });
  }

  public resetList(site: string, list: IListRow): void {
    this.store.transaction(() => {
      this.store.clearRoleAssignments(site, list.id);
      list.hasUniqueRoles = false;
      this.store.updateList(list);
    });
  }

  // ---------- folders and items ----------

  /** The scope an item would use if it had no unique permissions: the nearest folder above it that has them, else the list's. */
  public inheritedScope(list: IListRow, dir: string): string {
    const unique = this.uniqueFolders(list);
    if (unique.size > 0) {
      const root = folderKey(listRootUrl(list));
      let d = folderKey(dir);
      while (d.length > root.length) {
        const id = unique.get(d);
        if (id !== undefined) {
          return itemScope(list.id, id);
        }
        d = d.substring(0, d.lastIndexOf('/'));
      }
    }
    return listScopeId(list);
  }

  /** Places a new item in the scope of the folder it was created in. */
  public placeNewItem(list: IListRow, item: IItemRow): void {
    const scope = this.inheritedScope(list, itemDir(list, item.current));
    if (scope !== listScopeId(list)) {
      this.scopes.setItemScope(list.id, item.id, scope, false);
    }
  }

  public breakItem(site: string, list: IListRow, item: IItemRow, copy: boolean, clearSubscopes: boolean, caller: IPrincipalRow): void {
    if (this.scopes.hasUniqueScope(list.id, item.id)) {
      return;
    }
    if (this.scopes.uniqueItems(list.id).length >= MAX_UNIQUE_SCOPES_PER_LIST) {
      throw new SpError(
        400,
        '-2147024809, System.ArgumentException',
        'You cannot break inheritance for this item because there are too many items with unique permissions in this list.'
      );
    }
    const parent = this.inheritedScope(list, itemDir(list, item.current));
    const own = itemScope(list.id, item.id);
    this.guarded(list, () => {
      this.store.clearRoleAssignments(site, own);
      if (copy) {
        this.copyAssignments(site, parent, own);
      } else {
        this.store.addRoleAssignment(site, own, caller.id, ROLE_IDS.fullControl);
      }
      this.scopes.setItemScope(list.id, item.id, own, true);
      this.folderCache.delete(list.id);
      if (isFolder(item.current)) {
        const below = descendantIds(this.store, list, this.folderUrl(list, item));
        if (clearSubscopes) {
          below.forEach((id) => this.dropUnique(site, list, id));
          this.folderCache.delete(list.id);
        }
        this.recompute(list, below);
      }
    });
  }

  public resetItem(site: string, list: IListRow, item: IItemRow): void {
    if (!this.scopes.hasUniqueScope(list.id, item.id)) {
      return;
    }
    this.guarded(list, () => {
      this.dropUnique(site, list, item.id);
      this.folderCache.delete(list.id);
      const ids = [item.id].concat(isFolder(item.current) ? descendantIds(this.store, list, this.folderUrl(list, item)) : []);
      this.recompute(list, ids);
    });
  }

  public onItemDeleted(site: string, list: IListRow, item: IItemRow): void {
    this.folderCache.delete(list.id);
    this.dropUnique(site, list, item.id);
    this.scopes.setItemScope(list.id, item.id, undefined, false);
  }

  /** Whether the object at a scope inherits (role assignments cannot be changed there). */
  public inherits(list: IListRow | undefined, itemId: number | undefined): boolean {
    if (!list) {
      return false;
    }
    return itemId === undefined ? !list.hasUniqueRoles : !this.scopes.hasUniqueScope(list.id, itemId);
  }

  /**
   * Adds a role assignment, and Limited Access for the principal on the scopes above it where
   * it has no assignment yet (the folders above an item, the list, the web).
   */
  public grant(site: string, list: IListRow | undefined, item: IItemRow | undefined, scope: string, principalId: number, roleDefId: number): void {
    this.store.transaction(() => {
      this.store.addRoleAssignment(site, scope, principalId, roleDefId);
      const parents: string[] = [];
      if (list && item) {
        let s = this.inheritedScope(list, itemDir(list, item.current));
        while (s.indexOf('/') > 0) {
          parents.push(s);
          const folder = this.store.item(list.id, Number(s.split('/')[1]));
          s = folder ? this.inheritedScope(list, itemDir(list, folder.current)) : listScopeId(list);
        }
        parents.push(listScopeId(list));
      }
      if (list || item) {
        parents.push('web');
      }
      for (const p of Array.from(new Set(parents))) {
        if (p !== scope && !this.store.roleAssignments(site, p).some((ra) => ra.principalId === principalId)) {
          this.store.addRoleAssignment(site, p, principalId, ROLE_IDS.limitedAccess);
        }
      }
    });
  }

  /** Number of items and folders of a list with unique permissions. */
  public uniqueScopeCount(list: IListRow): number {
    return this.scopes.uniqueItems(list.id).length;
  }

  // ---------- internals ----------

  private folderUrl(list: IListRow, folder: IItemRow): string {
    return `${itemDir(list, folder.current)}/${itemLeaf(folder, folder.current)}`;
  }

  private readonly folderCache = new Map<string, Map<string, number>>();

  /** Unique folders of a list by normalized URL (cached; every change of item scopes goes through this class). */
  private uniqueFolders(list: IListRow): Map<string, number> {
    const cached = this.folderCache.get(list.id);
    if (cached) {
      return cached;
    }
    const out = new Map<string, number>();
    for (const id of this.scopes.uniqueItems(list.id)) {
      const f = this.store.item(list.id, id);
      if (f && isFolder(f.current)) {
        out.set(folderKey(this.folderUrl(list, f)), id);
      }
    }
    this.folderCache.set(list.id, out);
    return out;
  }

  private recompute(list: IListRow, ids: number[]): void {
    for (const id of ids) {
      if (this.scopes.hasUniqueScope(list.id, id)) {
        continue;
      }
      const it = this.store.item(list.id, id);
      if (!it) {
        continue;
      }
      const scope = this.inheritedScope(list, itemDir(list, it.current));
      this.scopes.setItemScope(list.id, id, scope === listScopeId(list) ? undefined : scope, false);
    }
  }

  private dropUnique(site: string, list: IListRow, id: number): void {
    if (this.scopes.hasUniqueScope(list.id, id)) {
      this.store.clearRoleAssignments(site, itemScope(list.id, id));
      this.scopes.setItemScope(list.id, id, undefined, false);
    }
  }

  private clearItemScopes(site: string, list: IListRow): void {
    const unique = this.scopes.uniqueItems(list.id);
    unique.forEach((id) => this.dropUnique(site, list, id));
    this.scopes.forgetList(list.id);
  }

  private copyAssignments(site: string, from: string, to: string): void {
    for (const ra of this.store.roleAssignments(site, from)) {
      this.store.addRoleAssignment(site, to, ra.principalId, ra.roleDefId);
    }
  }

  private guarded(list: IListRow, fn: () => void): void {
    try {
      this.store.transaction(fn);
    } catch (e) {
      this.scopes.reloadList(list.id);
      throw e;
    } finally {
      this.folderCache.delete(list.id);
    }
  }
}
