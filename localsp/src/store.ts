/**
 * SQLite persistence for the local SharePoint: sites, principals (users and groups),
 * role assignments, lists, fields and items. Item field values are stored as JSON; values
 * of indexed columns are copied into `item_index`, keyed by (list, field, value, item), so
 * a query whose first clause is on an indexed column does not scan the list.
 */
import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'crypto';

export interface ISiteRow {
  name: string;
  id: string;
  webId: string;
  title: string;
  created: string;
  hasUniqueRoles: boolean;
}

export interface IPrincipalRow {
  id: number;
  site: string;
  kind: 'user' | 'group';
  login: string;
  title: string;
  email: string;
  description: string;
  ownerId: number | undefined;
  isSiteAdmin: boolean;
}

export interface IListRow {
  id: string;
  site: string;
  title: string;
  description: string;
  baseTemplate: number;
  entityName: string;
  props: Record<string, unknown>;
  hasUniqueRoles: boolean;
  nextItemId: number;
  itemCount: number;
  created: string;
  modified: string;
}

export interface IFieldRow {
  listId: string;
  id: string;
  internalName: string;
  title: string;
  typeAsString: string;
  fieldTypeKind: number;
  props: Record<string, unknown>;
  builtIn: boolean;
  position: number;
}

/** One version of an item's content (current, or the last approved one). */
export interface IItemVersion {
  data: Record<string, unknown>;
  version: number;
  modified: string;
  editorId: number;
  modStatus: number;
  modComments: string | undefined;
}

export interface IItemRow {
  listId: string;
  id: number;
  guid: string;
  created: string;
  authorId: number;
  current: IItemVersion;
  /** Last approved version on a moderated list, kept while a newer one is pending. */
  approved: IItemVersion | undefined;
}

/** A value as stored in the index side table: number for numbers/dates/booleans/ids, lower-case text for text. */
export type IndexValue = number | string;

interface IItemDbRow {
  list_id: string;
  id: number;
  guid: string;
  created: string;
  author_id: number;
  current: string;
  approved: string | null;
}

/** Characters of item text whose parsed versions the store keeps (about 64 MB of text). */
const PARSED_CACHE_CHARS = 32 * 1024 * 1024;

export class Store {
  private readonly db: Database.Database;

