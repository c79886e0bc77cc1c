/**
 * The SharePoint REST surface: resolves `_api/...` paths to resources and runs the
 * request against the engine. Synchronous and HTTP-free so `$batch` can reuse it.
 */
import { randomUUID } from 'crypto';
import { DIGEST_TIMEOUT_SECONDS, Engine, IFormResult } from './engine';
import { SpError, SpErrors } from './errors';
import {
  Complex,
  contentTypeOf,
  Entity,
  formatCollection,
  formatError,
  formatNull,
  formatPrimitive,
  formatSingle,
  JsonMode,
  PrimitiveCollection
} from './format';
import { localizedText } from './messages';
import { FIELD_TYPES } from './model';
import { regionalEntity } from './regionalapi';
import { utcOffsetMinutes } from './regional';
import { jsonName } from './names';
import { evaluate, IValueResolver, parseFilter, ValueKind } from './odata/filter';
import { PermissionKind, PermissionSet, IRoleDefinition } from './security';
import { IFieldRow, IItemRow, IItemVersion, IListRow, IPrincipalRow, ISiteRow } from './store';
import { AccessSession, listScopeId } from './permissions/access';
import { itemScope } from './permissions/scopeStore';
import { PrincipalRules } from './permissions/principalRules';
import { isFolder, itemDir, itemLeaf, listRootUrl, listUrlName, folderKey } from './folders';
import { FolderErrors, UniquenessErrors } from './folderErrors';

export interface IApiRequest {
  method: string; // effective method (X-HTTP-Method applied)
  /** Path after `/_api/`, still URL-encoded. */
  apiPath: string;
  query: URLSearchParams;
  headers: Record<string, string>; // lower-case names
  body: string;
  site: ISiteRow;
  user: IPrincipalRow;
  origin: string;
}

export interface IApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

interface ISegment {
  name: string; // lower-case
  raw: string;
  args?: string;
}

type Node =
  | { kind: 'root' }
  | { kind: 'web' }
  | { kind: 'site' }
  | { kind: 'lists' }
  | { kind: 'list'; list: IListRow }
  | { kind: 'items'; list: IListRow }
  | { kind: 'item'; list: IListRow; id: number }
  | { kind: 'itemtext'; list: IListRow; id: number }
  | { kind: 'folder'; list: IListRow; folder: IItemRow | undefined }
  | { kind: 'folders'; list: IListRow; parent: IItemRow | undefined }
  | { kind: 'usergroups'; user: IPrincipalRow }
  | { kind: 'bindings'; list: IListRow | undefined; itemId?: number; principalId: number }
  | { kind: 'fields'; list: IListRow | undefined }
  | { kind: 'field'; list: IListRow; field: IFieldRow }
  | { kind: 'roleassignments'; list: IListRow | undefined; itemId?: number }
  | { kind: 'roleassignment'; list: IListRow | undefined; itemId?: number; principalId: number }
  | { kind: 'sitegroups' }
  | { kind: 'group'; group: IPrincipalRow }
  | { kind: 'groupusers'; group: IPrincipalRow }
  | { kind: 'siteusers' }
  | { kind: 'user'; user: IPrincipalRow }
  | { kind: 'roledefinitions' }
  | { kind: 'roledefinition'; def: IRoleDefinition }
  | { kind: 'effperms'; list: IListRow | undefined; itemId?: number }
  | { kind: 'regionalsettings' }
  | { kind: 'timezone' }
  | { kind: 'groupuser'; group: IPrincipalRow; user: IPrincipalRow }
  | { kind: 'action'; name: string; target: Node; args: IArgs };

interface IArgs {
  positional: string[];
  named: Record<string, string>;
}

const READ_METHODS = ['GET', 'HEAD'];

export class Api {
  public constructor(private readonly engine: Engine) {}

  public handle(req: IApiRequest): IApiResponse {
    const mode = jsonModeOfReq(req);
    try {
      return this.dispatch(req, mode);
    } catch (e) {
      const err = e instanceof SpError ? e : new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', (e as Error).message || String(e));
      return {
        status: err.status,
        headers: { 'Content-Type': contentTypeOf(mode), ...err.headers },
        body: JSON.stringify(formatError(err, mode, this.engine.regional.language(req.site.name)))
      };
    }
  }

  private dispatch(req: IApiRequest, mode: JsonMode): IApiResponse {
    const site = req.site;
    const webUrl = `${req.origin}/sites/${site.name}`;
    const apiBase = `${webUrl}/_api`;
    const segments = splitPath(req.apiPath);
    this.currentSite = site.name;
    const session = this.engine.session(site.name, req.user);
    this.currentSession = session;
    const ctx: ICtx = { req, mode, apiBase, webUrl, session, perms: (list?: IListRow) => session.list(list) };
    if (segments.length === 1 && segments[0].name === 'contextinfo') {
      if (req.method !== 'POST') {
        throw SpErrors.methodNotAllowed('SP.ContextWebInformation', req.method);
      }
      const info = new Complex('SP.ContextWebInformation', {
        FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
        FormDigestValue: this.engine.issueDigest(site.name),
        LibraryVersion: '16.0.25911.12005',
        SiteFullUrl: webUrl,
        SupportedSchemaVersions: new PrimitiveCollection('Collection(Edm.String)', ['14.0.0.0', '15.0.0.0']),
        WebFullUrl: webUrl
      });
      return json(200, mode, formatSingle(info, mode, apiBase, 'SP.ContextWebInformation', 'GetContextWebInformation'));
    }
    // Everything below needs at least read access to the web.
    if (!ctx.perms().has(PermissionKind.ViewPages) && !ctx.perms().has(PermissionKind.Open)) {
      if (!this.anyListAccess(ctx)) {
        throw SpErrors.accessDenied();
      }
    }
    let node: Node = { kind: 'root' };
    for (let i = 0; i < segments.length; i++) {
      node = this.step(ctx, node, segments[i]);
    }
    return this.execute(ctx, node);
  }

  /** Users granted access only on a list, folder or item still reach it through the web. */
  private anyListAccess(ctx: ICtx): boolean {
    return this.engine.store.lists(ctx.req.site.name).some((l) => ctx.session.seesList(l));
  }

  // ---------------- path resolution ----------------

