/**
 * Persistence of what the permission model adds to the base store: role definitions with
 * their kind and visibility, group settings, the site's associated groups, and security
 * scopes of list items and folders.
 *
 * Scopes are named 'web', a list id, or `<listId>/<itemId>` for an item or folder with unique
 * role assignments. `item_scopes` keeps, for every item that does not use its list's scope,
 * the scope it uses (its own, or that of the nearest folder above it with unique permissions).
 */
import { Store } from '../store';

export interface IRoleDefinitionRow {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  hidden: boolean;
  permissions: number[];
}

export interface IGroupSettings {
  allowMembersEditMembership: boolean;
  onlyAllowMembersViewMembership: boolean;
}

export type Association = 'owner' | 'member' | 'visitor';

export function itemScope(listId: string, itemId: number): string {
  return `${listId}/${itemId}`;
}

export class ScopeStore {
  /** Per list: item id → { scope, unique }; loaded on first use, kept in step with every write. */
  private readonly scopeCache = new Map<string, Map<number, { scope: string; unique: boolean }>>();

  public constructor(private readonly store: Store) {
    store.ensureColumn('role_definitions', 'kind', 'INTEGER NOT NULL DEFAULT 0');
    store.ensureColumn('role_definitions', 'hidden', 'INTEGER NOT NULL DEFAULT 0');
    store.ensureColumn('principals', 'allow_members_edit', 'INTEGER NOT NULL DEFAULT 0');
    store.ensureColumn('principals', 'only_members_view', 'INTEGER NOT NULL DEFAULT 1');
    store.exec(`
      CREATE TABLE IF NOT EXISTS item_scopes (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, scope TEXT NOT NULL,
        is_unique INTEGER NOT NULL, PRIMARY KEY (list_id, item_id));
      CREATE TABLE IF NOT EXISTS site_associations (site TEXT NOT NULL, role TEXT NOT NULL, group_id INTEGER NOT NULL,
        PRIMARY KEY (site, role));
    `);
  }

  // ---------- role definitions ----------

  public roleDefinitions(site: string): IRoleDefinitionRow[] {
    return (this.store.sql('SELECT * FROM role_definitions WHERE site = ? ORDER BY ord, id').all(site) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number,
      name: r.name as string,
      description: r.description as string,
      order: r.ord as number,
      roleTypeKind: r.kind as number,
      hidden: !!r.hidden,
      permissions: JSON.parse(r.permissions as string) as number[]
    }));
  }

  public insertRoleDefinition(site: string, d: IRoleDefinitionRow): void {
    this.store
      .sql('INSERT OR REPLACE INTO role_definitions (site, id, name, description, ord, permissions, kind, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(site, d.id, d.name, d.description, d.order, JSON.stringify(d.permissions), d.roleTypeKind, d.hidden ? 1 : 0);
  }

  // ---------- groups ----------

  public groupSettings(groupId: number): IGroupSettings {
    const r = this.store.sql('SELECT allow_members_edit, only_members_view FROM principals WHERE id = ?').get(groupId) as
      | { allow_members_edit: number; only_members_view: number }
      | undefined;
    return { allowMembersEditMembership: !!(r && r.allow_members_edit), onlyAllowMembersViewMembership: r ? !!r.only_members_view : true };
  }

  public setGroupSettings(groupId: number, s: Partial<IGroupSettings>): void {
    const cur = this.groupSettings(groupId);
    const next = { ...cur, ...s };
    this.store
      .sql('UPDATE principals SET allow_members_edit = ?, only_members_view = ? WHERE id = ?')
      .run(next.allowMembersEditMembership ? 1 : 0, next.onlyAllowMembersViewMembership ? 1 : 0, groupId);
  }

  public setAssociation(site: string, role: Association, groupId: number): void {
    this.store.sql('INSERT OR REPLACE INTO site_associations (site, role, group_id) VALUES (?, ?, ?)').run(site, role, groupId);
  }

  public association(site: string, role: Association): number | undefined {
    const r = this.store.sql('SELECT group_id FROM site_associations WHERE site = ? AND role = ?').get(site, role) as { group_id: number } | undefined;
    return r ? r.group_id : undefined;
  }

  // ---------- item scopes ----------

  private scopes(listId: string): Map<number, { scope: string; unique: boolean }> {
    let m = this.scopeCache.get(listId);
    if (!m) {
      m = new Map();
      for (const r of this.store.sql('SELECT item_id, scope, is_unique FROM item_scopes WHERE list_id = ?').all(listId) as {
        item_id: number;
        scope: string;
        is_unique: number;
      }[]) {
        m.set(r.item_id, { scope: r.scope, unique: !!r.is_unique });
      }
      this.scopeCache.set(listId, m);
    }
    return m;
  }

  /** The scope an item uses, or undefined when it uses its list's scope. */
  public scopeOfItem(listId: string, itemId: number): string | undefined {
    const r = this.scopes(listId).get(itemId);
    return r ? r.scope : undefined;
  }

  public hasUniqueScope(listId: string, itemId: number): boolean {
    const r = this.scopes(listId).get(itemId);
    return !!r && r.unique;
  }

  /** Items (folders included) of a list with unique role assignments. */
  public uniqueItems(listId: string): number[] {
    const out: number[] = [];
    this.scopes(listId).forEach((v, id) => {
      if (v.unique) {
        out.push(id);
      }
    });
    return out;
  }

  /** Sets (or, with scope undefined, clears) the scope an item uses. */
  public setItemScope(listId: string, itemId: number, scope: string | undefined, unique: boolean): void {
    const m = this.scopes(listId);
    if (scope === undefined) {
      this.store.sql('DELETE FROM item_scopes WHERE list_id = ? AND item_id = ?').run(listId, itemId);
      m.delete(itemId);
      return;
    }
    this.store.sql('INSERT OR REPLACE INTO item_scopes (list_id, item_id, scope, is_unique) VALUES (?, ?, ?, ?)').run(listId, itemId, scope, unique ? 1 : 0);
    m.set(itemId, { scope, unique });
  }

  public forgetList(listId: string): void {
    this.store.sql('DELETE FROM item_scopes WHERE list_id = ?').run(listId);
    this.store.sql("DELETE FROM role_assignments WHERE scope LIKE ? || '/%'").run(listId);
    this.scopeCache.delete(listId);
  }

  /** Drops what a failed transaction may have left in the cache. */
  public reloadList(listId: string): void {
    this.scopeCache.delete(listId);
  }
}