  public constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sites (name TEXT PRIMARY KEY, id TEXT NOT NULL, web_id TEXT NOT NULL, title TEXT NOT NULL,
        created TEXT NOT NULL, has_unique_roles INTEGER NOT NULL DEFAULT 1);
      CREATE TABLE IF NOT EXISTS principals (id INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL, kind TEXT NOT NULL,
        login TEXT NOT NULL, title TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
        owner_id INTEGER, is_site_admin INTEGER NOT NULL DEFAULT 0);
      CREATE UNIQUE INDEX IF NOT EXISTS principals_login ON principals(site, kind, login);
      CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
      CREATE TABLE IF NOT EXISTS role_assignments (site TEXT NOT NULL, scope TEXT NOT NULL, principal_id INTEGER NOT NULL,
        roledef_id INTEGER NOT NULL, PRIMARY KEY (site, scope, principal_id, roledef_id));
      CREATE TABLE IF NOT EXISTS role_definitions (site TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
        ord INTEGER NOT NULL, permissions TEXT NOT NULL, PRIMARY KEY (site, id));
      CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, site TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
        base_template INTEGER NOT NULL, entity_name TEXT NOT NULL, props TEXT NOT NULL, has_unique_roles INTEGER NOT NULL DEFAULT 0,
        next_item_id INTEGER NOT NULL DEFAULT 1, item_count INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, modified TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS lists_title ON lists(site, title COLLATE NOCASE);
      CREATE TABLE IF NOT EXISTS fields (list_id TEXT NOT NULL, id TEXT NOT NULL, internal_name TEXT NOT NULL, title TEXT NOT NULL,
        type_as_string TEXT NOT NULL, field_type_kind INTEGER NOT NULL, props TEXT NOT NULL, built_in INTEGER NOT NULL,
        position INTEGER NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, guid TEXT NOT NULL, created TEXT NOT NULL,
        author_id INTEGER NOT NULL, current TEXT NOT NULL, approved TEXT, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS item_index (list_key INTEGER NOT NULL, field TEXT NOT NULL, value, item_id INTEGER NOT NULL,
        PRIMARY KEY (list_key, field, value, item_id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS item_index_item ON item_index(list_key, item_id);
    `);
    // Databases from before the compact index layout: drop the old side table and rebuild.
    const old = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'item_values'").get();
    if (old) {
      this.db.exec('DROP TABLE item_values');
      this.reindexNeeded = true;
    }
  }

  /** True when the index side table must be rebuilt from the items (see Engine). */
  public reindexNeeded = false;

  private readonly listKeys = new Map<string, number>();

  /** The lists table's integer rowid for a list: a compact key for the index side table. */
  private listKey(listId: string): number {
    let key = this.listKeys.get(listId);
    if (key === undefined) {
      const r = this.sql('SELECT rowid AS k FROM lists WHERE id = ?').get(listId) as { k: number } | undefined;
      key = r ? r.k : -1;
      if (r) {
        this.listKeys.set(listId, key);
      }
    }
    return key;
  }

  public allLists(): IListRow[] {
    return (this.sql('SELECT * FROM lists').all() as Record<string, unknown>[]).map((r) => Store.list(r) as IListRow);
  }

  public close(): void {
    this.db.close();
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared statements are cached: compiling SQL on every call dominated bulk loads. */
  public sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  /** Adds a column to a table of an existing database when it is missing. */
  public ensureColumn(table: string, column: string, declaration: string): void {
    const cols = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!cols.some((c) => c.name === column)) {
      this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${declaration}`);
    }
  }

  public exec(ddl: string): void {
    this.db.exec(ddl);
  }

