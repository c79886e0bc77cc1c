/**
 * SharePoint semantics on top of the store: users and permissions, lists, fields, items
 * (with ETags, content approval, unique values and the list view threshold).
 * HTTP-free: the router in server.ts turns requests into calls here.
 */
import { createHmac, randomUUID } from 'crypto';
import { SpErrors } from './errors';
import { FolderErrors, UniquenessErrors } from './folderErrors';
import { BUILT_IN_FIELDS, FIELD_TYPES, LIST_PROPERTIES, SYSTEM_FIELDS, TYPE_BY_NAME } from './model';
import { internalNameFromTitle, jsonName, listItemEntityName } from './names';
import {
  compare,
  evaluate,
  FilterExpr,
  firstClause,
  IValueResolver,
  normalize,
  parseFilter,
  ValueKind,
  fieldPaths
} from './odata/filter';
import { IRoleDefinition, kindsFromMask, PermissionKind, PermissionSet } from './security';
import { Access, AccessSession } from './permissions/access';
import { Inheritance } from './permissions/inheritance';
import { ScopeStore } from './permissions/scopeStore';
import { allFolders, descendantIds, folderKey, FOLDER_FIELDS, isFolder, itemDir, itemLeaf, itemRef, listRootUrl } from './folders';
import { createUser, ISiteSetup, loginOf, setUpSite } from './permissions/siteDefaults';
import { IFieldRow, IItemRow, IItemVersion, IListRow, IndexValue, IPrincipalRow, ISiteRow, isoNow, Store, toSpDate } from './store';
import { FIELD_VALIDATION_HRESULT, fidelityOf, IFidelity, textMaxLength, textTooLong, textTooLongMessage } from './limits';
import { INVALID_DATE_ERROR_CODE, parseFormDateTime, parseRestDateTime, parseUtcFormDateTime } from './regional';
import { SiteRegional, siteLanguageOf } from './siteregional';

export const DIGEST_TIMEOUT_SECONDS = 1800;

export { KNOWN_USERS, USER_DOMAIN, loginOf } from './permissions/siteDefaults';

/** A resolved field reference: a column, plus a projected sub-field for lookups/users. */
export interface IResolvedPath {
  field: IFieldRow;
  sub?: string;
}

/** Where a new item goes: the folder (server-relative URL; default the list's root) and, for a folder, its name. */
export interface IItemPlace {
  dir?: string;
  leaf?: string;
  folder?: boolean;
}

export interface IItemQuery {
  filter?: string;
  orderby?: string;
  top?: number;
  skiptoken?: string;
}

export interface IItemPage {
  rows: { item: IItemRow; version: IItemVersion }[];
  /** The $skiptoken value for the next page, when there is one. */
  nextSkiptoken?: string;
}

export class Engine {
  private readonly secret: string;
  public readonly scopes: ScopeStore;
  public readonly access: Access;
  public readonly inheritance: Inheritance;
  /** SharePoint Online's limits and date rules, or the lenient profile's absence of them. */
  public fidelity: IFidelity = fidelityOf('real');
  /** Language and time zone per site. */
  public readonly regional: SiteRegional;

  public constructor(public readonly store: Store, public listViewThreshold: number) {
    this.secret = store.secret();
    this.scopes = new ScopeStore(store);
    this.access = new Access(store, this.scopes);
    this.inheritance = new Inheritance(store, this.scopes);
    this.regional = new SiteRegional(store);
    if (store.reindexNeeded) {
      store.allLists().forEach((l) => this.reindexField(l));
      store.reindexNeeded = false;
    }
  }

  // ---------------- sites & users ----------------

  public ensureSite(name: string, setup: ISiteSetup = {}): ISiteRow {
    const existing = this.store.getSite(name);
    if (existing) {
      return existing;
    }
    return this.store.transaction(() => {
      const site = this.store.insertSite(name, name);
      // The same language names the groups and levels (setUpSite) and words the messages.
      this.regional.initSite(name, siteLanguageOf(setup));
      setUpSite(this.store, this.scopes, name, setup);
      return site;
    });
  }

  /** The user named by X-Local-User; unknown names become users without any permissions. */
  public userByName(site: string, name: string): IPrincipalRow {
    const clean = name.trim().toLowerCase().replace(/@.*$/, '').replace(/^.*\|/, '');
    const found = this.store.findPrincipal(site, 'user', loginOf(clean));
    if (found) {
      return found;
    }
    // Any signed-in user is added to the site's user information list on first use.
    return createUser(this.store, site, clean, clean.charAt(0).toUpperCase() + clean.substring(1));
  }

  /** ensureuser: accepts a claims login, an e-mail or a bare name. */
  public ensureUser(site: string, logonName: string): IPrincipalRow {
    return this.userByName(site, logonName);
  }

  public group(site: string, title: string): IPrincipalRow | undefined {
    return this.store.findPrincipal(site, 'group', title);
  }

  // ---------------- digests ----------------

  /** A form digest in SharePoint's shape ("0x<hex>,<date>"), bound to the site and time it was issued. */
  public issueDigest(site: string): string {
    const issued = new Date().toUTCString().replace(/^[A-Za-z]{3}, /, '').replace('GMT', '-0000');
    const mac = createHmac('sha512', this.secret).update(`${site.toLowerCase()}|${issued}`).digest('hex').toUpperCase();
    return `0x${mac},${issued}`;
  }

  public validDigest(site: string, digest: string | undefined): boolean {
    if (!digest) {
      return false;
    }
    const m = /^0x([0-9A-F]{128}),(.+)$/.exec(digest.trim());
    if (!m) {
      return false;
    }
    const issued = Date.parse(m[2].replace('-0000', 'GMT'));
    if (isNaN(issued) || Date.now() - issued > DIGEST_TIMEOUT_SECONDS * 1000) {
      return false;
    }
    const mac = createHmac('sha512', this.secret).update(`${site.toLowerCase()}|${m[2]}`).digest('hex').toUpperCase();
    return mac === m[1];
  }

  // ---------------- permissions ----------------

  /** Effective base permissions of a user on the web, or on a list (its own assignments when inheritance is broken). */
  public permissions(site: string, user: IPrincipalRow, list?: IListRow): PermissionSet {
    return this.access.session(site, user).list(list);
  }

  /** A memoizing view of one user's permissions, for one request. */
  public session(site: string, user: IPrincipalRow): AccessSession {
    return this.access.session(site, user);
  }

  /** Built-in role definitions plus the site's custom ones (POST roledefinitions). */
  public roleDefinitions(site: string): IRoleDefinition[] {
    return this.access.roleDefinitions(site);
  }

  public addRoleDefinition(site: string, body: Record<string, unknown>): IRoleDefinition {
    const name = String(body.Name || '').trim();
    if (!name) {
      throw SpErrors.badQuery('The parameter Name cannot be empty.');
    }
    if (this.roleDefinitions(site).some((d) => d.name.toLowerCase() === name.toLowerCase())) {
      throw SpErrors.badQuery(`A permission level with the name "${name}" already exists.`);
    }
    const bp = (body.BasePermissions || {}) as { High?: unknown; Low?: unknown };
    const permissions = kindsFromMask(Number(bp.High || 0), Number(bp.Low || 0));
    const order = Number(body.Order || 100);
    const id = this.store.insertRoleDefinition(site, { name, description: String(body.Description || ''), order, permissions });
    this.access.forgetRoleDefinitions(site);
    return { id, name, description: String(body.Description || ''), roleTypeKind: 0, order, hidden: false, permissions };
  }

  public demand(site: string, user: IPrincipalRow, kind: PermissionKind, list?: IListRow): void {
    if (!this.permissions(site, user, list).has(kind)) {
      throw SpErrors.accessDenied();
    }
  }