  private step(ctx: ICtx, node: Node, seg: ISegment): Node {
    const args = parseArgs(seg.args, ctx.req.query);
    const site = ctx.req.site;
    const notFound = (): never => {
      throw SpErrors.resourceNotFound(seg.raw);
    };
    switch (node.kind) {
      case 'root':
        if (seg.name === 'web' && seg.args === undefined) {
          return { kind: 'web' };
        }
        if (seg.name === 'site' && seg.args === undefined) {
          return { kind: 'site' };
        }
        return notFound();
      case 'web':
        switch (seg.name) {
          case 'lists':
            return seg.args !== undefined ? this.listNode(ctx, this.engine.listById(site, args.positional[0] || '')) : { kind: 'lists' };
          case 'getlist':
            return this.listNode(ctx, this.listByUrl(ctx, args.positional[0] || ''));
          case 'fields':
            return { kind: 'fields', list: undefined };
          case 'roleassignments':
            return { kind: 'roleassignments', list: undefined };
          case 'sitegroups':
            return seg.args !== undefined ? { kind: 'group', group: this.groupById(Number(args.positional[0])) } : { kind: 'sitegroups' };
          case 'siteusers':
            return seg.args !== undefined ? { kind: 'user', user: this.userByArg(args.positional[0]) } : { kind: 'siteusers' };
          case 'getuserbyid':
            return { kind: 'user', user: this.userById(toInt(args.positional[0])) };
          case 'getfolderbyserverrelativeurl':
          case 'getfolderbyserverrelativepath':
            return this.folderByPath(ctx, namedArg(args, 'decodedurl') ?? args.positional[0] ?? '');
          case 'roledefinitions':
            return seg.args !== undefined ? { kind: 'roledefinition', def: this.roleDefById(Number(args.positional[0])) } : { kind: 'roledefinitions' };
          case 'currentuser':
            return { kind: 'user', user: ctx.req.user };
          case 'regionalsettings':
            return { kind: 'regionalsettings' };
          case 'effectivebasepermissions':
          case 'getcurrentusereffectivepermissions':
            return { kind: 'effperms', list: undefined };
          case 'associatedownergroup':
            return { kind: 'group', group: this.associated('owner') };
          case 'associatedmembergroup':
            return { kind: 'group', group: this.associated('member') };
          case 'associatedvisitorgroup':
            return { kind: 'group', group: this.associated('visitor') };
          case 'ensureuser':
          case 'breakroleinheritance':
          case 'resetroleinheritance':
          case 'getusereffectivepermissions':
            return { kind: 'action', name: seg.name, target: node, args };
          default:
            return notFound();
        }
      case 'lists':
        if (seg.name === 'getbytitle') {
          return this.listNode(ctx, this.engine.listByTitle(site, args.positional[0] || '', ctx.webUrl));
        }
        if (seg.name === 'getbyid') {
          return this.listNode(ctx, this.engine.listById(site, args.positional[0] || ''));
        }
        return notFound();
      case 'list':
        switch (seg.name) {
          case 'items':
            return seg.args !== undefined ? { kind: 'item', list: node.list, id: toInt(args.positional[0]) } : { kind: 'items', list: node.list };
          case 'fields':
            return seg.args !== undefined ? { kind: 'field', list: node.list, field: this.fieldById(node.list, args.positional[0]) } : { kind: 'fields', list: node.list };
          case 'roleassignments':
            return seg.args !== undefined
              ? { kind: 'roleassignment', list: node.list, principalId: toInt(args.positional[0]) }
              : { kind: 'roleassignments', list: node.list };
          case 'rootfolder':
            return { kind: 'folder', list: node.list, folder: undefined };
          case 'effectivebasepermissions':
          case 'getcurrentusereffectivepermissions':
            return { kind: 'effperms', list: node.list };
          case 'breakroleinheritance':
          case 'resetroleinheritance':
          case 'addvalidateupdateitemusingpath':
          case 'getusereffectivepermissions':
          case 'recycle':
            return { kind: 'action', name: seg.name, target: node, args };
          default:
            return notFound();
        }
      case 'items':
        if (seg.name === 'getbyid') {
          return { kind: 'item', list: node.list, id: toInt(args.positional[0]) };
        }
        return notFound();
      case 'item':
        switch (seg.name) {
          case 'validateupdatelistitem':
          case 'recycle':
          case 'breakroleinheritance':
          case 'resetroleinheritance':
          case 'getusereffectivepermissions':
            return { kind: 'action', name: seg.name, target: node, args };
          case 'effectivebasepermissions':
          case 'getcurrentusereffectivepermissions':
            return { kind: 'effperms', list: node.list, itemId: node.id };
          case 'fieldvaluesastext':
            return { kind: 'itemtext', list: node.list, id: node.id };
          case 'roleassignments':
            return seg.args !== undefined
              ? { kind: 'roleassignment', list: node.list, itemId: node.id, principalId: toInt(args.positional[0]) }
              : { kind: 'roleassignments', list: node.list, itemId: node.id };
          case 'folder': {
            const { item } = this.engine.getItem(node.list, node.id, ctx.req.user);
            if (!isFolder(item.current)) {
              throw SpErrors.resourceNotFound(seg.raw);
            }
            return { kind: 'folder', list: node.list, folder: item };
          }
          default:
            return notFound();
        }
      case 'folder':
        switch (seg.name) {
          case 'folders':
            return { kind: 'folders', list: node.list, parent: node.folder };
          case 'listitemallfields':
            if (!node.folder) {
              return notFound();
            }
            return { kind: 'item', list: node.list, id: node.folder.id };
          default:
            return notFound();
        }
      case 'folders':
        if (seg.name === 'addusingpath' || seg.name === 'add') {
          return { kind: 'action', name: seg.name === 'add' ? 'addfolder' : seg.name, target: node, args };
        }
        if (seg.name === 'getbyurl' || seg.name === 'getbypath') {
          const base = node.parent ? this.engine.folderUrlOf(node.list, node.parent) : listRootUrl(node.list);
          const name = args.positional[0] || namedArg(args, 'decodedurl') || '';
          return this.folderByPath(ctx, name.indexOf('/') === 0 ? name : `${base}/${name}`);
        }
        return notFound();
      case 'fields': {
        const list = node.list;
        if (!list) {
          return notFound();
        }
        if (seg.name === 'getbytitle' || seg.name === 'getbyinternalnameortitle') {
          const f = this.engine.fieldByNameOrTitle(list, args.positional[0] || '');
          if (!f || (seg.name === 'getbytitle' && f.title.toLowerCase() !== (args.positional[0] || '').toLowerCase())) {
            throw SpErrors.fieldNotFoundByName(args.positional[0] || '', `/sites/${site.name}`);
          }
          return { kind: 'field', list, field: f };
        }
        if (seg.name === 'getbyid') {
          return { kind: 'field', list, field: this.fieldById(list, args.positional[0]) };
        }
        if (seg.name === 'addfield' || seg.name === 'createfieldasxml') {
          return { kind: 'action', name: seg.name, target: node, args };
        }
        return notFound();
      }
      case 'roleassignments':
        if (seg.name === 'addroleassignment' || seg.name === 'removeroleassignment') {
          return { kind: 'action', name: seg.name, target: node, args };
        }
        if (seg.name === 'getbyprincipalid') {
          return { kind: 'roleassignment', list: node.list, itemId: node.itemId, principalId: toInt(args.positional[0]) };
        }
        return notFound();
      case 'roleassignment':
        if (seg.name === 'roledefinitionbindings') {
          return { kind: 'bindings', list: node.list, itemId: node.itemId, principalId: node.principalId };
        }
        if (seg.name === 'member') {
          const p = this.engine.store.getPrincipal(site.name, node.principalId);
          if (!p) {
            throw SpErrors.principalNotFound();
          }
          return p.kind === 'group' ? { kind: 'group', group: p } : { kind: 'user', user: p };
        }
        return notFound();
      case 'sitegroups':
        switch (seg.name) {
          case 'getbyname': {
            const g = this.engine.group(site.name, args.positional[0] || '');
            if (!g) {
              throw SpErrors.principalNotFound();
            }
            return { kind: 'group', group: g };
          }
          case 'getbyid':
            return { kind: 'group', group: this.groupById(toInt(args.positional[0])) };
          case 'removebyid':
          case 'removebyloginname':
            return { kind: 'action', name: seg.name, target: node, args };
          default:
            return notFound();
        }
      case 'group':
        if (seg.name === 'users') {
          return seg.args !== undefined ? this.groupUserNode(node.group, this.userByArg(args.positional[0])) : { kind: 'groupusers', group: node.group };
        }
        if (seg.name === 'setuserasowner') {
          return { kind: 'action', name: seg.name, target: node, args };
        }
        return notFound();
      case 'groupusers':
        if (seg.name === 'removebyid' || seg.name === 'removebyloginname' || seg.name === 'removebyemail') {
          return { kind: 'action', name: seg.name, target: node, args };
        }
        if (seg.name === 'getbyid') {
          return this.groupUserNode(node.group, this.userById(toInt(args.positional[0])));
        }
        if (seg.name === 'getbyemail' || seg.name === 'getbyloginname') {
          return this.groupUserNode(node.group, this.userByKey(args.positional[0] || ''));
        }
        return notFound();
      case 'siteusers':
        if (seg.name === 'getbyid') {
          return { kind: 'user', user: this.userById(toInt(args.positional[0])) };
        }
        if (seg.name === 'getbyemail' || seg.name === 'getbyloginname') {
          return { kind: 'user', user: this.userByKey(args.positional[0] || '') };
        }
        return notFound();
      case 'roledefinitions':
        if (seg.name === 'getbyid') {
          return { kind: 'roledefinition', def: this.roleDefById(toInt(args.positional[0])) };
        }
        if (seg.name === 'getbyname') {
          const d = this.engine.roleDefinitions(site.name).find((r) => r.name.toLowerCase() === (args.positional[0] || '').toLowerCase());
          if (!d) {
            throw SpErrors.roleDefNotFound();
          }
          return { kind: 'roledefinition', def: d };
        }
        if (seg.name === 'getbytype') {
          const d = this.engine.roleDefinitions(site.name).find((r) => r.roleTypeKind === toInt(args.positional[0]));
          if (!d) {
            throw SpErrors.roleDefNotFound();
          }
          return { kind: 'roledefinition', def: d };
        }
        return notFound();
      case 'regionalsettings':
        if (seg.name === 'timezone') {
          return { kind: 'timezone' };
        }
        return notFound();
      case 'user':
        if (seg.name === 'groups') {
          return { kind: 'usergroups', user: node.user };
        }
        return notFound();
      default:
        return notFound();
    }
  }

  /**
   * A list the user cannot see is reported as not existing, as SharePoint security-trims lists:
   * it exists for users with any right on it (Limited Access included) or on a folder or item in it.
   */
  private listNode(ctx: ICtx, list: IListRow): Node {
    if (!ctx.session.seesList(list)) {
      throw SpErrors.listNotFound(list.title, ctx.webUrl);
    }
    return { kind: 'list', list };
  }

  /** A folder by server-relative URL (a list's root folder or a folder item), in a list the user can see. */
  private folderByPath(ctx: ICtx, url: string): Node {
    const key = folderKey(url);
    for (const l of this.engine.store.lists(ctx.req.site.name)) {
      const root = folderKey(listRootUrl(l));
      if (key === root || key.indexOf(`${root}/`) === 0) {
        this.listNode(ctx, l);
        if (key === root) {
          return { kind: 'folder', list: l, folder: undefined };
        }
        const f = this.engine.findFolder(l, url);
        if (f && this.engine.itemPermissions(ctx.req.site.name, ctx.req.user, l, f.id).has(PermissionKind.ViewListItems)) {
          return { kind: 'folder', list: l, folder: f };
        }
        break;
      }
    }
    throw FolderErrors.folderNotFound(url);
  }

  private groupUserNode(group: IPrincipalRow, user: IPrincipalRow): Node {
    if (this.engine.store.groupMembers(group.id).indexOf(user.id) < 0) {
      throw SpErrors.userNotFound();
    }
    return { kind: 'groupuser', group, user };
  }

  /** siteusers(N), or siteusers('!@v::<login>') as PnPjs' getByLoginName writes it. */
  private userByArg(arg: string | undefined): IPrincipalRow {
    const a = String(arg || '');
    if (/^-?\d+$/.test(a)) {
      return this.userById(Number(a));
    }
    return this.userByKey(a.replace(/^!@v::/, ''));
  }

  private userByKey(key: string): IPrincipalRow {
    const k = key.toLowerCase();
    const u = this.engine.store.listPrincipals(this.currentSite, 'user').find((p) => p.email.toLowerCase() === k || p.login.toLowerCase() === k);
    if (!u) {
      throw SpErrors.userNotFound();
    }
    return u;
  }