  public transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      // Rolled back: items read or written in it may differ from the database now.
      this.forgetAll();
      throw e;
    }
  }

  /** A secret kept in the database so form digests survive a restart of a file-backed server. */
  public secret(): string {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get('secret') as { value: string } | undefined;
    if (row) {
      return row.value;
    }
    const value = randomBytes(32).toString('hex');
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?)').run('secret', value);
    return value;
  }

  /** A small setting kept in the database (e.g. a site's language and time zone). */
  public getMeta(key: string): string | undefined {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? row.value : undefined;
  }

  public setMeta(key: string, value: string): void {
    this.sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  // ---------- sites ----------
  public getSite(name: string): ISiteRow | undefined {
    const r = this.sql('SELECT * FROM sites WHERE name = ? COLLATE NOCASE').get(name) as
      | { name: string; id: string; web_id: string; title: string; created: string; has_unique_roles: number }
      | undefined;
    return r ? { name: r.name, id: r.id, webId: r.web_id, title: r.title, created: r.created, hasUniqueRoles: !!r.has_unique_roles } : undefined;
  }

  public insertSite(name: string, title: string): ISiteRow {
    const row: ISiteRow = { name, id: randomUUID(), webId: randomUUID(), title, created: isoNow(), hasUniqueRoles: true };
    this.sql('INSERT INTO sites (name, id, web_id, title, created) VALUES (?, ?, ?, ?, ?)').run(name, row.id, row.webId, title, row.created);
    return row;
  }

  // ---------- principals ----------
  private static principal(r: Record<string, unknown> | undefined): IPrincipalRow | undefined {
    if (!r) {
      return undefined;
    }
    return {
      id: r.id as number,
      site: r.site as string,
      kind: r.kind as 'user' | 'group',
      login: r.login as string,
      title: r.title as string,
      email: r.email as string,
      description: r.description as string,
      ownerId: (r.owner_id as number | null) ?? undefined,
      isSiteAdmin: !!r.is_site_admin
    };
  }

  public getPrincipal(site: string, id: number): IPrincipalRow | undefined {
    return Store.principal(this.sql('SELECT * FROM principals WHERE site = ? AND id = ?').get(site, id) as Record<string, unknown> | undefined);
  }

  public findPrincipal(site: string, kind: 'user' | 'group', login: string): IPrincipalRow | undefined {
    return Store.principal(
      this.sql('SELECT * FROM principals WHERE site = ? AND kind = ? AND login = ? COLLATE NOCASE').get(site, kind, login) as
        | Record<string, unknown>
        | undefined
    );
  }

  public listPrincipals(site: string, kind: 'user' | 'group'): IPrincipalRow[] {
    return (this.sql('SELECT * FROM principals WHERE site = ? AND kind = ? ORDER BY id').all(site, kind) as Record<string, unknown>[]).map(
      (r) => Store.principal(r) as IPrincipalRow
    );
  }

  public insertPrincipal(p: Omit<IPrincipalRow, 'id'>): IPrincipalRow {
    const info = this
      .sql('INSERT INTO principals (site, kind, login, title, email, description, owner_id, is_site_admin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.site, p.kind, p.login, p.title, p.email, p.description, p.ownerId ?? null, p.isSiteAdmin ? 1 : 0);
    return { ...p, id: Number(info.lastInsertRowid) };
  }

  public updatePrincipal(p: IPrincipalRow): void {
    this
      .sql('UPDATE principals SET login = ?, title = ?, email = ?, description = ?, owner_id = ? WHERE site = ? AND id = ?')
      .run(p.login, p.title, p.email, p.description, p.ownerId ?? null, p.site, p.id);
  }

  public deletePrincipal(site: string, id: number): void {
    this.sql('DELETE FROM principals WHERE site = ? AND id = ?').run(site, id);
    this.sql('DELETE FROM group_members WHERE group_id = ? OR user_id = ?').run(id, id);
    this.sql('DELETE FROM role_assignments WHERE site = ? AND principal_id = ?').run(site, id);
  }

  public groupMembers(groupId: number): number[] {
    return (this.sql('SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id').all(groupId) as { user_id: number }[]).map(
      (r) => r.user_id
    );
  }

  public groupsOfUser(userId: number): number[] {
    return (this.sql('SELECT group_id FROM group_members WHERE user_id = ?').all(userId) as { group_id: number }[]).map((r) => r.group_id);
  }

  public addGroupMember(groupId: number, userId: number): void {
    this.sql('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
  }

  public removeGroupMember(groupId: number, userId: number): void {
    this.sql('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }

  // ---------- role assignments (scope = 'web' or a list id) ----------
  public roleAssignments(site: string, scope: string): { principalId: number; roleDefId: number }[] {
    return (
      this.sql('SELECT principal_id, roledef_id FROM role_assignments WHERE site = ? AND scope = ? ORDER BY principal_id, roledef_id').all(site, scope) as {
        principal_id: number;
        roledef_id: number;
      }[]
    ).map((r) => ({ principalId: r.principal_id, roleDefId: r.roledef_id }));
  }

  public addRoleAssignment(site: string, scope: string, principalId: number, roleDefId: number): void {
    this.sql('INSERT OR IGNORE INTO role_assignments (site, scope, principal_id, roledef_id) VALUES (?, ?, ?, ?)').run(site, scope, principalId, roleDefId);
  }

  public removeRoleAssignment(site: string, scope: string, principalId: number, roleDefId?: number): void {
    if (roleDefId === undefined) {
      this.sql('DELETE FROM role_assignments WHERE site = ? AND scope = ? AND principal_id = ?').run(site, scope, principalId);
    } else {
      this.sql('DELETE FROM role_assignments WHERE site = ? AND scope = ? AND principal_id = ? AND roledef_id = ?').run(site, scope, principalId, roleDefId);
    }
  }

  public clearRoleAssignments(site: string, scope: string): void {
    this.sql('DELETE FROM role_assignments WHERE site = ? AND scope = ?').run(site, scope);
  }

  // ---------- custom role definitions ----------
  public customRoleDefinitions(site: string): { id: number; name: string; description: string; order: number; permissions: number[] }[] {
    return (this.sql('SELECT * FROM role_definitions WHERE site = ? ORDER BY id').all(site) as Record<string, unknown>[]).map((r) => ({
      id: r.id as number,
      name: r.name as string,
      description: r.description as string,
      order: r.ord as number,
      permissions: JSON.parse(r.permissions as string) as number[]
    }));
  }

  public insertRoleDefinition(site: string, d: { name: string; description: string; order: number; permissions: number[] }): number {
    const r = this.sql('SELECT MAX(id) AS m FROM role_definitions WHERE site = ?').get(site) as { m: number | null };
    const id = Math.max(r.m || 0, 1073741924) + 1;
    this
      .sql('INSERT INTO role_definitions (site, id, name, description, ord, permissions) VALUES (?, ?, ?, ?, ?, ?)')
      .run(site, id, d.name, d.description, d.order, JSON.stringify(d.permissions));
    return id;
  }

  public deleteRoleDefinition(site: string, id: number): void {
    this.sql('DELETE FROM role_definitions WHERE site = ? AND id = ?').run(site, id);
    this.sql('DELETE FROM role_assignments WHERE site = ? AND roledef_id = ?').run(site, id);
  }

  // ---------- lists ----------
  private static list(r: Record<string, unknown> | undefined): IListRow | undefined {
    if (!r) {
      return undefined;
    }
    return {
      id: r.id as string,
      site: r.site as string,
      title: r.title as string,
      description: r.description as string,
      baseTemplate: r.base_template as number,
      entityName: r.entity_name as string,
      props: JSON.parse(r.props as string) as Record<string, unknown>,
      hasUniqueRoles: !!r.has_unique_roles,
      nextItemId: r.next_item_id as number,
      itemCount: r.item_count as number,
      created: r.created as string,
      modified: r.modified as string
    };
  }

  public lists(site: string): IListRow[] {
    return (this.sql('SELECT * FROM lists WHERE site = ? ORDER BY created, title').all(site) as Record<string, unknown>[]).map(
      (r) => Store.list(r) as IListRow
    );
  }

  public listByTitle(site: string, title: string): IListRow | undefined {
    return Store.list(this.sql('SELECT * FROM lists WHERE site = ? AND title = ? COLLATE NOCASE').get(site, title) as Record<string, unknown> | undefined);
  }

  public listById(site: string, id: string): IListRow | undefined {
    return Store.list(this.sql('SELECT * FROM lists WHERE site = ? AND id = ? COLLATE NOCASE').get(site, id) as Record<string, unknown> | undefined);
  }

  public insertList(l: IListRow): void {
    this
      .sql(
        'INSERT INTO lists (id, site, title, description, base_template, entity_name, props, has_unique_roles, next_item_id, item_count, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(l.id, l.site, l.title, l.description, l.baseTemplate, l.entityName, JSON.stringify(l.props), l.hasUniqueRoles ? 1 : 0, l.nextItemId, l.itemCount, l.created, l.modified);
  }

  public updateList(l: IListRow): void {
    this
      .sql('UPDATE lists SET title = ?, description = ?, props = ?, has_unique_roles = ?, next_item_id = ?, item_count = ?, modified = ? WHERE id = ?')
      .run(l.title, l.description, JSON.stringify(l.props), l.hasUniqueRoles ? 1 : 0, l.nextItemId, l.itemCount, l.modified, l.id);
  }

  public deleteList(id: string): void {
    const key = this.listKey(id);
    this.sql('DELETE FROM item_index WHERE list_key = ?').run(key);
    this.sql('DELETE FROM lists WHERE id = ?').run(id);
    this.sql('DELETE FROM fields WHERE list_id = ?').run(id);
    this.forgetAll();
    this.sql('DELETE FROM items WHERE list_id = ?').run(id);
    this.listKeys.delete(id);
    this.sql('DELETE FROM role_assignments WHERE scope = ?').run(id);
  }

  // ---------- fields ----------
  private static field(r: Record<string, unknown>): IFieldRow {
    return {
      listId: r.list_id as string,
      id: r.id as string,
      internalName: r.internal_name as string,
      title: r.title as string,
      typeAsString: r.type_as_string as string,
      fieldTypeKind: r.field_type_kind as number,
      props: JSON.parse(r.props as string) as Record<string, unknown>,
      builtIn: !!r.built_in,
      position: r.position as number
    };
  }

  public fields(listId: string): IFieldRow[] {
    return (this.sql('SELECT * FROM fields WHERE list_id = ? ORDER BY position').all(listId) as Record<string, unknown>[]).map(Store.field);
  }

  public insertField(f: IFieldRow): void {
    this
      .sql('INSERT INTO fields (list_id, id, internal_name, title, type_as_string, field_type_kind, props, built_in, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.listId, f.id, f.internalName, f.title, f.typeAsString, f.fieldTypeKind, JSON.stringify(f.props), f.builtIn ? 1 : 0, f.position);
  }

  public updateField(f: IFieldRow): void {
    this.sql('UPDATE fields SET title = ?, props = ? WHERE list_id = ? AND id = ?').run(f.title, JSON.stringify(f.props), f.listId, f.id);
  }

  public deleteField(listId: string, id: string, internalName: string): void {
    this.sql('DELETE FROM fields WHERE list_id = ? AND id = ?').run(listId, id);
    this.sql('DELETE FROM item_index WHERE list_key = ? AND field = ?').run(this.listKey(listId), internalName);
  }

  // ---------- items ----------
  /**
   * Items as parsed from their rows, by list and id. An item's JSON holds every column, and
   * parsing (and even reading) a 30 kB snapshot row for each query was most of a query's
   * time; SharePoint reads only the columns a query selects. Every write of an item goes
   * through this store and drops its entry, a transaction that fails drops them all, so a
   * read never sees what the database does not hold. Versions are frozen: a change builds a
   * new one. One connection per database file (a second writer would not be seen).
   */
  private readonly parsed = new Map<string, { row: IItemRow; chars: number }>();
  private parsedChars = 0;

  private static key(listId: string, id: number): string {
    return `${listId}/${id}`;
  }

  private forget(listId: string, id: number): void {
    const key = Store.key(listId, id);
    const hit = this.parsed.get(key);
    if (hit) {
      this.parsed.delete(key);
      this.parsedChars -= hit.chars;
    }
  }

  private forgetAll(): void {
    this.parsed.clear();
    this.parsedChars = 0;
  }

  private static frozen(text: string): IItemVersion {
    const version = JSON.parse(text) as IItemVersion;
    Object.freeze(version.data);
    return Object.freeze(version);
  }

  /** A copy of the cached item: callers may set its `current` and `approved`, never a version's content. */
  private static copy(row: IItemRow): IItemRow {
    return { ...row };
  }

  private rowOf(r: IItemDbRow | undefined): IItemRow | undefined {
    if (!r) {
      return undefined;
    }
    const row: IItemRow = {
      listId: r.list_id,
      id: r.id,
      guid: r.guid,
      created: r.created,
      authorId: r.author_id,
      current: Store.frozen(r.current),
      approved: r.approved ? Store.frozen(r.approved) : undefined
    };
    const chars = r.current.length + (r.approved ? r.approved.length : 0);
    if (chars <= PARSED_CACHE_CHARS / 16) {
      this.forget(row.listId, row.id);
      this.parsed.set(Store.key(row.listId, row.id), { row, chars });
      this.parsedChars += chars;
      for (const [oldest, entry] of this.parsed) {
        if (this.parsedChars <= PARSED_CACHE_CHARS) {
          break;
        }
        this.parsed.delete(oldest);
        this.parsedChars -= entry.chars;
      }
    }
    return Store.copy(row);
  }

  private cached(listId: string, id: number): IItemRow | undefined {
    const key = Store.key(listId, id);
    const hit = this.parsed.get(key);
    if (!hit) {
      return undefined;
    }
    // Most recently used last: eviction takes the oldest first.
    this.parsed.delete(key);
    this.parsed.set(key, hit);
    return Store.copy(hit.row);
  }

  public item(listId: string, id: number): IItemRow | undefined {
    return this.cached(listId, id) ?? this.rowOf(this.sql('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as IItemDbRow | undefined);
  }

  public itemsByIds(listId: string, ids: number[]): IItemRow[] {
    const out: IItemRow[] = [];
    const stmt = this.sql('SELECT * FROM items WHERE list_id = ? AND id = ?');
    for (const id of ids) {
      const r = this.cached(listId, id) ?? this.rowOf(stmt.get(listId, id) as IItemDbRow | undefined);
      if (r) {
        out.push(r);
      }
    }
    return out;
  }

  /** Items in id order, starting after `afterId`; used for unfiltered scans and paging by id. */
  public scanItems(listId: string, afterId: number, limit: number, descending = false): IItemRow[] {
    // Ids first: items parsed before are not read again.
    const sql = descending
      ? 'SELECT id FROM items WHERE list_id = ? AND id < ? ORDER BY id DESC LIMIT ?'
      : 'SELECT id FROM items WHERE list_id = ? AND id > ? ORDER BY id LIMIT ?';
    const ids = (this.sql(sql).all(listId, afterId, limit) as { id: number }[]).map((r) => r.id);
    return this.itemsByIds(listId, ids);
  }

  public insertItem(i: IItemRow): void {
    this.forget(i.listId, i.id);
    this
      .sql('INSERT INTO items (list_id, id, guid, created, author_id, current, approved) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(i.listId, i.id, i.guid, i.created, i.authorId, JSON.stringify(i.current), i.approved ? JSON.stringify(i.approved) : null);
  }

  public updateItem(i: IItemRow): void {
    this.forget(i.listId, i.id);
    this
      .sql('UPDATE items SET current = ?, approved = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(i.current), i.approved ? JSON.stringify(i.approved) : null, i.listId, i.id);
  }

  public deleteItem(listId: string, id: number): void {
    this.forget(listId, id);
    this.sql('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
    this.sql('DELETE FROM item_index WHERE list_key = ? AND item_id = ?').run(this.listKey(listId), id);
  }

  // ---------- index side table ----------
  public setIndexValues(listId: string, itemId: number, values: { field: string; value: IndexValue }[], isNew = false): void {
    if (!isNew) {
      this.sql('DELETE FROM item_index WHERE list_key = ? AND item_id = ?').run(this.listKey(listId), itemId);
    }
    const key = this.listKey(listId);
    const ins = this.sql('INSERT OR IGNORE INTO item_index (list_key, field, value, item_id) VALUES (?, ?, ?, ?)');
    for (const v of values) {
      ins.run(key, v.field, v.value, itemId);
    }
  }

  /** Item ids whose indexed value of `field` satisfies `op value` (uses the SQLite index). */
  public idsByIndex(listId: string, field: string, op: 'eq' | 'gt' | 'ge' | 'lt' | 'le', value: IndexValue, limit: number): number[] {
    const sqlOp = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
    const rows = this
      .sql(`SELECT DISTINCT item_id FROM item_index WHERE list_key = ? AND field = ? AND value ${sqlOp} ? LIMIT ?`)
      .all(this.listKey(listId), field, value, limit) as { item_id: number }[];
    return rows.map((r) => r.item_id);
  }

  public countByIndex(listId: string, field: string, value: IndexValue, exceptItemId: number): number {
    const r = this
      .sql('SELECT COUNT(DISTINCT item_id) AS n FROM item_index WHERE list_key = ? AND field = ? AND value = ? AND item_id <> ?')
      .get(this.listKey(listId), field, value, exceptItemId) as { n: number };
    return r.n;
  }
}

/** SharePoint's date format on the wire: ISO 8601 UTC without milliseconds. */
export function isoNow(): string {
  return toSpDate(new Date());
}

export function toSpDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