  /** Permissions of a user on one item (its own scope, its folder's, or its list's). */
  public itemPermissions(site: string, user: IPrincipalRow, list: IListRow, itemId: number): PermissionSet {
    return this.access.session(site, user).item(list, itemId);
  }

  // ---------------- lists ----------------

  public listByTitle(site: ISiteRow, title: string, webUrl: string): IListRow {
    const list = this.store.listByTitle(site.name, title);
    if (!list) {
      throw SpErrors.listNotFound(title, webUrl);
    }
    return list;
  }

  public listById(site: ISiteRow, id: string): IListRow {
    const list = this.store.listById(site.name, id.replace(/[{}]/g, ''));
    if (!list) {
      throw SpErrors.listIdNotFound();
    }
    return list;
  }

  public createList(site: ISiteRow, body: Record<string, unknown>): IListRow {
    const title = String(body.Title || '').trim();
    if (!title) {
      throw SpErrors.badQuery('The parameter Title cannot be empty.');
    }
    if (this.store.listByTitle(site.name, title)) {
      throw SpErrors.listExists(title);
    }
    const props: Record<string, unknown> = { ...LIST_PROPERTIES };
    for (const k of Object.keys(body)) {
      if (k === '__metadata' || k === 'Title' || k === 'Description' || k === 'BaseTemplate') {
        continue;
      }
      if (!(k in LIST_PROPERTIES)) {
        throw SpErrors.propertyNotOnType(k, 'SP.List');
      }
      props[k] = body[k];
    }
    const now = isoNow();
    const list: IListRow = {
      id: randomUUID(),
      site: site.name,
      title,
      description: String(body.Description || ''),
      baseTemplate: Number(body.BaseTemplate || 100),
      entityName: listItemEntityName(title.replace(/[^A-Za-z0-9 _-]/g, '')),
      props: { ...props, UrlName: title.replace(/[^A-Za-z0-9 _-]/g, '') },
      hasUniqueRoles: false,
      nextItemId: 1,
      itemCount: 0,
      created: now,
      modified: now
    };
    this.store.transaction(() => {
      this.store.insertList(list);
      this.addBuiltInFields(list, 0);
    });
    return list;
  }

  public updateList(list: IListRow, body: Record<string, unknown>): void {
    for (const k of Object.keys(body)) {
      if (k === '__metadata') {
        continue;
      }
      if (k === 'Title') {
        const t = String(body.Title);
        const other = this.store.listByTitle(list.site, t);
        if (other && other.id !== list.id) {
          throw SpErrors.listExists(t);
        }
        list.title = t;
      } else if (k === 'Description') {
        list.description = String(body.Description);
      } else if (k in LIST_PROPERTIES) {
        list.props[k] = body[k];
      } else {
        throw SpErrors.propertyNotOnType(k, 'SP.List');
      }
    }
    list.modified = isoNow();
    this.store.updateList(list);
  }

  public moderated(list: IListRow): boolean {
    return list.props.EnableModeration === true;
  }

  // ---------------- fields ----------------

  /** Fields per list, cached (reads happen per item); every field write goes through this class and clears it. */
  private readonly fieldCache = new Map<string, IFieldRow[]>();

  public fields(list: IListRow): IFieldRow[] {
    let f = this.fieldCache.get(list.id);
    if (!f) {
      f = this.store.fields(list.id);
      if (!f.some((x) => x.internalName === 'FileRef')) {
        // Lists created before folders were supported get the folder columns now.
        this.addBuiltInFields(list, f.length, FOLDER_FIELDS);
        f = this.store.fields(list.id);
      }
      this.fieldCache.set(list.id, f);
    }
    return f;
  }

  private addBuiltInFields(list: IListRow, from: number, names?: string[]): void {
    BUILT_IN_FIELDS.filter((b) => !names || names.indexOf(b.name) >= 0).forEach((b, i) => {
      this.store.insertField({
        listId: list.id,
        id: b.id,
        internalName: b.name,
        title: b.title,
        typeAsString: b.typeAsString || FIELD_TYPES[b.kind].typeAsString,
        fieldTypeKind: b.kind,
        props: { ...b.props },
        builtIn: true,
        position: from + i
      });
    });
  }

  public forgetFields(listId: string): void {
    this.fieldCache.delete(listId);
  }

  public fieldByNameOrTitle(list: IListRow, name: string): IFieldRow | undefined {
    const fields = this.fields(list);
    return (
      fields.find((f) => f.internalName === name) ||
      fields.find((f) => f.title === name) ||
      fields.find((f) => f.internalName.toLowerCase() === name.toLowerCase()) ||
      fields.find((f) => f.title.toLowerCase() === name.toLowerCase())
    );
  }

  /** Adds a field from SP.Field-style properties (fields POST, AddField, or parsed SchemaXml). */
  public addField(list: IListRow, input: Record<string, unknown>): IFieldRow {
    const title = String(input.Title || input.DisplayName || '').trim();
    if (!title) {
      throw SpErrors.badQuery('The parameter Title cannot be empty.');
    }
    let kind = Number(input.FieldTypeKind);
    let typeAsString = typeof input.TypeAsString === 'string' ? input.TypeAsString : undefined;
    if (!kind && typeAsString && TYPE_BY_NAME[typeAsString]) {
      kind = TYPE_BY_NAME[typeAsString];
    }
    const info = FIELD_TYPES[kind];
    if (!info) {
      throw SpErrors.badQuery(`The field type '${String(input.FieldTypeKind)}' is not supported.`);
    }
    const internalName = String(input.StaticName || input.InternalName || internalNameFromTitle(title));
    const fields = this.fields(list);
    if (fields.some((f) => f.internalName.toLowerCase() === internalName.toLowerCase() || f.title.toLowerCase() === title.toLowerCase())) {
      throw SpErrors.duplicateField(title);
    }
    const props: Record<string, unknown> = {};
    const skip = ['__metadata', 'Title', 'DisplayName', 'FieldTypeKind', 'TypeAsString', 'StaticName', 'InternalName'];
    for (const k of Object.keys(input)) {
      if (skip.indexOf(k) < 0) {
        props[k] = input[k];
      }
    }
    if (props.Choices && typeof props.Choices === 'object' && !Array.isArray(props.Choices)) {
      props.Choices = (props.Choices as { results?: unknown[] }).results || [];
    }
    if (kind === 7 || kind === 20) {
      if (props.LookupListId && !props.LookupList) {
        props.LookupList = `{${String(props.LookupListId).replace(/[{}]/g, '')}}`;
      }
      if (props.LookupFieldName && !props.LookupField) {
        props.LookupField = props.LookupFieldName;
      }
      delete props.LookupListId;
      delete props.LookupFieldName;
      if (!props.LookupField) {
        props.LookupField = kind === 20 ? 'ImnName' : 'Title';
      }
      if (props.AllowMultipleValues) {
        typeAsString = kind === 20 ? 'UserMulti' : 'LookupMulti';
      }
    }
    if (kind === 2 && props.MaxLength === undefined) {
      props.MaxLength = 255;
    }
    if (props.EnforceUniqueValues === true && this.inheritance.uniqueScopeCount(list) > 0) {
      throw UniquenessErrors.uniqueColumnWithItemScopes();
    }
    const field: IFieldRow = {
      listId: list.id,
      id: randomUUID(),
      internalName,
      title,
      typeAsString: typeAsString || info.typeAsString,
      fieldTypeKind: kind,
      props,
      builtIn: false,
      position: fields.length
    };
    this.store.insertField(field);
    this.forgetFields(list.id);
    if (field.props.Indexed === true) {
      this.reindexField(list);
    }
    return field;
  }