  private listByUrl(ctx: ICtx, url: string): IListRow {
    const decoded = decodeURIComponent(url).replace(/\/$/, '');
    const name = decoded.split('/').pop() || '';
    const list = this.engine.store.lists(ctx.req.site.name).find((l) => l.title.toLowerCase() === name.toLowerCase() || urlNameOf(l).toLowerCase() === name.toLowerCase());
    if (!list) {
      throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    return list;
  }

  private fieldById(list: IListRow, id: string | undefined): IFieldRow {
    const clean = String(id || '').replace(/[{}]/g, '').toLowerCase();
    const f = this.engine.fields(list).find((x) => x.id.toLowerCase() === clean);
    if (!f) {
      throw SpErrors.fieldNotFound(clean);
    }
    return f;
  }

  private groupById(id: number): IPrincipalRow {
    const siteGroups = this.currentSiteGroups();
    const g = siteGroups.find((x) => x.id === id);
    if (!g) {
      throw SpErrors.principalNotFound();
    }
    return g;
  }

  private associated(role: 'owner' | 'member' | 'visitor'): IPrincipalRow {
    const id = this.engine.scopes.association(this.currentSite, role);
    const suffix = { owner: 'Owners', member: 'Members', visitor: 'Visitors' }[role];
    // Databases written before associations were stored: the group named "<site> Owners" etc.
    const g = id !== undefined ? this.currentSiteGroups().find((x) => x.id === id) : this.currentSiteGroups().find((x) => x.title.endsWith(` ${suffix}`));
    if (!g) {
      throw SpErrors.principalNotFound();
    }
    return g;
  }

  private currentSite = '';
  /** The calling user's permissions for the request being handled (requests are handled one at a time). */
  private currentSession: AccessSession | undefined;
  private currentSiteGroups(): IPrincipalRow[] {
    return this.engine.store.listPrincipals(this.currentSite, 'group');
  }

  private roleDefById(id: number): IRoleDefinition {
    const d = this.engine.roleDefinitions(this.currentSite).find((r) => r.id === id);
    if (!d) {
      throw SpErrors.roleDefNotFound();
    }
    return d;
  }

  private userById(id: number): IPrincipalRow {
    const u = this.engine.store.getPrincipal(this.currentSite, id);
    if (!u || u.kind !== 'user') {
      throw SpErrors.userNotFound();
    }
    return u;
  }

  // ---------------- execution ----------------

  private execute(ctx: ICtx, node: Node): IApiResponse {
    this.currentSite = ctx.req.site.name;
    const { req, mode, apiBase } = ctx;
    const m = req.method;
    const site = req.site.name;
    const body = (): Record<string, unknown> => parseBody(req.body);
    const single = (e: Entity | Complex, meta: string, status = 200, headers: Record<string, string> = {}): IApiResponse =>
      json(status, mode, applySelect(formatSingle(e, mode, apiBase, meta), req.query, mode), headers);
    const collection = (items: Entity[], meta: string, next?: string): IApiResponse =>
      json(200, mode, formatCollection(filterEntities(items, req.query), mode, apiBase, meta, next));
    const requireGet = (type: string): void => {
      if (READ_METHODS.indexOf(m) < 0) {
        throw SpErrors.methodNotAllowed(type, m);
      }
    };
    switch (node.kind) {
      case 'web':
        requireGet('SP.Web');
        return single(this.webEntity(ctx), 'SP.ApiData.Webs/@Element');
      case 'site':
        requireGet('SP.Site');
        return single(
          new Entity('SP.Site', 'site', { Id: req.site.id, ServerRelativeUrl: `/sites/${site}`, Url: ctx.webUrl, ReadOnly: false }),
          'SP.ApiData.Sites/@Element'
        );
      case 'lists': {
        if (m === 'POST') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists);
          const list = this.engine.createList(req.site, body());
          return single(this.listEntity(list), 'SP.ApiData.Lists/@Element', 201);
        }
        requireGet('SP.ListCollection');
        const lists = this.engine.store.lists(site).filter((l) => ctx.session.seesList(l));
        return collection(lists.map((l) => this.listEntity(l)), 'SP.ApiData.Lists');
      }
      case 'list': {
        const list = node.list;
        if (m === 'MERGE' || m === 'PATCH') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
          this.engine.updateList(list, body());
          return noContent();
        }
        if (m === 'DELETE') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
          this.deleteList(list);
          return empty(200);
        }
        requireGet('SP.List');
        return single(this.listEntity(list), 'SP.ApiData.Lists/@Element');
      }
      case 'items':
        return this.items(ctx, node.list);
      case 'item':
        return this.item(ctx, node.list, node.id);
      case 'itemtext': {
        requireGet('SP.FieldStringValues');
        // The version the user may see (the last approved one for readers of a moderated list), as text.
        const { item, version } = this.engine.getItem(node.list, node.id, req.user, ctx.perms(node.list));
        return single(new Complex('SP.FieldStringValues', this.fieldTexts(node.list, item, version, site)), 'SP.FieldStringValues');
      }
      case 'fields': {
        const list = node.list;
        if (!list) {
          requireGet('SP.FieldCollection');
          return collection([], 'SP.ApiData.Fields');
        }
        if (m === 'POST') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
          const f = this.engine.addField(list, body());
          return single(this.fieldEntity(list, f), 'SP.ApiData.Fields/@Element', 201);
        }
        requireGet('SP.FieldCollection');
        return collection(this.engine.fields(list).map((f) => this.fieldEntity(list, f)), 'SP.ApiData.Fields');
      }
      case 'field': {
        const { list, field } = node;
        if (m === 'MERGE' || m === 'PATCH') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
          this.engine.updateField(list, field, body());
          return noContent();
        }
        if (m === 'DELETE') {
          this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
          this.engine.deleteField(list, field);
          return empty(200);
        }
        requireGet('SP.Field');
        return single(this.fieldEntity(list, field), 'SP.ApiData.Fields/@Element');
      }
      case 'roleassignments': {
        requireGet('SP.RoleAssignmentCollection');
        const scope = this.scopeOf(node.list, node.itemId, ctx);
        return collection(
          groupAssignments(this.engine.store.roleAssignments(site, scope)).map((ra) => this.roleAssignmentEntity(ctx, node.list, ra.principalId, ra.roleDefIds, node.itemId)),
          'SP.ApiData.RoleAssignments'
        );
      }
      case 'roleassignment':
      case 'bindings': {
        requireGet('SP.RoleAssignment');
        const ids = this.engine.store
          .roleAssignments(site, this.scopeOf(node.list, node.itemId, ctx))
          .filter((r) => r.principalId === node.principalId)
          .map((r) => r.roleDefId);
        if (ids.length === 0) {
          throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + String(node.principalId) + '.');
        }
        if (node.kind === 'bindings') {
          return collection(ids.map((id) => this.roleDefEntity(this.roleDefById(id))), 'SP.ApiData.RoleDefinitions');
        }
        return single(this.roleAssignmentEntity(ctx, node.list, node.principalId, ids, node.itemId), 'SP.ApiData.RoleAssignments/@Element');
      }
      case 'sitegroups': {
        if (m === 'POST') {
          this.rules().demandCreateGroup(ctx.session);
          const b = body();
          const title = String(b.Title || '').trim();
          if (!title) {
            throw SpErrors.badQuery('The parameter Title cannot be empty.');
          }
          if (this.engine.store.findPrincipal(site, 'group', title)) {
            throw SpErrors.groupExists(title);
          }
          const g = this.engine.store.insertPrincipal({
            site, kind: 'group', login: title, title, email: '', description: String(b.Description || ''), ownerId: req.user.id, isSiteAdmin: false
          });
          this.engine.scopes.setGroupSettings(g.id, {
            allowMembersEditMembership: b.AllowMembersEditMembership === true,
            onlyAllowMembersViewMembership: b.OnlyAllowMembersViewMembership !== false
          });
          return single(this.groupEntity(g), 'SP.ApiData.Groups/@Element', 201);
        }
        requireGet('SP.GroupCollection');
        return collection(this.engine.store.listPrincipals(site, 'group').map((g) => this.groupEntity(g)), 'SP.ApiData.Groups');
      }
      case 'group': {
        if (m === 'MERGE' || m === 'PATCH') {
          this.rules().demandManageGroup(ctx.session, node.group);
          const b = body();
          const g = { ...node.group };
          if (b.AllowMembersEditMembership !== undefined || b.OnlyAllowMembersViewMembership !== undefined) {
            this.engine.scopes.setGroupSettings(g.id, {
              ...(b.AllowMembersEditMembership !== undefined ? { allowMembersEditMembership: b.AllowMembersEditMembership === true } : {}),
              ...(b.OnlyAllowMembersViewMembership !== undefined ? { onlyAllowMembersViewMembership: b.OnlyAllowMembersViewMembership === true } : {})
            });
          }
          if (b.Title !== undefined) {
            g.title = String(b.Title);
            g.login = g.title;
          }
          if (b.Description !== undefined) {
            g.description = String(b.Description);
          }
          this.engine.store.updatePrincipal(g);
          return noContent();
        }
        requireGet('SP.Group');
        return single(this.groupEntity(node.group), 'SP.ApiData.Groups/@Element');
      }
      case 'groupusers': {
        if (m === 'POST') {
          this.rules().demandEditMembership(ctx.session, node.group);
          const b = body();
          const login = String(b.LoginName || '').trim();
          if (!login) {
            throw SpErrors.badQuery('The parameter LoginName cannot be empty.');
          }
          const u = this.engine.ensureUser(site, login);
          this.engine.store.addGroupMember(node.group.id, u.id);
          return single(this.userEntity(u), 'SP.ApiData.Users/@Element', 201);
        }
        requireGet('SP.UserCollection');
        this.rules().demandViewMembership(ctx.session, node.group);
        const members = this.engine.store.groupMembers(node.group.id).map((id) => this.engine.store.getPrincipal(site, id)).filter((u): u is IPrincipalRow => !!u);
        return collection(members.map((u) => this.userEntity(u)), 'SP.ApiData.Users');
      }
      case 'siteusers':
        if (m === 'POST') {
          // siteUsers.add(loginName): adds the user to the site's user information list.
          this.engine.demand(site, req.user, PermissionKind.ManagePermissions);
          const u = this.engine.ensureUser(site, String(body().LoginName || ''));
          return single(this.userEntity(u), 'SP.ApiData.Users/@Element', 201);
        }
        requireGet('SP.UserCollection');
        return collection(this.engine.store.listPrincipals(site, 'user').map((u) => this.userEntity(u)), 'SP.ApiData.Users');
      case 'user':
      case 'groupuser':
        requireGet('SP.User');
        return single(this.userEntity(node.user, ctx), 'SP.ApiData.Users/@Element');
      case 'usergroups': {
        requireGet('SP.GroupCollection');
        const ids = this.engine.store.groupsOfUser(node.user.id);
        return collection(this.currentSiteGroups().filter((g) => ids.indexOf(g.id) >= 0).map((g) => this.groupEntity(g)), 'SP.ApiData.Groups');
      }
      case 'folder':
        requireGet('SP.Folder');
        return single(this.folderEntity(node.list, node.folder), 'SP.ApiData.Folders/@Element');
      case 'folders': {
        requireGet('SP.FolderCollection');
        const parentUrl = folderKey(node.parent ? this.engine.folderUrlOf(node.list, node.parent) : listRootUrl(node.list));
        const page = this.engine.queryItems(node.list, { filter: 'FSObjType eq 1', top: 5000 }, req.user, ctx.perms(node.list));
        const subs = page.rows.filter((r) => folderKey(itemDir(node.list, r.version)) === parentUrl);
        return collection(subs.map((r) => this.folderEntity(node.list, r.item)), 'SP.ApiData.Folders');
      }
      case 'roledefinitions':
        if (m === 'POST') {
          this.engine.demand(site, req.user, PermissionKind.ManagePermissions);
          return single(this.roleDefEntity(this.engine.addRoleDefinition(site, body())), 'SP.ApiData.RoleDefinitions/@Element', 201);
        }
        requireGet('SP.RoleDefinitionCollection');
        return collection(this.engine.roleDefinitions(site).map((d) => this.roleDefEntity(d)), 'SP.ApiData.RoleDefinitions');
      case 'roledefinition':
        requireGet('SP.RoleDefinition');
        return single(this.roleDefEntity(node.def), 'SP.ApiData.RoleDefinitions/@Element');
      case 'effperms': {
        requireGet('SP.BasePermissions');
        let perms = ctx.perms(node.list);
        if (node.list && node.itemId !== undefined) {
          perms = this.engine.getItem(node.list, node.itemId, req.user).perms;
        }
        const bp = perms.toBasePermissions();
        const c = new Complex('SP.BasePermissions', bp);
        return json(200, mode, formatSingle(c, mode, apiBase, 'SP.ApiData.Lists/@Element/EffectiveBasePermissions', 'EffectiveBasePermissions'));
      }
      case 'regionalsettings':
      case 'timezone': {
        requireGet(node.kind === 'timezone' ? 'SP.TimeZone' : 'SP.RegionalSettings');
        const e = regionalEntity(node.kind, this.engine.regional.language(site), this.engine.regional.timeZone(site), req.query.get('$expand'), req.query.get('$select'));
        return single(e, node.kind === 'timezone' ? 'SP.ApiData.TimeZones/@Element' : 'SP.RegionalSettings');
      }
      case 'action':
        return this.action(ctx, node.name, node.target, node.args);
      default:
        throw SpErrors.resourceNotFound(req.apiPath);
    }
  }

  /** The scope whose assignments an object shows: its own, or (when it inherits) the one it inherits from. */
  private scopeOf(list: IListRow | undefined, itemId?: number, ctx?: ICtx): string {
    if (!list) {
      return 'web';
    }
    if (itemId !== undefined) {
      if (ctx) {
        this.engine.getItem(list, itemId, ctx.req.user);
      }
      return this.engine.access.itemScopeId(list, itemId);
    }
    return listScopeId(list);
  }

  private principalRules: PrincipalRules | undefined;

  private rules(): PrincipalRules {
    return this.principalRules || (this.principalRules = new PrincipalRules(this.engine.store, this.engine.scopes));
  }

  private action(ctx: ICtx, name: string, target: Node, args: IArgs): IApiResponse {
    const { req, mode, apiBase } = ctx;
    const site = req.site.name;
    // getUserEffectivePermissions is a function (GET); the others are actions (POST).
    if (req.method !== 'POST' && !(name === 'getusereffectivepermissions' && READ_METHODS.indexOf(req.method) >= 0)) {
      throw SpErrors.methodNotAllowed('SP.Method', req.method);
    }
    const list = 'list' in target ? (target.list as IListRow | undefined) : undefined;
    const targetItem = target.kind === 'item' ? this.engine.getItem(target.list, target.id, req.user) : undefined;
    const itemId = target.kind === 'item' ? target.id : target.kind === 'roleassignments' ? target.itemId : undefined;
    const objectPerms = (): PermissionSet => (list && itemId !== undefined ? this.engine.getItem(list, itemId, req.user).perms : ctx.perms(list));
    const named = (k: string): string | undefined => {
      const key = Object.keys(args.named).find((x) => x.toLowerCase() === k);
      return key ? args.named[key] : undefined;
    };
    switch (name) {
      case 'ensureuser': {
        const b = parseBody(req.body);
        const logon = String(b.logonName || args.positional[0] || '');
        const u = this.engine.ensureUser(site, logon);
        return json(200, mode, formatSingle(this.userEntity(u), mode, apiBase, 'SP.ApiData.Users/@Element', 'EnsureUser'));
      }
      case 'breakroleinheritance': {
        if (!objectPerms().has(PermissionKind.ManagePermissions)) {
          throw SpErrors.accessDenied();
        }
        const copy = String(named('copyroleassignments') ?? args.positional[0] ?? 'true').toLowerCase() === 'true';
        const clear = String(named('clearsubscopes') ?? args.positional[1] ?? 'false').toLowerCase() === 'true';
        if (list && targetItem) {
          if (this.engine.fields(list).some((f) => f.props.EnforceUniqueValues === true)) {
            throw UniquenessErrors.breakWithUniqueColumn();
          }
          this.engine.inheritance.breakItem(site, list, targetItem.item, copy, clear, req.user);
        } else if (list) {
          // The root web of a site collection always has unique role assignments.
          this.engine.inheritance.breakList(site, list, copy, clear, req.user);
        }
        ctx.session.reset();
        return json(200, mode, formatNull(mode, apiBase, 'BreakRoleInheritance'));
      }
      case 'resetroleinheritance': {
        if (!objectPerms().has(PermissionKind.ManagePermissions)) {
          throw SpErrors.accessDenied();
        }
        if (list && targetItem) {
          this.engine.inheritance.resetItem(site, list, targetItem.item);
        } else if (list) {
          this.engine.inheritance.resetList(site, list);
        }
        ctx.session.reset();
        return json(200, mode, formatNull(mode, apiBase, 'ResetRoleInheritance'));
      }
      case 'setuserasowner': {
        if (target.kind !== 'group') {
          throw SpErrors.resourceNotFound(name);
        }
        this.rules().demandManageGroup(ctx.session, target.group);
        const ownerId = toInt(args.positional[0]);
        if (!this.engine.store.getPrincipal(site, ownerId)) {
          throw SpErrors.userNotFound();
        }
        this.engine.store.updatePrincipal({ ...target.group, ownerId });
        return json(200, mode, formatNull(mode, apiBase, 'SetUserAsOwner'));
      }
      case 'addusingpath':
      case 'addfolder': {
        if (target.kind !== 'folders') {
          throw SpErrors.resourceNotFound(name);
        }
        const parentUrl = target.parent ? this.engine.folderUrlOf(target.list, target.parent) : listRootUrl(target.list);
        const raw = name === 'addfolder' ? args.positional[0] || '' : namedArg(args, 'decodedurl') || args.positional[0] || '';
        const full = raw.indexOf('/') === 0 ? raw.replace(/\/+$/, '') : `${parentUrl}/${raw.replace(/\/+$/, '')}`;
        const slash = full.lastIndexOf('/');
        const dir = full.substring(0, slash);
        const leaf = full.substring(slash + 1);
        const perms = dir.toLowerCase() === listRootUrl(target.list).toLowerCase() ? ctx.perms(target.list) : this.folderPermsByUrl(ctx, target.list, dir);
        const folder = this.engine.addItem(target.list, req.user, perms, { values: { Title: leaf } }, { dir, leaf, folder: true });
        return json(200, mode, formatSingle(this.folderEntity(target.list, folder), mode, apiBase, 'SP.ApiData.Folders/@Element', 'AddUsingPath'));
      }
      case 'addroleassignment':
      case 'removeroleassignment': {
        if (!objectPerms().has(PermissionKind.ManagePermissions)) {
          throw SpErrors.accessDenied();
        }
        const principalId = toInt(named('principalid') ?? args.positional[0]);
        const roleDefId = toInt(named('roledefid') ?? args.positional[1]);
        const p = this.engine.store.getPrincipal(site, principalId);
        if (!p) {
          throw SpErrors.principalNotFound();
        }
        this.roleDefById(roleDefId);
        if (this.engine.inheritance.inherits(list, itemId)) {
          // SharePoint refuses to change assignments of an object that inherits them.
          throw new SpError(
            400,
            '-2146232832, Microsoft.SharePoint.SPException',
            'This operation is not allowed on an object that inherits permissions.'
          );
        }
        const scope = list && itemId !== undefined ? itemScope(list.id, itemId) : this.scopeOf(list);
        if (name === 'addroleassignment') {
          const item = list && itemId !== undefined ? this.engine.store.item(list.id, itemId) : undefined;
          this.engine.inheritance.grant(site, list, item, scope, principalId, roleDefId);
        } else {
          this.engine.store.removeRoleAssignment(site, scope, principalId, roleDefId);
        }
        ctx.session.reset();
        return json(200, mode, formatNull(mode, apiBase, name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment'));
      }
      case 'removebyid':
      case 'removebyloginname':
      case 'removebyemail': {
        const key = args.positional[0] || '';
        if (target.kind === 'sitegroups') {
          const g = name === 'removebyid' ? this.groupById(toInt(key)) : this.engine.store.findPrincipal(site, 'group', key);
          if (!g) {
            throw SpErrors.principalNotFound();
          }
          this.rules().demandManageGroup(ctx.session, g);
          this.engine.store.deletePrincipal(site, g.id);
        } else if (target.kind === 'groupusers') {
          this.rules().demandEditMembership(ctx.session, target.group);
          const u =
            name === 'removebyid'
              ? this.userById(toInt(key))
              : this.engine.store.listPrincipals(site, 'user').find((p) => p.login.toLowerCase() === key.toLowerCase() || p.email.toLowerCase() === key.toLowerCase());
          if (!u) {
            throw SpErrors.userNotFound();
          }
          this.engine.store.removeGroupMember(target.group.id, u.id);
        }
        return json(200, mode, formatNull(mode, apiBase, 'Remove'));
      }
      case 'addfield':
      case 'createfieldasxml': {
        if (!list) {
          throw SpErrors.resourceNotFound(name);
        }
        this.engine.demand(site, req.user, PermissionKind.ManageLists, list);
        const b = parseBody(req.body);
        const params = (b.parameters || {}) as Record<string, unknown>;
        const input = name === 'addfield' ? params : parseFieldXml(String(params.SchemaXml || ''));
        const f = this.engine.addField(list, input);
        return json(200, mode, formatSingle(this.fieldEntity(list, f), mode, apiBase, 'SP.ApiData.Fields/@Element', name === 'addfield' ? 'AddField' : 'CreateFieldAsXml'));
      }
      case 'validateupdatelistitem':
      case 'addvalidateupdateitemusingpath': {
        if (!list) {
          throw SpErrors.resourceNotFound(name);
        }
        const b = parseBody(req.body);
        const formValues = (Array.isArray(b.formValues) ? b.formValues : ((b.formValues || {}) as { results?: unknown[] }).results || []) as {
          FieldName: string;
          FieldValue: string | null;
        }[];
        let place = {};
        let perms = ctx.perms(list);
        if (name === 'addvalidateupdateitemusingpath') {
          const info = (b.listItemCreateInfo || {}) as { FolderPath?: unknown; LeafName?: unknown; UnderlyingObjectType?: unknown };
          const pathOf = (v: unknown): string | undefined =>
            typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as { DecodedUrl?: unknown }).DecodedUrl ?? '') || undefined : undefined;
          const dirRaw = pathOf(info.FolderPath);
          const root = listRootUrl(list);
          const dir = dirRaw === undefined || dirRaw === '' ? root : dirRaw.indexOf('/') === 0 ? dirRaw : `${root}/${dirRaw}`;
          const folder = Number(info.UnderlyingObjectType) === 1;
          place = { dir, folder, leaf: pathOf(info.LeafName) };
          // Adding checks the folder the item goes into.
          perms = folderKey(dir) === folderKey(root) ? ctx.perms(list) : this.folderPermsByUrl(ctx, list, dir);
        }
        const { results } = this.engine.validateUpdate(list, itemId, req.user, itemId !== undefined ? objectPerms() : perms, formValues, place, { datesInUtc: b.datesInUTC === true });
        const lcid = this.engine.regional.language(site);
        const complex = results.map(
          (r: IFormResult) => new Complex('SP.ListItemFormUpdateValue', { ...r, ErrorMessage: r.ErrorMessage === undefined ? undefined : localizedText(r.ErrorMessage, lcid) })
        );
        const verboseName = name === 'validateupdatelistitem' ? 'ValidateUpdateListItem' : 'AddValidateUpdateItemUsingPath';
        return json(200, mode, formatCollection(complex, mode, apiBase, 'Collection(SP.ListItemFormUpdateValue)', undefined, verboseName));
      }
      case 'recycle': {
        if (target.kind === 'item') {
          this.engine.deleteItem(target.list, target.id, req.user, ctx.perms(target.list), '*');
          return json(200, mode, formatPrimitive(randomUUID(), mode, apiBase, 'Edm.Guid', 'Recycle'));
        }
        if (target.kind === 'list') {
          // SP.List.recycle: the list to the recycle bin (here: deleted), answering the bin item's id; Manage Lists, as for DELETE.
          this.engine.demand(site, req.user, PermissionKind.ManageLists, target.list);
          this.deleteList(target.list);
          return json(200, mode, formatPrimitive(randomUUID(), mode, apiBase, 'Edm.Guid', 'Recycle'));
        }
        throw SpErrors.resourceNotFound(name);
      }
      case 'getusereffectivepermissions': {
        const login = args.positional[0] || '';
        const u = this.engine.ensureUser(site, login);
        // Reading someone else's permissions needs Enumerate Permissions on the object.
        if (u.id !== req.user.id && !objectPerms().has(PermissionKind.EnumeratePermissions)) {
          throw SpErrors.accessDenied();
        }
        const perms = list && itemId !== undefined ? this.engine.itemPermissions(site, u, list, itemId) : this.engine.permissions(site, u, list);
        const c = new Complex('SP.BasePermissions', perms.toBasePermissions());
        return json(200, mode, formatSingle(c, mode, apiBase, 'SP.BasePermissions', 'GetUserEffectivePermissions'));
      }
      default:
        throw SpErrors.resourceNotFound(name);
    }
  }

  private deleteList(list: IListRow): void {
    this.engine.store.deleteList(list.id);
    this.engine.scopes.forgetList(list.id);
    this.engine.forgetFolders(list.id);
    this.engine.forgetFields(list.id);
  }

  // ---------------- items ----------------

  private items(ctx: ICtx, list: IListRow): IApiResponse {
    const { req, mode, apiBase } = ctx;
    const perms = ctx.perms(list);
    if (req.method === 'POST') {
      if (!perms.has(PermissionKind.AddListItems)) {
        throw SpErrors.accessDenied(); // before looking at the body, as SharePoint does
      }
      const input = this.engine.mapRestBody(list, parseBody(req.body));
      const item = this.engine.addItem(list, req.user, perms, input);
      const e = this.itemEntity(list, item, item.current, undefined);
      // 201 with ETag and Location, as SharePoint Online answers creates (pnp/pnpcore Base/MockData/AddExpandoTests/AddListItemViaBatchRest-0-00004.response.json).
      return json(201, mode, formatSingle(e, mode, apiBase, `SP.ListData.${list.entityName}ListItems/@Element`), {
        ETag: this.engine.etagOf(item, item.current),
        Location: `${apiBase}/Web/Lists(guid'${list.id}')/Items(${item.id})`
      });
    }
    if (READ_METHODS.indexOf(req.method) < 0) {
      throw SpErrors.methodNotAllowed('SP.ListItemCollection', req.method);
    }
    // The list is visible (listNode); each item is trimmed by the scope it uses.
    const topRaw = req.query.get('$top');
    const top = topRaw === null ? undefined : Number(topRaw);
    if (top !== undefined && (isNaN(top) || top < 0)) {
      throw SpErrors.badQuery(`The expression "$top=${String(topRaw)}" is not valid.`);
    }
    const page = this.engine.queryItems(
      list,
      { filter: req.query.get('$filter') || undefined, orderby: req.query.get('$orderby') || undefined, top, skiptoken: req.query.get('$skiptoken') || undefined },
      req.user,
      perms
    );
    const sel = this.selection(ctx, list);
    const entities = page.rows.map((r) => this.itemEntity(list, r.item, r.version, sel));
    let next: string | undefined;
    if (page.nextSkiptoken) {
      // SharePoint writes the next link with .NET's URL encoding: lower-case hex, '$' as %24.
      const enc = (v: string): string => encodeURIComponent(v).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
      const parts = [`${enc('$skiptoken')}=${enc(page.nextSkiptoken)}`];
      req.query.forEach((v, k) => {
        if (k !== '$skiptoken') {
          parts.push(`${enc(k)}=${enc(v)}`);
        }
      });
      if (!req.query.has('$top')) {
        parts.push(`${enc('$top')}=100`);
      }
      next = `${apiBase}/Web/Lists(guid'${list.id}')/Items?${parts.join('&')}`;
    }
    return json(200, mode, formatCollection(entities, mode, apiBase, `SP.ListData.${list.entityName}ListItems`, next));
  }

  private item(ctx: ICtx, list: IListRow, id: number): IApiResponse {
    const { req, mode, apiBase } = ctx;
    const perms = ctx.perms(list);
    const ifMatch = req.headers['if-match'];
    switch (req.method) {
      case 'MERGE':
      case 'PATCH':
      case 'PUT': {
        // An item the user cannot view answers 404; one they may view but not change, 403.
        const own = this.engine.getItem(list, id, req.user).perms;
        if (!own.has(PermissionKind.EditListItems) && !own.has(PermissionKind.ApproveItems)) {
          throw SpErrors.accessDenied();
        }
        const input = this.engine.mapRestBody(list, parseBody(req.body));
        const item = this.engine.updateItem(list, id, req.user, perms, input, ifMatch);
        // 204 with CONTENT-TYPE and ETAG (pnp/pnpcore Base/MockData/UpdateTests/UpdatePropertyViaBatchRest-0-00003.response.json).
        return { status: 204, headers: { 'Content-Type': contentTypeOf(mode), ETag: this.engine.etagOf(item, item.current) } };
      }
      case 'DELETE':
        this.engine.deleteItem(list, id, req.user, perms, ifMatch);
        // 200, empty, with CONTENT-TYPE (pnp/pnpcore Base/MockData/BatchClientTests/HandleBatchErrorsForLargeBatch-0-00008.response.json).
        return { status: 200, headers: { 'Content-Type': contentTypeOf(mode) }, body: '' };
      case 'GET':
      case 'HEAD': {
        const { item, version } = this.engine.getItem(list, id, req.user, perms);
        const e = this.itemEntity(list, item, version, this.selection(ctx, list));
        return json(200, mode, formatSingle(e, mode, apiBase, `SP.ListData.${list.entityName}ListItems/@Element`), { ETag: this.engine.etagOf(item, version) });
      }
      default:
        throw SpErrors.methodNotAllowed('SP.ListItem', req.method);
    }
  }

  /**
   * Item values as text, as `FieldValuesAsText` answers: keyed by internal name with
   * underscores escaped, the moderation status by name ("Approved"), numbers with the site's
   * decimal separator, yes/no in the site language, dates in site time in the locale's short
   * form, lookups and people by id, empty for no value. The Swedish words are localsp's.
   */
  private fieldTexts(list: IListRow, item: IItemRow, v: IItemVersion, site: string): Record<string, unknown> {
    const lcid = this.engine.regional.language(site);
    const tz = this.engine.regional.timeZone(site);
    const out: Record<string, unknown> = {};
    for (const f of this.engine.fields(list)) {
      const raw = this.engine.rawValue(item, v, f);
      let text = '';
      if (f.internalName === '_ModerationStatus' && typeof raw === 'number') text = moderationText(raw, lcid);
      else if (raw === null || raw === undefined) text = '';
      else if (typeof raw === 'boolean') text = raw ? (lcid === 1053 ? 'Ja' : 'Yes') : lcid === 1053 ? 'Nej' : 'No';
      else if (typeof raw === 'number') text = lcid === 1053 ? String(raw).replace('.', ',') : String(raw);
      else if (f.fieldTypeKind === 4 && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) {
        const ms = Date.parse(raw) + utcOffsetMinutes(tz, Date.parse(raw)) * 60000;
        const d = new Date(ms);
        const p2 = (n: number): string => String(n).padStart(2, '0');
        text =
          lcid === 1053
            ? `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`
            : `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${((d.getUTCHours() + 11) % 12) + 1}:${p2(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      } else if (Array.isArray(raw)) text = raw.map(String).join(';#');
      else if (typeof raw === 'object') text = JSON.stringify(raw);
      else text = String(raw);
      // Underscores are escaped (_x005f_) and a name that then starts with one gets OData_ (OData__x005f_ModerationStatus).
      const escaped = f.internalName.replace(/_/g, '_x005f_');
      out[escaped.charAt(0) === '_' ? `OData_${escaped}` : escaped] = text;
    }
    return out;
  }

  /** Parses $select/$expand for items; projections (Report/Title) need their column in $expand. */
  private selection(ctx: ICtx, list: IListRow): ISelection | undefined {
    const select = (ctx.req.query.get('$select') || '').split(',').map((s) => s.trim()).filter((s) => s);
    const expand = (ctx.req.query.get('$expand') || '').split(',').map((s) => s.trim()).filter((s) => s);
    const fields = this.engine.fields(list);
    const expanded = new Map<string, { field: IFieldRow; subs: string[] }>();
    for (const x of expand) {
      const name = x.split('/')[0];
      const f = fields.find((ff) => ff.internalName === name || jsonName(ff.internalName) === name);
      if (!f || (f.fieldTypeKind !== 7 && f.fieldTypeKind !== 20)) {
        throw SpErrors.fieldOrPropertyNotFound(name);
      }
      expanded.set(f.internalName, { field: f, subs: [] });
    }
    if (select.length === 0 || select.indexOf('*') >= 0) {
      return expanded.size > 0 ? { all: true, props: [], expanded } : undefined;
    }
    const props: string[] = [];
    for (const s of select) {
      const parts = s.split('/');
      if (parts.length > 1) {
        const ex = expanded.get(parts[0]) || Array.from(expanded.values()).find((v) => jsonName(v.field.internalName) === parts[0]);
        if (!ex) {
          throw SpErrors.badQuery(
            `The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${parts[0]}.`
          );
        }
        ex.subs.push(parts.slice(1).join('/'));
        continue;
      }
      props.push(s);
    }
    return { all: false, props, expanded };
  }

  private itemEntity(list: IListRow, item: IItemRow, v: IItemVersion, sel: ISelection | undefined): Entity {
    const fields = this.engine.fields(list);
    const full: Record<string, unknown> = {};
    const folder = isFolder(v);
    full.FileSystemObjectType = folder ? 1 : 0;
    full.Id = item.id;
    full.ServerRedirectedEmbedUri = null;
    full.ServerRedirectedEmbedUrl = '';
    // Item content type 0x01…, folder 0x0120… (pnp/pnpcore ListItemTests/AddListFolder2Test-0-00007.response.json).
    full.ContentTypeId = `${folder ? '0x012000' : '0x0100'}${list.id.replace(/-/g, '').toUpperCase()}`;
    const moderated = this.engine.moderated(list);
    for (const f of fields) {
      if (f.internalName === 'ID' || f.internalName === 'GUID' || f.internalName === 'Attachments' || f.internalName === '_UIVersionString') {
        continue;
      }
      if ((f.internalName === '_ModerationStatus' || f.internalName === '_ModerationComments') && !moderated) {
        continue;
      }
      if (f.internalName === 'Created' || f.internalName === 'Modified' || f.internalName === 'Author' || f.internalName === 'Editor') {
        continue;
      }
      if (f.internalName === 'FileLeafRef' || f.internalName === 'FileDirRef' || f.internalName === 'FileRef' || f.internalName === 'FSObjType') {
        continue; // returned only when selected, as SharePoint does
      }
      this.putValue(full, f, this.engine.rawValue(item, v, f));
    }
    full.ID = item.id;
    full.Modified = v.modified;
    full.Created = item.created;
    full.AuthorId = item.authorId;
    full.EditorId = v.editorId;
    full.OData__UIVersionString = `${v.version}.0`;
    full.Attachments = false;
    full.GUID = item.guid;
    let props: Record<string, unknown> = full;
    if (sel && !sel.all) {
      props = {};
      for (const name of sel.props) {
        if (name in full) {
          props[name] = full[name];
          continue;
        }
        if (name === 'FileLeafRef' || name === 'FileDirRef' || name === 'FileRef' || name === 'FSObjType') {
          const f = fields.find((x) => x.internalName === name) as IFieldRow;
          props[name] = name === 'FSObjType' ? String(this.engine.rawValue(item, v, f)) : this.engine.rawValue(item, v, f);
          continue;
        }
        if (name === 'HasUniqueRoleAssignments') {
          props[name] = this.engine.scopes.hasUniqueScope(list.id, item.id);
          continue;
        }
        if (name === 'EffectiveBasePermissions' && this.currentSession) {
          // The calling user's permissions on the item's scope.
          props[name] = new Complex('SP.BasePermissions', this.currentSession.item(list, item.id).toBasePermissions());
          continue;
        }
        const resolved = this.resolveSelect(fields, name);
        if (!resolved) {
          throw SpErrors.fieldOrPropertyNotFound(name);
        }
        const key = jsonName(resolved.internalName);
        props[key] = key in full ? full[key] : null;
      }
      if ('Id' in props && !('ID' in props)) {
        // Selecting Id returns ID too (pnp/pnpcore Base/MockData/PagingTests/RESTListItemAsyncPaging-100-00001.response.json).
        props.ID = full.ID;
      }
    }
    if (sel) {
      sel.expanded.forEach((ex) => {
        props[jsonName(ex.field.internalName)] = this.expandValue(list, item, v, ex.field, ex.subs);
      });
    }
    const path = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
    return new Entity(`SP.Data.${list.entityName}ListItem`, path, props, this.engine.etagOf(item, v));
  }

  private resolveSelect(fields: IFieldRow[], name: string): IFieldRow | undefined {
    return fields.find((f) => jsonName(f.internalName) === name || f.internalName === name);
  }

  private putValue(out: Record<string, unknown>, f: IFieldRow, raw: unknown): void {
    const key = jsonName(f.internalName);
    if (f.fieldTypeKind === 7 || f.fieldTypeKind === 20) {
      const multi = f.typeAsString === 'LookupMulti' || f.typeAsString === 'UserMulti';
      out[`${key}Id`] = multi ? new PrimitiveCollection('Collection(Edm.Int32)', Array.isArray(raw) ? raw : []) : raw === undefined ? null : raw;
      if (f.fieldTypeKind === 20 && !multi) {
        out[`${key}StringId`] = raw === undefined || raw === null ? null : String(raw);
      }
      return;
    }
    if (f.typeAsString === 'MultiChoice') {
      out[key] = new PrimitiveCollection('Collection(Edm.String)', Array.isArray(raw) ? raw : []);
      return;
    }
    if (f.fieldTypeKind === 11 && raw && typeof raw === 'object') {
      out[key] = new Complex('SP.FieldUrlValue', raw as Record<string, unknown>);
      return;
    }
    out[key] = raw === undefined ? null : raw;
  }

  private expandValue(list: IListRow, item: IItemRow, v: IItemVersion, f: IFieldRow, subs: string[]): unknown {
    const raw = this.engine.rawValue(item, v, f);
    const ids = Array.isArray(raw) ? (raw as number[]) : raw === undefined || raw === null ? [] : [raw as number];
    const multi = f.typeAsString === 'LookupMulti' || f.typeAsString === 'UserMulti';
    const entities = ids.map((id) => this.expandedEntity(list, f, id, subs)).filter((e): e is Entity => !!e);
    if (multi) {
      return entities;
    }
    return entities[0] || null;
  }

  private expandedEntity(list: IListRow, f: IFieldRow, id: number, subs: string[]): Entity | undefined {
    if (f.fieldTypeKind === 20) {
      const u = this.engine.store.getPrincipal(list.site, id);
      if (!u) {
        return undefined;
      }
      const all = this.engine.userProps(u);
      const props: Record<string, unknown> = {};
      (subs.length ? subs : ['Id', 'Title']).forEach((s) => {
        if (!(s in all)) {
          throw SpErrors.fieldOrPropertyNotFound(`${f.internalName}/${s}`);
        }
        props[s] = all[s];
      });
      return new Entity('SP.Data.UserInfoItem', `Web/SiteUserInfoList/Items(${id})`, props);
    }
    const target = this.engine.lookupTarget(list, f);
    if (!target) {
      return undefined;
    }
    const ti = this.engine.store.item(target.id, id);
    if (!ti) {
      return undefined;
    }
    const tfields = this.engine.fields(target);
    const props: Record<string, unknown> = {};
    (subs.length ? subs : ['Id', String(f.props.LookupField || 'Title')]).forEach((s) => {
      const p = this.engine.resolvePath(tfields, [s]);
      props[s] = this.engine.rawValue(ti, ti.current, p.field) ?? null;
    });
    return new Entity(`SP.Data.${target.entityName}ListItem`, `Web/Lists(guid'${target.id}')/Items(${id})`, props);
  }

  // ---------------- entities ----------------

  /** SP.Folder of a list's root folder (folder undefined) or of a folder item. */
  private folderEntity(list: IListRow, folder: IItemRow | undefined): Entity {
    const url = folder ? this.engine.folderUrlOf(list, folder) : listRootUrl(list);
    const key = folderKey(url);
    const count = this.engine.store.sql("SELECT COUNT(*) AS n FROM items WHERE list_id = ? AND lower(coalesce(json_extract(current, '$.data.FileDirRef'), ?)) = ?").get(list.id, folderKey(listRootUrl(list)), key) as { n: number };
    return new Entity('SP.Folder', `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`, {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: count.n,
      Name: folder ? itemLeaf(folder, folder.current) : listUrlName(list),
      ProgID: null,
      ServerRelativeUrl: url,
      TimeCreated: folder ? folder.created : list.created,
      TimeLastModified: folder ? folder.current.modified : list.modified,
      UniqueId: folder ? folder.guid : list.id,
      WelcomePage: ''
    });
  }

  /** The user's permissions on a folder of a list (by URL); a folder they cannot see does not exist. */
  private folderPermsByUrl(ctx: ICtx, list: IListRow, url: string): PermissionSet {
    const f = this.engine.findFolder(list, url);
    if (!f) {
      throw FolderErrors.folderNotFound(url);
    }
    const perms = this.engine.itemPermissions(ctx.req.site.name, ctx.req.user, list, f.id);
    if (!perms.has(PermissionKind.ViewListItems)) {
      throw FolderErrors.folderNotFound(url);
    }
    return perms;
  }

  private webEntity(ctx: ICtx): Entity {
    const s = ctx.req.site;
    return new Entity('SP.Web', 'Web', {
      AllowRssFeeds: true,
      Created: s.created,
      Description: '',
      Id: s.webId,
      IsMultilingual: true,
      Language: this.engine.regional.language(s.name),
      LastItemModifiedDate: s.created,
      ServerRelativeUrl: `/sites/${s.name}`,
      Title: s.title,
      Url: ctx.webUrl,
      WebTemplate: 'STS',
      HasUniqueRoleAssignments: true
    });
  }

  private listEntity(l: IListRow): Entity {
    const urlName = urlNameOf(l);
    return new Entity('SP.List', `Web/Lists(guid'${l.id}')`, {
      ...pick(l.props, ['AllowContentTypes', 'ContentTypesEnabled', 'DraftVersionVisibility', 'EnableAttachments', 'EnableFolderCreation', 'EnableMinorVersions', 'EnableModeration', 'EnableVersioning', 'ForceCheckout', 'Hidden', 'MajorVersionLimit', 'NoCrawl', 'ReadSecurity', 'WriteSecurity']),
      BaseTemplate: l.baseTemplate,
      BaseType: 0,
      Created: l.created,
      Description: l.description,
      EntityTypeName: `${urlName.replace(/ /g, '_x0020_')}List`,
      HasUniqueRoleAssignments: l.hasUniqueRoles,
      Id: l.id,
      ItemCount: l.itemCount,
      LastItemModifiedDate: l.modified,
      ListItemEntityTypeFullName: `SP.Data.${l.entityName}ListItem`,
      ParentWebUrl: `/sites/${l.site}`,
      Title: l.title,
      RootFolder: undefined
    });
  }

  private fieldEntity(list: IListRow, f: IFieldRow): Entity {
    const info = FIELD_TYPES[f.fieldTypeKind];
    const props: Record<string, unknown> = {
      CanBeDeleted: !f.builtIn,
      DefaultValue: null,
      Description: '',
      EnforceUniqueValues: false,
      FieldTypeKind: f.fieldTypeKind,
      Filterable: true,
      Group: f.builtIn ? '_Hidden' : 'Custom Columns',
      Hidden: false,
      Id: f.id,
      Indexed: f.internalName === 'ID',
      InternalName: f.internalName,
      ReadOnlyField: false,
      Required: false,
      Sortable: true,
      StaticName: f.internalName,
      Title: f.title,
      TypeAsString: f.typeAsString,
      TypeDisplayName: info ? info.displayName : f.typeAsString
    };
    for (const k of Object.keys(f.props)) {
      const v = f.props[k];
      props[k] = k === 'Choices' && Array.isArray(v) ? new PrimitiveCollection('Collection(Edm.String)', v) : v;
    }
    props.SchemaXml = fieldSchemaXml(f);
    const type = f.typeAsString === 'UserMulti' ? 'SP.FieldUser' : f.typeAsString === 'LookupMulti' ? 'SP.FieldLookup' : info ? info.spType : 'SP.Field';
    return new Entity(type, `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`, props);
  }

  private groupEntity(g: IPrincipalRow): Entity {
    const settings = this.engine.scopes.groupSettings(g.id);
    return new Entity('SP.Group', `Web/SiteGroups/GetById(${g.id})`, {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.login,
      Title: g.title,
      PrincipalType: 8,
      AllowMembersEditMembership: settings.allowMembersEditMembership,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description === '' ? null : g.description,
      OnlyAllowMembersViewMembership: settings.onlyAllowMembersViewMembership,
      OwnerTitle: g.ownerId ? (this.engine.store.getPrincipal(g.site, g.ownerId) || { title: '' }).title : '',
      RequestToJoinLeaveEmailSetting: null
    });
  }

  private userEntity(u: IPrincipalRow, ctx?: ICtx): Entity {
    const extra: Record<string, unknown> = {};
    if (ctx && /(^|,)\s*groups\s*(,|$)/i.test(ctx.req.query.get('$expand') || '')) {
      const ids = this.engine.store.groupsOfUser(u.id);
      extra.Groups = this.currentSiteGroups().filter((g) => ids.indexOf(g.id) >= 0).map((g) => this.groupEntity(g));
    }
    return new Entity('SP.User', `Web/GetUserById(${u.id})`, {
      ...extra,
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.login,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.isSiteAdmin,
      UserId: { NameId: u.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.email || null
    });
  }

  private roleDefEntity(d: IRoleDefinition): Entity {
    const set = new PermissionSet();
    set.add(d.permissions);
    return new Entity('SP.RoleDefinition', `Web/RoleDefinitions(${d.id})`, {
      BasePermissions: new Complex('SP.BasePermissions', set.toBasePermissions()),
      Description: d.description,
      Hidden: d.hidden,
      Id: d.id,
      Name: d.name,
      Order: d.order,
      RoleTypeKind: d.roleTypeKind
    });
  }

  private roleAssignmentEntity(ctx: ICtx, list: IListRow | undefined, principalId: number, roleDefIds: number[], itemId?: number): Entity {
    const base = list ? `Web/Lists(guid'${list.id}')${itemId !== undefined ? `/Items(${itemId})` : ''}` : 'Web';
    const props: Record<string, unknown> = { PrincipalId: principalId };
    const expand = (ctx.req.query.get('$expand') || '').toLowerCase();
    if (expand.indexOf('member') >= 0) {
      const p = this.engine.store.getPrincipal(ctx.req.site.name, principalId);
      if (p) {
        props.Member = p.kind === 'group' ? this.groupEntity(p) : this.userEntity(p);
      }
    }
    if (expand.indexOf('roledefinitionbindings') >= 0) {
      props.RoleDefinitionBindings = roleDefIds.map((id) => this.roleDefEntity(this.roleDefById(id)));
    }
    return new Entity('SP.RoleAssignment', `${base}/RoleAssignments/GetByPrincipalId(${principalId})`, props);
  }
}

interface ICtx {
  req: IApiRequest;
  mode: JsonMode;
  apiBase: string;
  webUrl: string;
  /** The user's permissions, memoized per scope for this request. */
  session: AccessSession;
  perms: (list?: IListRow) => PermissionSet;
}

interface ISelection {
  all: boolean;
  props: string[];
  expanded: Map<string, { field: IFieldRow; subs: string[] }>;
}

// ---------------- helpers ----------------

function jsonModeOfReq(req: IApiRequest): JsonMode {
  const a = (req.headers.accept || '').toLowerCase();
  if (a.indexOf('odata=verbose') >= 0) {
    return 'verbose';
  }
  if (a.indexOf('odata=nometadata') >= 0) {
    return 'nometadata';
  }
  return 'minimal';
}

function json(status: number, mode: JsonMode, body: unknown, headers: Record<string, string> = {}): IApiResponse {
  return { status, headers: { 'Content-Type': contentTypeOf(mode), ...headers }, body: JSON.stringify(body) };
}

function noContent(): IApiResponse {
  return { status: 204, headers: {} };
}

function empty(status: number): IApiResponse {
  return { status, headers: {}, body: '' };
}

export function parseBody(text: string): Record<string, unknown> {
  if (!text || !text.trim()) {
    return {};
  }
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    throw SpErrors.badQuery('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** Splits an `_api` path on "/" outside quotes and parentheses. */
export function splitPath(path: string): ISegment[] {
  const decoded = safeDecode(path);
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (const ch of decoded) {
    if (ch === "'") {
      quoted = !quoted;
    } else if (!quoted && ch === '(') {
      depth++;
    } else if (!quoted && ch === ')') {
      depth--;
    }
    if (ch === '/' && depth === 0 && !quoted) {
      if (cur) {
        parts.push(cur);
      }
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur) {
    parts.push(cur);
  }
  return parts.map((raw) => {
    const m = /^([^(]+)(?:\(([\s\S]*)\))?$/.exec(raw);
    if (!m) {
      throw SpErrors.resourceNotFound(raw);
    }
    return { name: m[1].toLowerCase(), raw, args: m[2] };
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseArgs(args: string | undefined, query: URLSearchParams): IArgs {
  const out: IArgs = { positional: [], named: {} };
  if (args === undefined || args.trim() === '') {
    return out;
  }
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of args) {
    if (ch === "'") {
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  parts.push(cur);
  for (const p of parts) {
    const eq = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*)$/.exec(p);
    const value = unquote(eq ? eq[2] : p, query);
    if (eq) {
      out.named[eq[1]] = value;
    } else {
      out.positional.push(value);
    }
  }
  return out;
}

function unquote(v: string, query: URLSearchParams): string {
  let s = v.trim();
  if (s.charAt(0) === '@') {
    s = (query.get(s) || '').trim();
  }
  const m = /^(?:guid)?'([\s\S]*)'$/.exec(s);
  return m ? m[1].replace(/''/g, "'") : s;
}

/** A named argument, matched without regard to case (decodedUrl, DecodedUrl). */
function namedArg(args: IArgs, name: string): string | undefined {
  const key = Object.keys(args.named).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : args.named[key];
}

function toInt(v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || isNaN(n)) {
    throw SpErrors.badQuery(`The expression "${String(v)}" is not valid.`);
  }
  return n;
}


function urlNameOf(l: IListRow): string {
  return l.title.replace(/[^A-Za-z0-9 _-]/g, '');
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  keys.forEach((k) => (out[k] = o[k]));
  return out;
}

function groupAssignments(list: { principalId: number; roleDefId: number }[]): { principalId: number; roleDefIds: number[] }[] {
  const map = new Map<number, number[]>();
  list.forEach((r) => map.set(r.principalId, (map.get(r.principalId) || []).concat([r.roleDefId])));
  return Array.from(map.entries()).map(([principalId, roleDefIds]) => ({ principalId, roleDefIds }));
}

/** $select on a non-item single entity: keeps the listed top-level properties (and metadata). */
function applySelect(body: unknown, q: URLSearchParams, mode: JsonMode): unknown {
  const sel = (q.get('$select') || '').split(',').map((s) => s.trim()).filter((s) => s && s !== '*');
  if (sel.length === 0 || !body || typeof body !== 'object') {
    return body;
  }
  const b = body as Record<string, unknown>;
  const target = mode === 'verbose' ? (b.d as Record<string, unknown>) : b;
  if (!target || typeof target !== 'object' || !('Id' in target || 'Title' in target || 'ID' in target)) {
    return body;
  }
  if ('FileSystemObjectType' in target) {
    return body; // list items are projected by the item engine
  }
  const out: Record<string, unknown> = {};
  const keep = sel.map((p) => p.split('/')[0]);
  Object.keys(target).forEach((k) => {
    if (k.indexOf('odata.') === 0 || k === '__metadata' || keep.indexOf(k) >= 0) {
      out[k] = target[k];
    }
  });
  return mode === 'verbose' ? { d: out } : out;
}

/** $filter/$orderby/$select/$top on non-item collections (lists, fields, groups...), evaluated on the entities' properties. */
function filterEntities(items: Entity[], q: URLSearchParams): Entity[] {
  let out = items;
  const filter = q.get('$filter');
  if (filter) {
    const expr = parseFilter(filter);
    out = out.filter((e) => {
      const r: IValueResolver = {
        kindOf: (p): ValueKind => {
          const v = e.props[p[0]];
          return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';
        },
        valueOf: (p) => e.props[p[0]]
      };
      return evaluate(expr, r);
    });
  }
  const orderby = (q.get('$orderby') || '').split(',').map((s) => s.trim()).filter((s) => s);
  if (orderby.length) {
    const keys = orderby.map((o) => {
      const [name, dir] = o.split(/\s+/);
      return { name, desc: (dir || '').toLowerCase() === 'desc' };
    });
    out = out.slice().sort((a, b) => {
      for (const k of keys) {
        const va = a.props[k.name] as string | number | boolean | undefined;
        const vb = b.props[k.name] as string | number | boolean | undefined;
        const c = va === vb ? 0 : va === undefined || va === null ? -1 : vb === undefined || vb === null ? 1 : String(va).localeCompare(String(vb), 'sv', { numeric: true });
        if (c !== 0) {
          return k.desc ? -c : c;
        }
      }
      return 0;
    });
  }
  const sel = (q.get('$select') || '').split(',').map((s) => s.trim()).filter((s) => s && s !== '*');
  if (sel.length) {
    out = out.map((e) => selectPaths(e, sel.map((p) => p.split('/'))));
  }
  const top = q.get('$top');
  if (top && !isNaN(Number(top))) {
    out = out.slice(0, Number(top));
  }
  return out;
}

/** Keeps the selected properties of an entity; `Nav/Prop` paths select inside expanded entities. */
function selectPaths(e: Entity, paths: string[][]): Entity {
  const props: Record<string, unknown> = {};
  const nested = new Map<string, string[][]>();
  for (const p of paths) {
    if (!(p[0] in e.props)) {
      continue;
    }
    if (p.length === 1) {
      props[p[0]] = e.props[p[0]];
    } else {
      nested.set(p[0], (nested.get(p[0]) || []).concat([p.slice(1)]));
    }
  }
  nested.forEach((sub, key) => {
    if (key in props) {
      return;
    }
    const v = e.props[key];
    props[key] = v instanceof Entity ? selectPaths(v, sub) : Array.isArray(v) ? v.map((x) => (x instanceof Entity ? selectPaths(x, sub) : x)) : v;
  });
  return new Entity(e.type, e.path, props, e.etag);
}

/** Reads a <Field .../> SchemaXml into SP.Field-style properties. */
export function parseFieldXml(xml: string): Record<string, unknown> {
  const m = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!m) {
    throw SpErrors.badQuery('The SchemaXml is not valid.');
  }
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let a: RegExpExecArray | null;
  while ((a = re.exec(m[1])) !== null) {
    attrs[a[1]] = xmlUnescape(a[3] !== undefined ? a[3] : a[4]);
  }
  const bool = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v.toUpperCase() === 'TRUE');
  const out: Record<string, unknown> = {
    Title: attrs.DisplayName || attrs.Name,
    TypeAsString: attrs.Type,
    StaticName: attrs.StaticName || attrs.Name
  };
  const map: Record<string, (v: string) => unknown> = {
    Required: (v) => bool(v),
    Indexed: (v) => bool(v),
    EnforceUniqueValues: (v) => bool(v),
    Hidden: (v) => bool(v),
    FillInChoice: (v) => bool(v),
    Mult: (v) => bool(v),
    MaxLength: (v) => Number(v),
    Decimals: (v) => Number(v),
    Min: (v) => Number(v),
    Max: (v) => Number(v),
    List: (v) => v,
    ShowField: (v) => v,
    Description: (v) => v,
    Group: (v) => v,
    Format: (v) => v,
    UserSelectionMode: (v) => v,
    RichText: (v) => bool(v),
    NumLines: (v) => Number(v)
  };
  const rename: Record<string, string> = {
    List: 'LookupList',
    ShowField: 'LookupField',
    Mult: 'AllowMultipleValues',
    Min: 'MinimumValue',
    Max: 'MaximumValue',
    NumLines: 'NumberOfLines',
    UserSelectionMode: 'SelectionMode',
    Format: 'DisplayFormat'
  };
  Object.keys(map).forEach((k) => {
    if (attrs[k] !== undefined) {
      out[rename[k] || k] = map[k](attrs[k]);
    }
  });
  const choices: string[] = [];
  const cre = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  let c: RegExpExecArray | null;
  while ((c = cre.exec(xml)) !== null) {
    choices.push(xmlUnescape(c[1]));
  }
  if (choices.length) {
    out.Choices = choices;
  }
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (def) {
    out.DefaultValue = xmlUnescape(def[1]);
  }
  return out;
}

function xmlUnescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fieldSchemaXml(f: IFieldRow): string {
  const attrs: string[] = [
    `Type="${f.typeAsString}"`,
    `DisplayName="${xmlEscape(f.title)}"`,
    `ID="{${f.id}}"`,
    `StaticName="${f.internalName}"`,
    `Name="${f.internalName}"`
  ];
  if (f.props.Required === true) {
    attrs.push('Required="TRUE"');
  }
  if (f.props.Indexed === true) {
    attrs.push('Indexed="TRUE"');
  }
  if (f.props.EnforceUniqueValues === true) {
    attrs.push('EnforceUniqueValues="TRUE"');
  }
  if (f.props.LookupList) {
    attrs.push(`List="${String(f.props.LookupList)}"`, `ShowField="${String(f.props.LookupField || 'Title')}"`);
  }
  const choices = Array.isArray(f.props.Choices) ? `<CHOICES>${(f.props.Choices as string[]).map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return choices ? `<Field ${attrs.join(' ')}>${choices}</Field>` : `<Field ${attrs.join(' ')} />`;
}

export { READ_METHODS };

/** The moderation status as FieldValuesAsText names it (0 approved, 1 rejected, 2 pending, 3 draft). */
function moderationText(status: number, lcid: number): string {
  const en = ['Approved', 'Rejected', 'Pending', 'Draft'];
  const sv = ['Godkänt', 'Avvisat', 'Väntande', 'Utkast'];
  return (lcid === 1053 ? sv : en)[status] ?? String(status);
}