  /** Field MERGE: Title and SP.Field properties; turning Indexed on builds the index for existing items. */
  public updateField(list: IListRow, cached: IFieldRow, body: Record<string, unknown>): void {
    // Work on a copy: the cached row must not change if the update is refused.
    const field: IFieldRow = { ...cached, props: { ...cached.props } };
    const wasIndexed = field.props.Indexed === true;
    for (const k of Object.keys(body)) {
      if (k === '__metadata' || k === 'FieldTypeKind' || k === 'TypeAsString') {
        continue;
      }
      if (k === 'Title') {
        field.title = String(body.Title);
      } else if (k === 'InternalName' || k === 'StaticName' || k === 'Id') {
        throw SpErrors.badQuery(`The property '${k}' cannot be changed.`);
      } else if (k === 'Choices') {
        const c = body.Choices as unknown;
        field.props.Choices = Array.isArray(c) ? c : ((c as { results?: unknown[] }) || {}).results || [];
      } else {
        field.props[k] = body[k];
      }
    }
    if (field.props.EnforceUniqueValues === true && field.props.Indexed !== true) {
      // SharePoint requires an index before a column can enforce unique values.
      throw SpErrors.badQuery('You must index this column before enforcing unique values.');
    }
    if (field.props.EnforceUniqueValues === true && cached.props.EnforceUniqueValues !== true && this.inheritance.uniqueScopeCount(list) > 0) {
      throw UniquenessErrors.uniqueColumnWithItemScopes();
    }
    this.store.updateField(field);
    this.forgetFields(list.id);
    if (wasIndexed !== (field.props.Indexed === true)) {
      this.reindexField(list);
    }
  }

  public deleteField(list: IListRow, field: IFieldRow): void {
    if (field.builtIn) {
      throw SpErrors.badQuery('You cannot delete this column.');
    }
    this.store.deleteField(list.id, field.id, field.internalName);
    this.forgetFields(list.id);
  }

  private reindexField(list: IListRow): void {
    const fields = this.fields(list);
    this.store.transaction(() => {
      let after = 0;
      for (;;) {
        const batch = this.store.scanItems(list.id, after, 1000);
        if (batch.length === 0) {
          break;
        }
        for (const item of batch) {
          this.writeIndex(list, fields, item);
        }
        after = batch[batch.length - 1].id;
      }
    });
  }

  // ---------------- item values ----------------

  public valueKindOf(f: IFieldRow): ValueKind {
    if (f.typeAsString === 'ModStat') {
      return 'number';
    }
    return FIELD_TYPES[f.fieldTypeKind] ? FIELD_TYPES[f.fieldTypeKind].valueKind : 'text';
  }

  private readonly listRows = new Map<string, IListRow>();

  /** The list an item belongs to (for its URL); list rows do not change their URL after creation. */
  private listOf(item: IItemRow): IListRow {
    let l = this.listRows.get(item.listId);
    if (!l) {
      l = this.store.allLists().find((x) => x.id === item.listId) as IListRow;
      this.listRows.set(item.listId, l);
    }
    return l;
  }

  /** Raw stored value of a column for one item version. */
  public rawValue(item: IItemRow, v: IItemVersion, f: IFieldRow): unknown {
    switch (f.internalName) {
      case 'ID':
        return item.id;
      case 'Created':
        return item.created;
      case 'Modified':
        return v.modified;
      case 'Author':
        return item.authorId;
      case 'Editor':
        return v.editorId;
      case '_ModerationStatus':
        return v.modStatus;
      case '_ModerationComments':
        return v.modComments;
      case 'GUID':
        return item.guid;
      case 'Attachments':
        return false;
      case '_UIVersionString':
        return `${v.version}.0`;
      case 'FileLeafRef':
        return itemLeaf(item, v);
      case 'FileDirRef':
        return itemDir(this.listOf(item), v);
      case 'FileRef':
        return itemRef(this.listOf(item), item, v);
      case 'FSObjType':
        return isFolder(v) ? 1 : 0;
      default:
        return v.data[f.internalName];
    }
  }

  /** Maps a $filter/$orderby/$select path (Id, Title, ReportId, Report/Id, Coordinator/Title, OData__X) to a column. */
  public resolvePath(fields: IFieldRow[], path: string[]): IResolvedPath {
    const name = path[0];
    const byName = (n: string): IFieldRow | undefined =>
      fields.find((f) => f.internalName === n) || fields.find((f) => f.internalName.toLowerCase() === n.toLowerCase());
    const fail = (): never => {
      throw SpErrors.columnNotFound(path.join('/'));
    };
    if (name === 'Id' || name === 'ID' || name === 'id') {
      return { field: byName('ID') as IFieldRow };
    }
    let field = byName(name) || (name.indexOf('OData_') === 0 ? byName(name.substring(6)) : undefined);
    let sub: string | undefined;
    if (!field && /Id$/.test(name)) {
      const base = byName(name.substring(0, name.length - 2));
      if (base && (base.fieldTypeKind === 7 || base.fieldTypeKind === 20)) {
        field = base;
        sub = 'Id';
      }
    }
    if (!field) {
      return fail();
    }
    if (path.length > 1) {
      if (field.fieldTypeKind !== 7 && field.fieldTypeKind !== 20) {
        return fail();
      }
      sub = path.slice(1).join('/');
    }
    return { field, sub };
  }

  /** Value of a resolved path for an item version, following lookups/users for projections. */
  public pathValue(list: IListRow, item: IItemRow, v: IItemVersion, p: IResolvedPath): unknown {
    const raw = this.rawValue(item, v, p.field);
    if (!p.sub || p.sub === 'Id' || p.sub === 'ID') {
      return raw;
    }
    if (raw === undefined || raw === null) {
      return undefined;
    }
    const id = Array.isArray(raw) ? (raw[0] as number) : (raw as number);
    return this.projected(list, p.field, id, p.sub);
  }

  /** A property of the item/user a lookup or person column points at. */
  public projected(list: IListRow, f: IFieldRow, id: number, sub: string): unknown {
    if (f.fieldTypeKind === 20) {
      const u = this.store.getPrincipal(list.site, id);
      if (!u) {
        return undefined;
      }
      const props = this.userProps(u);
      return props[sub];
    }
    const target = this.lookupTarget(list, f);
    if (!target) {
      return undefined;
    }
    const item = this.store.item(target.id, id);
    if (!item) {
      return undefined;
    }
    const tf = this.fields(target);
    const resolved = this.resolvePath(tf, [sub]);
    return this.rawValue(item, item.current, resolved.field);
  }

  public lookupTarget(list: IListRow, f: IFieldRow): IListRow | undefined {
    const ref = String(f.props.LookupList || '').replace(/[{}]/g, '');
    return ref ? this.store.listById(list.site, ref) || this.store.listByTitle(list.site, ref) : undefined;
  }

  public userProps(u: IPrincipalRow): Record<string, unknown> {
    return {
      Id: u.id,
      ID: u.id,
      Title: u.title,
      Name: u.login,
      EMail: u.email,
      Email: u.email,
      LoginName: u.login,
      UserName: u.email,
      FirstName: u.title.split(' ')[0],
      LastName: u.title.split(' ').slice(1).join(' ')
    };
  }

  /** Kind used to compare a path's values: projections take the kind of the target column. */
  public pathKind(list: IListRow, p: IResolvedPath): ValueKind {
    if (!p.sub || p.sub === 'Id' || p.sub === 'ID') {
      return this.valueKindOf(p.field);
    }
    if (p.field.fieldTypeKind === 20) {
      return 'text';
    }
    const target = this.lookupTarget(list, p.field);
    if (!target) {
      return 'text';
    }
    try {
      return this.valueKindOf(this.resolvePath(this.fields(target), [p.sub]).field);
    } catch {
      return 'text';
    }
  }

  // ---------------- visibility (content approval) ----------------

  /**
   * The version of an item a user may see: on a moderated list, users who may not see drafts
   * (per DraftVersionVisibility) see only approved content, i.e. the last approved version.
   */
  public visibleVersion(list: IListRow, item: IItemRow, user: IPrincipalRow, perms: PermissionSet): IItemVersion | undefined {
    if (!this.moderated(list) || item.current.modStatus === 0) {
      return item.current;
    }
    const dvv = Number(list.props.DraftVersionVisibility || 0);
    const seesDrafts =
      perms.has(PermissionKind.ApproveItems) ||
      perms.has(PermissionKind.ManageLists) ||
      item.authorId === user.id ||
      dvv === 0 ||
      (dvv === 1 && perms.has(PermissionKind.EditListItems));
    return seesDrafts ? item.current : item.approved;
  }

  // ---------------- item queries ----------------

  /**
   * An item as the user may see it, with the user's permissions on it (its own scope, its
   * folder's or its list's; `perms` is kept for callers that computed the list's). Items the
   * user may not view do not exist for them (404), as SharePoint security-trims them.
   */
  public getItem(list: IListRow, id: number, user: IPrincipalRow, perms?: PermissionSet): { item: IItemRow; version: IItemVersion; perms: PermissionSet } {
    void perms;
    const item = this.store.item(list.id, id);
    const own = this.itemPermissions(list.site, user, list, id);
    const version = item && own.has(PermissionKind.ViewListItems) ? this.visibleVersion(list, item, user, own) : undefined;
    if (!item || !version) {
      throw SpErrors.itemNotFound();
    }
    return { item, version, perms: own };
  }

  private indexedField(f: IFieldRow): boolean {
    return f.props.Indexed === true;
  }

  public queryItems(list: IListRow, q: IItemQuery, user: IPrincipalRow, perms: PermissionSet): IItemPage {
    const fields = this.fields(list);
    let filter: FilterExpr | undefined;
    if (q.filter && q.filter.trim()) {
      filter = parseFilter(q.filter);
      fieldPaths(filter).forEach((p) => this.resolvePath(fields, p));
    }
    const order = this.parseOrderBy(fields, q.orderby);
    const top = q.top === undefined ? 100 : Math.max(0, Math.min(q.top, 5000));
    const token = parseSkiptoken(q.skiptoken);
    const large = list.itemCount > this.listViewThreshold;
    const orderById = order.length === 0 || (order.length === 1 && order[0].path.field.internalName === 'ID' && !order[0].path.sub);

    let candidates: IItemRow[] | undefined;
    if (filter) {
      const first = firstClause(filter);
      const ids = this.idsFromIndex(list, fields, first, large ? this.listViewThreshold + 1 : Number.MAX_SAFE_INTEGER);
      if (ids) {
        if (large && ids.length > this.listViewThreshold) {
          throw SpErrors.thresholdExceeded();
        }
        ids.sort((a, b) => a - b);
        candidates = this.store.itemsByIds(list.id, ids);
      } else if (large) {
        throw SpErrors.thresholdExceeded();
      }
    } else if (large && !orderById && !order.every((o) => !o.path.sub && this.indexedField(o.path.field))) {
      throw SpErrors.thresholdExceeded();
    }

    // Paths resolve once per query, not once per item.
    const paths = new Map<string, { path: IResolvedPath; kind: ValueKind }>();
    const resolved = (p: string[]): { path: IResolvedPath; kind: ValueKind } => {
      const key = p.join('/');
      let r = paths.get(key);
      if (!r) {
        const path = this.resolvePath(fields, p);
        r = { path, kind: this.pathKind(list, path) };
        paths.set(key, r);
      }
      return r;
    };
    const resolver = (item: IItemRow, v: IItemVersion): IValueResolver => ({
      kindOf: (p) => resolved(p).kind,
      valueOf: (p) => this.pathValue(list, item, v, resolved(p).path)
    });
    // Security trimming per item: each item is checked against the scope it uses.
    const session = this.session(list.site, user);
    void perms;
    const visible = (item: IItemRow): { item: IItemRow; version: IItemVersion } | undefined => {
      const own = session.item(list, item.id);
      if (!own.has(PermissionKind.ViewListItems)) {
        return undefined;
      }
      const version = this.visibleVersion(list, item, user, own);
      if (!version) {
        return undefined;
      }
      if (filter && !evaluate(filter, resolver(item, version))) {
        return undefined;
      }
      return { item, version };
    };

    if (!candidates && orderById) {
      // Stream through the list in id order (works on lists of any size without sorting in memory).
      const desc = order.length === 1 && order[0].desc;
      if (token && token.prev) {
        // PagedPrev: the `top` visible rows just before the token, in the query's order.
        const before: { item: IItemRow; version: IItemVersion }[] = [];
        let back = token.id;
        while (before.length < top) {
          const batch = this.store.scanItems(list.id, back, Math.max(200, top * 2), !desc);
          if (batch.length === 0) {
            break;
          }
          for (const item of batch) {
            const r = visible(item);
            if (r && before.length < top) {
              before.push(r);
            }
          }
          back = batch[batch.length - 1].id;
        }
        return this.page(list, before.reverse(), top, order);
      }
      let cursor = token ? token.id : desc ? Number.MAX_SAFE_INTEGER : 0;
      const rows: { item: IItemRow; version: IItemVersion }[] = [];
      while (rows.length <= top) {
        const batch = this.store.scanItems(list.id, cursor, Math.max(200, top * 2), desc);
        if (batch.length === 0) {
          break;
        }
        for (const item of batch) {
          const r = visible(item);
          if (r) {
            rows.push(r);
          }
        }
        cursor = batch[batch.length - 1].id;
      }
      return this.page(list, rows, top, order);
    }

    const all = candidates || this.allItems(list);
    let rows = all.map(visible).filter((r): r is { item: IItemRow; version: IItemVersion } => !!r);
    const cmp = this.comparator(list, order);
    rows.sort((a, b) => cmp(a, b));
    if (token) {
      const at = rows.findIndex((r) => r.item.id === token.id);
      if (token.prev) {
        const end = at >= 0 ? at : rows.filter((r) => !this.afterToken(list, order, r, token)).length;
        rows = rows.slice(Math.max(0, end - top), end);
      } else if (at >= 0) {
        rows = rows.slice(at + 1);
      } else {
        rows = rows.filter((r) => this.afterToken(list, order, r, token));
      }
    }
    return this.page(list, rows, top, order);
  }

  private page(list: IListRow, rows: { item: IItemRow; version: IItemVersion }[], top: number, order: IOrder[]): IItemPage {
    if (rows.length <= top) {
      return { rows };
    }
    const pageRows = rows.slice(0, top);
    const last = pageRows[pageRows.length - 1];
    let tokenStr = `Paged=TRUE`;
    for (const o of order) {
      if (o.path.field.internalName !== 'ID') {
        const v = this.pathValue(list, last.item, last.version, o.path);
        tokenStr += `&p_${o.path.field.internalName}=${encodeURIComponent(v === undefined || v === null ? '' : String(v))}`;
      }
    }
    tokenStr += `&p_ID=${last.item.id}`;
    return { rows: pageRows, nextSkiptoken: tokenStr };
  }

  private allItems(list: IListRow): IItemRow[] {
    const out: IItemRow[] = [];
    let after = 0;
    for (;;) {
      const batch = this.store.scanItems(list.id, after, 2000);
      if (batch.length === 0) {
        return out;
      }
      out.push(...batch);
      after = batch[batch.length - 1].id;
    }
  }

  /** Candidate ids for an index-backed clause (indexed column or Id, comparison with a literal); undefined when not indexable. */
  private idsFromIndex(list: IListRow, fields: IFieldRow[], clause: FilterExpr, limit: number): number[] | undefined {
    if (clause.kind !== 'cmp' || clause.op === 'ne') {
      return undefined;
    }
    let fieldSide = clause.left;
    let litSide = clause.right;
    let op = clause.op;
    if (fieldSide.kind !== 'field') {
      fieldSide = clause.right;
      litSide = clause.left;
      op = ({ eq: 'eq', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge', ne: 'ne' } as const)[op];
    }
    if (fieldSide.kind !== 'field' || litSide.kind !== 'literal' || litSide.type === 'null') {
      return undefined;
    }
    const p = this.resolvePath(fields, fieldSide.path);
    if (p.sub && p.sub !== 'Id' && p.sub !== 'ID') {
      return undefined;
    }
    const kind = this.valueKindOf(p.field);
    const value = normalize(kind, litSide.value);
    if (value === undefined) {
      return undefined;
    }
    if (p.field.internalName === 'ID') {
      const id = Number(value);
      if (op === 'eq') {
        return [id];
      }
      const ids: number[] = [];
      const lo = op === 'gt' ? id : op === 'ge' ? id - 1 : 0;
      let cursor = lo;
      for (;;) {
        const batch = this.store.scanItems(list.id, cursor, 1000);
        for (const it of batch) {
          if (compare(op, it.id, id)) {
            ids.push(it.id);
          }
        }
        if (batch.length === 0 || ids.length >= limit || ((op === 'lt' || op === 'le') && batch[batch.length - 1].id >= id)) {
          return ids;
        }
        cursor = batch[batch.length - 1].id;
      }
    }
    if (!this.indexedField(p.field)) {
      return undefined;
    }
    return this.store.idsByIndex(list.id, p.field.internalName, op, value, limit);
  }

  private parseOrderBy(fields: IFieldRow[], orderby: string | undefined): IOrder[] {
    if (!orderby || !orderby.trim()) {
      return [];
    }
    return orderby.split(',').map((part) => {
      const m = /^\s*([A-Za-z_][A-Za-z0-9_/]*)(?:\s+(asc|desc))?\s*$/i.exec(part);
      if (!m) {
        throw SpErrors.badQuery(`The expression "${orderby}" is not valid.`);
      }
      return { path: this.resolvePath(fields, m[1].split('/')), desc: (m[2] || '').toLowerCase() === 'desc' };
    });
  }

  private comparator(list: IListRow, order: IOrder[]): (a: { item: IItemRow; version: IItemVersion }, b: { item: IItemRow; version: IItemVersion }) => number {
    return (a, b) => {
      for (const o of order) {
        const kind = this.pathKind(list, o.path);
        const va = normalize(kind, this.pathValue(list, a.item, a.version, o.path));
        const vb = normalize(kind, this.pathValue(list, b.item, b.version, o.path));
        const c = cmpValues(va, vb);
        if (c !== 0) {
          return o.desc ? -c : c;
        }
      }
      return a.item.id - b.item.id;
    };
  }

  private afterToken(list: IListRow, order: IOrder[], r: { item: IItemRow; version: IItemVersion }, token: ISkiptoken): boolean {
    for (const o of order) {
      if (o.path.field.internalName === 'ID') {
        continue;
      }
      const kind = this.pathKind(list, o.path);
      const va = normalize(kind, this.pathValue(list, r.item, r.version, o.path));
      const vt = normalize(kind, token.values[o.path.field.internalName]);
      const c = cmpValues(va, vt);
      if (c !== 0) {
        return o.desc ? c < 0 : c > 0;
      }
    }
    return r.item.id > token.id;
  }

  // ---------------- item writes ----------------

  /** Converts a REST body value for a column into the stored value; throws SharePoint's 400 on a wrong type. */
  public convertRestValue(f: IFieldRow, v: unknown, site = ''): unknown {
    if (v === null || v === undefined) {
      return undefined;
    }
    const multi = f.typeAsString === 'MultiChoice' || f.typeAsString === 'LookupMulti' || f.typeAsString === 'UserMulti';
    if (multi) {
      const arr = Array.isArray(v) ? v : (v as { results?: unknown[] }).results;
      if (!Array.isArray(arr)) {
        throw SpErrors.badValue('Collection(Edm.String)');
      }
      return f.typeAsString === 'MultiChoice' ? arr.map(String) : arr.map(Number);
    }
    switch (f.fieldTypeKind) {
      case 9:
      case 10:
      case 7:
      case 20: {
        const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
        if (isNaN(n)) {
          throw SpErrors.badValue(f.fieldTypeKind === 9 || f.fieldTypeKind === 10 ? 'Edm.Double' : 'Edm.Int32');
        }
        return n;
      }
      case 4: {
        const ms = typeof v === 'string' ? parseRestDateTime(v, this.regional.timeZone(site), this.fidelity.siteTimeDates) : undefined;
        if (ms === undefined) {
          throw SpErrors.badValue('Edm.DateTime');
        }
        return toSpDate(new Date(ms));
      }
      case 8:
        if (typeof v === 'boolean') {
          return v;
        }
        if (v === 'true' || v === 'false' || v === 1 || v === 0) {
          return v === 'true' || v === 1;
        }
        throw SpErrors.badValue('Edm.Boolean');
      case 11:
        if (typeof v === 'object') {
          const u = v as { Url?: unknown; Description?: unknown };
          return { Description: u.Description === undefined ? null : String(u.Description), Url: String(u.Url || '') };
        }
        throw SpErrors.badValue('SP.FieldUrlValue');
      default: {
        if (typeof v === 'object') {
          throw SpErrors.badValue('Edm.String');
        }
        const text = String(v);
        if (this.fidelity.enforceTextLength && f.fieldTypeKind === 2 && f.typeAsString === 'Text' && text.length > textMaxLength(f.props)) {
          throw textTooLong(f.title, textMaxLength(f.props));
        }
        return text;
      }
    }
  }

  /** Maps a REST body to column values (internal name → stored value), with moderation fields split out. */
  public mapRestBody(
    list: IListRow,
    body: Record<string, unknown>,
    fields: IFieldRow[] = this.fields(list)
  ): { values: Record<string, unknown>; modStatus?: number; modComments?: string } {
    const values: Record<string, unknown> = {};
    let modStatus: number | undefined;
    let modComments: string | undefined;
    for (const key of Object.keys(body)) {
      if (key === '__metadata') {
        continue;
      }
      let field = fields.find((f) => jsonName(f.internalName) === key);
      if (!field && /Id$/.test(key)) {
        const base = fields.find((f) => jsonName(f.internalName) === key.substring(0, key.length - 2));
        if (base && (base.fieldTypeKind === 7 || base.fieldTypeKind === 20)) {
          field = base;
        }
      }
      if (!field || (field.fieldTypeKind === 7 || field.fieldTypeKind === 20 ? key === jsonName(field.internalName) && !field.builtIn : false)) {
        throw SpErrors.propertyNotOnType(key, `SP.Data.${list.entityName}ListItem`);
      }
      if (field.internalName === '_ModerationStatus') {
        modStatus = Number(body[key]);
        continue;
      }
      if (field.internalName === '_ModerationComments') {
        modComments = body[key] === null ? undefined : String(body[key]);
        continue;
      }
      if (SYSTEM_FIELDS.indexOf(field.internalName) >= 0) {
        continue; // read-only system columns are ignored on REST writes
      }
      values[field.internalName] = this.convertRestValue(field, body[key], list.site);
    }
    return { values, modStatus, modComments };
  }

  private checkUnique(list: IListRow, fields: IFieldRow[], values: Record<string, unknown>, itemId: number): void {
    for (const f of fields) {
      if (f.props.EnforceUniqueValues === true && f.props.Indexed === true && values[f.internalName] !== undefined) {
        const key = normalize(this.valueKindOf(f), values[f.internalName]);
        if (key !== undefined && this.store.countByIndex(list.id, f.internalName, key, itemId) > 0) {
          throw SpErrors.duplicateValues();
        }
      }
    }
  }

  private writeIndex(list: IListRow, fields: IFieldRow[], item: IItemRow, isNew = false): void {
    const out: { field: string; value: IndexValue }[] = [];
    const versions = item.approved && item.approved !== item.current ? [item.current, item.approved] : [item.current];
    for (const f of fields) {
      if (!this.indexedField(f) || f.internalName === 'ID') {
        continue;
      }
      const seen = new Set<IndexValue>();
      for (const v of versions) {
        const raw = this.rawValue(item, v, f);
        const list2 = Array.isArray(raw) ? raw : [raw];
        for (const r of list2) {
          const key = normalize(this.valueKindOf(f), r);
          if (key !== undefined && !seen.has(key)) {
            seen.add(key);
            out.push({ field: f.internalName, value: key });
          }
        }
      }
    }
    this.store.setIndexValues(list.id, item.id, out, isNew);
  }

  private checkModerationRights(list: IListRow, perms: PermissionSet, modStatus: number | undefined): void {
    if (modStatus === undefined) {
      return;
    }
    if (!this.moderated(list)) {
      throw SpErrors.badQuery('Content approval is not enabled for this list.');
    }
    if (!perms.has(PermissionKind.ApproveItems)) {
      throw SpErrors.accessDenied();
    }
    if ([0, 1, 2, 3].indexOf(modStatus) < 0) {
      throw SpErrors.badValue('Edm.Int32');
    }
  }

  /**
   * Adds an item (at the list's root, or in a folder: `place.dir`) or a folder (`place.folder`,
   * named `place.leaf`). `perms` are the user's permissions on the folder the item goes into.
   */
  public addItem(
    list: IListRow,
    user: IPrincipalRow,
    perms: PermissionSet,
    input: { values: Record<string, unknown>; modStatus?: number; modComments?: string },
    place: IItemPlace = {}
  ): IItemRow {
    if (!perms.has(PermissionKind.AddListItems)) {
      throw SpErrors.accessDenied();
    }
    this.checkModerationRights(list, perms, input.modStatus);
    const fields = this.fields(list);
    const where = this.placement(list, place, input.values);
    return this.store.transaction(() => {
      const fresh = this.store.listById(list.site, list.id) as IListRow;
      this.checkUnique(fresh, fields, input.values, 0);
      const now = isoNow();
      // Folders are created approved (they hold content; approval applies to the items in them).
      const modStatus = this.moderated(fresh) && !place.folder ? (input.modStatus === undefined ? 2 : input.modStatus) : 0;
      const current: IItemVersion = {
        data: clean({ ...input.values, ...where }),
        version: 1,
        modified: now,
        editorId: user.id,
        modStatus,
        modComments: input.modComments
      };
      const item: IItemRow = {
        listId: fresh.id,
        id: fresh.nextItemId,
        guid: randomUUID(),
        created: now,
        authorId: user.id,
        current,
        approved: this.moderated(fresh) && modStatus === 0 ? current : undefined
      };
      this.store.insertItem(item);
      fresh.nextItemId++;
      fresh.itemCount++;
      fresh.modified = now;
      this.store.updateList(fresh);
      list.nextItemId = fresh.nextItemId;
      list.itemCount = fresh.itemCount;
      this.writeIndex(fresh, fields, item);
      this.inheritance.placeNewItem(fresh, item);
      if (place.folder) {
        this.forgetFolders(fresh.id);
      }
      return item;
    });
  }

  /** What an item stores about its place; checks the folder exists and a new folder's name is free. */
  private placement(list: IListRow, place: IItemPlace, values: Record<string, unknown>): Record<string, unknown> {
    const root = listRootUrl(list);
    const dir = place.dir === undefined ? root : place.dir.replace(/\/+$/, '');
    const out: Record<string, unknown> = {};
    if (dir.toLowerCase() !== root.toLowerCase()) {
      const parent = dir.toLowerCase().indexOf(`${root.toLowerCase()}/`) === 0 ? this.findFolder(list, dir) : undefined;
      if (!parent) {
        // A path outside the list, or a folder that does not exist.
        throw FolderErrors.folderNotFound(dir);
      }
      out.FileDirRef = this.folderUrlOf(list, parent);
    }
    if (place.folder) {
      const leaf = String(place.leaf || values.Title || '').trim();
      if (!leaf || /[\\/:*?"<>|#%]/.test(leaf)) {
        throw SpErrors.badQuery(`The folder name "${leaf}" is not valid.`);
      }
      if (this.findFolder(list, `${dir}/${leaf}`)) {
        throw FolderErrors.folderExists(`${dir}/${leaf}`);
      }
      out.FSObjType = 1;
      out.FileLeafRef = leaf;
      if (values.Title === undefined) {
        values.Title = leaf;
      }
    }
    return out;
  }

  /** Folders per list by normalized URL (built on first use; folder adds and deletes go through this class). */
  private readonly folderIndex = new Map<string, Map<string, number>>();

  /** The folder item at a server-relative URL, if there is one. */
  public findFolder(list: IListRow, url: string): IItemRow | undefined {
    let index = this.folderIndex.get(list.id);
    if (!index) {
      index = new Map();
      for (const f of allFolders(this.store, list)) {
        index.set(folderKey(itemRef(list, f, f.current)), f.id);
      }
      this.folderIndex.set(list.id, index);
    }
    const id = index.get(folderKey(url));
    return id === undefined ? undefined : this.store.item(list.id, id);
  }

  public forgetFolders(listId: string): void {
    this.folderIndex.delete(listId);
  }

  public folderUrlOf(list: IListRow, folder: IItemRow): string {
    return itemRef(list, folder, folder.current);
  }

  /**
   * Test/benchmark helper: inserts many items directly (one transaction, no permission checks).
   * Rows use the REST body shape (ReportId for lookups, OData__ModerationStatus optional);
   * unique values are still enforced and indexes maintained.
   */
  public bulkInsert(list: IListRow, user: IPrincipalRow, rows: Record<string, unknown>[]): number[] {
    const fields = this.fields(list);
    return this.store.transaction(() => {
      const fresh = this.store.listById(list.site, list.id) as IListRow;
      const now = isoNow();
      const ids: number[] = [];
      for (const row of rows) {
        const input = this.mapRestBody(fresh, row, fields);
        this.checkUnique(fresh, fields, input.values, 0);
        const modStatus = this.moderated(fresh) ? (input.modStatus === undefined ? 2 : input.modStatus) : 0;
        // A row may name its folder (FileDirRef, server-relative URL of an existing folder).
        const where = typeof row.FileDirRef === 'string' ? this.placement(fresh, { dir: row.FileDirRef }, input.values) : {};
        const current: IItemVersion = {
          data: clean({ ...input.values, ...where }), version: 1, modified: now, editorId: user.id, modStatus, modComments: input.modComments
        };
        const item: IItemRow = {
          listId: fresh.id,
          id: fresh.nextItemId++,
          guid: randomUUID(),
          created: now,
          authorId: user.id,
          current,
          approved: this.moderated(fresh) && modStatus === 0 ? current : undefined
        };
        this.store.insertItem(item);
        this.writeIndex(fresh, fields, item, true);
        this.inheritance.placeNewItem(fresh, item);
        fresh.itemCount++;
        ids.push(item.id);
      }
      fresh.modified = now;
      this.store.updateList(fresh);
      return ids;
    });
  }

  /** Item MERGE: checks IF-MATCH ("*" matches any), bumps the version, re-enters approval on moderated lists. */
  public updateItem(
    list: IListRow,
    id: number,
    user: IPrincipalRow,
    perms: PermissionSet,
    input: { values: Record<string, unknown>; modStatus?: number; modComments?: string },
    ifMatch: string | undefined
  ): IItemRow {
    const got = this.getItem(list, id, user, perms);
    const item = got.item;
    perms = got.perms;
    const onlyModeration = Object.keys(input.values).length === 0 && input.modStatus !== undefined;
    if (!onlyModeration && !perms.has(PermissionKind.EditListItems)) {
      throw SpErrors.accessDenied();
    }
    this.checkModerationRights(list, perms, input.modStatus);
    this.checkEtag(item, ifMatch);
    const fields = this.fields(list);
    const rename = this.folderRename(list, item, input.values);
    return this.store.transaction(() => {
      this.checkUnique(list, fields, input.values, item.id);
      const prev = item.current;
      const next: IItemVersion = {
        data: clean({ ...prev.data, ...input.values }),
        version: prev.version + 1,
        // Approving through ValidateUpdateListItem or MERGE is an ordinary update: Editor and Modified change.
        modified: isoNow(),
        editorId: user.id,
        modStatus: 0,
        modComments: input.modComments !== undefined ? input.modComments : prev.modComments
      };
      if (this.moderated(list)) {
        next.modStatus = input.modStatus !== undefined ? input.modStatus : 2;
        if (prev.modStatus === 0) {
          item.approved = prev;
        }
        if (next.modStatus === 0) {
          item.approved = next;
        }
      }
      item.current = next;
      this.store.updateItem(item);
      this.writeIndex(list, fields, item);
      if (rename) {
        this.moveFolderContents(list, rename.from, rename.to);
      }
      return item;
    });
  }

  /**
   * An update's place columns. FileDirRef, FileRef and FSObjType are read-only (an item is not
   * moved by writing them) and are dropped; FileLeafRef renames a folder, which moves what is in
   * it (SharePoint renames a folder through its list item's FileLeafRef, and the items below get
   * the new path); an item's own FileLeafRef (`<id>_.000`) does not change.
   */
  private folderRename(list: IListRow, item: IItemRow, values: Record<string, unknown>): { from: string; to: string } | undefined {
    ['FileDirRef', 'FileRef', 'FSObjType'].forEach((k) => delete values[k]);
    if (!('FileLeafRef' in values)) {
      return undefined;
    }
    const leaf = String(values.FileLeafRef ?? '').trim();
    if (!isFolder(item.current)) {
      delete values.FileLeafRef;
      return undefined;
    }
    const from = this.folderUrlOf(list, item);
    const to = `${itemDir(list, item.current)}/${leaf}`;
    if (!leaf || /[\\/:*?"<>|#%]/.test(leaf)) {
      throw SpErrors.badQuery(`The folder name "${leaf}" is not valid.`);
    }
    if (folderKey(to) === folderKey(from)) {
      values.FileLeafRef = leaf;
      return undefined;
    }
    if (this.findFolder(list, to)) {
      throw FolderErrors.folderExists(to);
    }
    values.FileLeafRef = leaf;
    return { from, to };
  }

  /** Rewrites the folder path of every item below a renamed folder (current and approved versions). */
  private moveFolderContents(list: IListRow, from: string, to: string): void {
    const prefix = folderKey(from);
    const moved = (dir: unknown): string | undefined => {
      if (typeof dir !== 'string') return undefined;
      const key = folderKey(dir);
      return key === prefix || key.indexOf(`${prefix}/`) === 0 ? `${to}${dir.slice(from.length)}` : undefined;
    };
    let after = 0;
    for (;;) {
      const page = this.store.scanItems(list.id, after, 1000);
      if (page.length === 0) break;
      for (const it of page) {
        // The store hands out frozen versions: a moved version is a new one.
        const movedVersion = <V extends { data: Record<string, unknown> } | undefined>(v: V): V => {
          const next = v ? moved(v.data.FileDirRef) : undefined;
          return v && next !== undefined ? ({ ...v, data: { ...v.data, FileDirRef: next } } as V) : v;
        };
        const current = movedVersion(it.current);
        const approved = movedVersion(it.approved);
        if (current !== it.current || approved !== it.approved) this.store.updateItem({ ...it, current, approved });
        after = it.id;
      }
    }
    this.forgetFolders(list.id);
  }

  /** Deletes an item; deleting a folder deletes what is in it. */
  public deleteItem(list: IListRow, id: number, user: IPrincipalRow, perms: PermissionSet | undefined, ifMatch: string | undefined): void {
    const got = this.getItem(list, id, user, perms);
    const item = got.item;
    if (!got.perms.has(PermissionKind.DeleteListItems)) {
      throw SpErrors.accessDenied();
    }
    this.checkEtag(item, ifMatch);
    const ids = [id].concat(isFolder(item.current) ? descendantIds(this.store, list, this.folderUrlOf(list, item)) : []);
    this.forgetFolders(list.id);
    this.store.transaction(() => {
      for (const d of ids) {
        const row = this.store.item(list.id, d);
        this.store.deleteItem(list.id, d);
        if (row) {
          this.inheritance.onItemDeleted(list.site, list, row);
        }
      }
      const fresh = this.store.listById(list.site, list.id) as IListRow;
      fresh.itemCount -= ids.length;
      fresh.modified = isoNow();
      this.store.updateList(fresh);
      list.itemCount = fresh.itemCount;
    });
  }

  public etagOf(item: IItemRow, v: IItemVersion): string {
    return `"${item.guid},${v.version}"`;
  }

  private checkEtag(item: IItemRow, ifMatch: string | undefined): void {
    if (!ifMatch || ifMatch.trim() === '*') {
      return;
    }
    const want = ifMatch.trim().replace(/^W\//, '');
    const current = this.etagOf(item, item.current);
    const bare = (s: string): string => s.replace(/^"|"$/g, '');
    // SharePoint accepts the full "guid,version" ETag or the bare version number.
    if (want !== current && bare(want) !== bare(current) && bare(want) !== String(item.current.version)) {
      throw SpErrors.versionConflict();
    }
  }

  // ---------------- ValidateUpdateListItem ----------------

  /**
   * formValues → per-field results; when any field has an exception nothing is saved (as SharePoint).
   * `_ModerationStatus` approves (0) or rejects (1) and requires ApproveItems.
   */
  public validateUpdate(
    list: IListRow,
    itemId: number | undefined,
    user: IPrincipalRow,
    perms: PermissionSet,
    formValues: { FieldName: string; FieldValue: string | null }[],
    place: IItemPlace = {},
    options: { datesInUtc?: boolean } = {}
  ): { results: IFormResult[]; item?: IItemRow } {
    const fields = this.fields(list);
    const results: IFormResult[] = [];
    const values: Record<string, unknown> = {};
    let modStatus: number | undefined;
    let modComments: string | undefined;
    for (const fv of formValues) {
      const r: IFormResult = { ErrorCode: 0, ErrorMessage: undefined, FieldName: fv.FieldName, FieldValue: fv.FieldValue, HasException: false, ItemId: itemId || 0 };
      results.push(r);
      const field = fields.find((f) => f.internalName === fv.FieldName) || fields.find((f) => f.internalName.toLowerCase() === String(fv.FieldName).toLowerCase());
      if (!field) {
        r.HasException = true;
        r.ErrorCode = -2147024809;
        r.ErrorMessage = `Column '${fv.FieldName}' does not exist. It may have been deleted by another user.`;
        continue;
      }
      const text = fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
      if (field.internalName === '_ModerationStatus') {
        const map: Record<string, number> = { approved: 0, denied: 1, rejected: 1, pending: 2, draft: 3, scheduled: 4 };
        const n = /^\d$/.test(text.trim()) ? Number(text) : map[text.trim().toLowerCase()];
        if (n === undefined) {
          r.HasException = true;
          r.ErrorCode = -2130575340;
          r.ErrorMessage = 'Invalid approval status.';
        } else {
          modStatus = n;
        }
        continue;
      }
      if (field.internalName === '_ModerationComments') {
        modComments = text;
        continue;
      }
      if (field.props.ReadOnlyField === true && SYSTEM_FIELDS.indexOf(field.internalName) >= 0) {
        continue;
      }
      const parsed = this.parseFormValue(list, field, text, options.datesInUtc === true);
      if (parsed.error) {
        r.HasException = true;
        r.ErrorCode = parsed.errorCode ?? -2130575155;
        r.ErrorMessage = parsed.error;
        continue;
      }
      if (field.props.Required === true && (parsed.value === undefined || parsed.value === '')) {
        r.HasException = true;
        r.ErrorCode = -2130575155;
        r.ErrorMessage = 'You must specify a value for this required field.';
        continue;
      }
      values[field.internalName] = parsed.value;
    }
    if (results.some((r) => r.HasException)) {
      return { results };
    }
    const input = { values, modStatus, modComments };
    const item = itemId === undefined ? this.addItem(list, user, perms, input, place) : this.updateItem(list, itemId, user, perms, input, '*');
    if (itemId === undefined) {
      // AddValidateUpdateItemUsingPath answers ItemId 0 on every value and reports the new item's id
      // as an extra "Id" value (pnp/pnpcore SharePoint/MockData/ListItemTests/AddListFolder2Test-0-00005.response.json).
      results.forEach((r) => (r.ItemId = 0));
      results.push({ ErrorCode: 0, ErrorMessage: undefined, FieldName: 'Id', FieldValue: String(item.id), HasException: false, ItemId: 0 });
    } else {
      results.forEach((r) => (r.ItemId = item.id));
    }
    return { results, item };
  }

  /** Parses the text SharePoint's forms send (numbers with , or ., dates, "5;#Title" lookups, people as JSON keys). */
  private parseFormValue(list: IListRow, f: IFieldRow, text: string, datesInUtc = false): { value?: unknown; error?: string; errorCode?: number } {
    const t = text.trim();
    if (t === '') {
      return { value: undefined };
    }
    switch (f.fieldTypeKind) {
      case 9:
      case 10: {
        const norm = t.replace(/[\s\u00a0]/g, '');
        const n = Number(/,/.test(norm) && !/\./.test(norm) ? norm.replace(',', '.') : norm.replace(/,/g, ''));
        return isNaN(n) ? { error: 'The value of this field is not a valid number.' } : { value: n };
      }
      case 4: {
        if (this.fidelity.siteTimeDates) {
          const dateOnly = f.props.DisplayFormat === 0 || f.props.DisplayFormat === 'DateOnly';
          const ms = datesInUtc ? parseUtcFormDateTime(t) : parseFormDateTime(t, this.regional.language(list.site), this.regional.timeZone(list.site), dateOnly);
          return ms === undefined
            ? { error: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.', errorCode: INVALID_DATE_ERROR_CODE }
            : { value: toSpDate(new Date(ms)) };
        }
        const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(t);
        const ms = us ? Date.parse(`${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}${us[4] ? 'T' + us[4].trim() : ''}`) : Date.parse(t);
        return isNaN(ms) ? { error: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' } : { value: toSpDate(new Date(ms)) };
      }
      case 8: {
        const l = t.toLowerCase();
        if (['1', 'true', 'yes', 'ja'].indexOf(l) >= 0) {
          return { value: true };
        }
        if (['0', 'false', 'no', 'nej'].indexOf(l) >= 0) {
          return { value: false };
        }
        return { error: 'Invalid Yes/No value.' };
      }
      case 7: {
        const ids = t.split(';#').filter((_, i) => i % 2 === 0).map(Number);
        if (ids.some(isNaN)) {
          return { error: 'Invalid lookup value.' };
        }
        return { value: f.typeAsString === 'LookupMulti' ? ids : ids[0] };
      }
      case 20: {
        let keys: string[];
        try {
          const parsed = JSON.parse(t) as { Key?: string }[];
          keys = parsed.map((p) => String(p.Key || ''));
        } catch {
          keys = /^\d+$/.test(t) ? [] : [t];
          if (/^\d+$/.test(t)) {
            return { value: Number(t) };
          }
        }
        const ids = keys.map((k) => this.ensureUser(list.site, k).id);
        return { value: f.typeAsString === 'UserMulti' ? ids : ids[0] };
      }
      case 6: {
        const choices = (f.props.Choices as string[]) || [];
        if (f.props.FillInChoice !== true && choices.indexOf(t) < 0) {
          return { error: `Invalid choice: '${t}'.` };
        }
        return { value: t };
      }
      case 15: {
        const vals = t.split(';#').filter((s) => s !== '');
        const choices = (f.props.Choices as string[]) || [];
        if (f.props.FillInChoice !== true && vals.some((v) => choices.indexOf(v) < 0)) {
          return { error: 'Invalid choice.' };
        }
        return { value: vals };
      }
      case 2:
        if (this.fidelity.enforceTextLength && f.typeAsString === 'Text' && text.length > textMaxLength(f.props)) {
          return { error: textTooLongMessage(f.title, textMaxLength(f.props)), errorCode: FIELD_VALIDATION_HRESULT };
        }
        if (f.props.MaxLength !== undefined && t.length > Number(f.props.MaxLength)) {
          return { error: `The value for field ${f.title} exceeds the maximum length of ${String(f.props.MaxLength)}.` };
        }
        return { value: text };
      default:
        return { value: text };
    }
  }
}

export interface IFormResult {
  ErrorCode: number;
  ErrorMessage: string | undefined;
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ItemId: number;
}

interface IOrder {
  path: IResolvedPath;
  desc: boolean;
}

interface ISkiptoken {
  id: number;
  /** PagedPrev=TRUE: the page before the token. */
  prev: boolean;
  values: Record<string, string>;
}

function parseSkiptoken(s: string | undefined): ISkiptoken | undefined {
  if (!s) {
    return undefined;
  }
  const params = new URLSearchParams(s);
  const id = Number(params.get('p_ID'));
  if (params.get('Paged') === null || isNaN(id)) {
    throw SpErrors.badQuery(`The expression "$skiptoken=${s}" is not valid.`);
  }
  const values: Record<string, string> = {};
  params.forEach((v, k) => {
    if (k.indexOf('p_') === 0 && k !== 'p_ID') {
      values[k.substring(2)] = v;
    }
  });
  return { id, prev: (params.get('PagedPrev') || '').toUpperCase() === 'TRUE', values };
}

function cmpValues(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) {
    return 0;
  }
  if (a === undefined) {
    return -1;
  }
  if (b === undefined) {
    return 1;
  }
  return a < b ? -1 : 1;
}

function clean(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.keys(values).forEach((k) => {
    if (values[k] !== undefined) {
      out[k] = values[k];
    }
  });
  return out;
}
