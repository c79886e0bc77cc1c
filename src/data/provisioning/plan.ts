/**
 * Compares a site's state with the schema and the security table: a pure function from what
 * was read (readSite) to the list of differences. `provision --check` prints them; provisioning
 * applies them, step by step, so the two can never disagree about what "provisioned" means.
 */
import { fieldTypeKind, listTitle, type IListSpec, type ListKey } from '../schema/schema';
import {
  APPROVERS_GROUP,
  RECORDERS_GROUP,
  ROLES,
  ROLE_TYPE,
  SECURITY,
  basePermissionsOf,
  isFolderedList,
  sameMask,
  teamGroupName,
  type PrincipalKey,
  type RoleKey,
  type ScopeAssignments
} from '../schema/security';
import type { IAssignment, IFieldInfo, IGroupInfo, IRoleDefinitionInfo, ISiteState } from './readSite';

/** Where a role assignment lives: a list, or an object's folder in a list. */
export interface IScopeRef {
  readonly list: ListKey;
  readonly listTitle: string;
  /** Object key of the folder; absent for the list itself. */
  readonly folder?: string;
  /** Folder item id (when the folder exists). */
  readonly folderId?: number;
}

export type Difference =
  | { readonly kind: 'listMissing'; readonly list: ListKey; readonly listTitle: string }
  | { readonly kind: 'listSetting'; readonly list: ListKey; readonly listTitle: string; readonly setting: string; readonly expected: unknown; readonly actual: unknown }
  | { readonly kind: 'titleName'; readonly list: ListKey; readonly listTitle: string; readonly expected: string; readonly actual: string }
  | { readonly kind: 'columnMissing'; readonly list: ListKey; readonly listTitle: string; readonly column: string }
  | { readonly kind: 'columnType'; readonly list: ListKey; readonly listTitle: string; readonly column: string; readonly expected: string; readonly actual: string }
  | { readonly kind: 'columnNotIndexed'; readonly list: ListKey; readonly listTitle: string; readonly column: string }
  | { readonly kind: 'columnNotUnique'; readonly list: ListKey; readonly listTitle: string; readonly column: string }
  | { readonly kind: 'columnUnique'; readonly list: ListKey; readonly listTitle: string; readonly column: string }
  | { readonly kind: 'roleMissing'; readonly role: RoleKey; readonly name: string }
  | { readonly kind: 'rolePermissions'; readonly role: RoleKey; readonly name: string; readonly roleId: number }
  | { readonly kind: 'groupMissing'; readonly group: string; readonly principal: PrincipalKey; readonly objectKey?: string }
  | { readonly kind: 'associatedGroupMissing'; readonly principal: PrincipalKey }
  | { readonly kind: 'folderMissing'; readonly scope: IScopeRef }
  | { readonly kind: 'inheritsPermissions'; readonly scope: IScopeRef }
  | { readonly kind: 'assignmentMissing'; readonly scope: IScopeRef; readonly principalId: number; readonly principalTitle: string; readonly roleId: number; readonly roleName: string }
  | { readonly kind: 'assignmentExtra'; readonly scope: IScopeRef; readonly principalId: number; readonly principalTitle: string; readonly roleId: number; readonly roleName: string }
  | { readonly kind: 'versionBehind'; readonly expected: number; readonly actual: number };

export interface IPlanOptions {
  /** Name of the approvers group (web part setting); default APPROVERS_GROUP. */
  readonly approversGroup?: string;
  /** Schema version expected in GitsConfig. */
  readonly version: number;
  /** Compare the security table too (default true). */
  readonly security?: boolean;
}

const TYPE_NAMES: Record<number, string> = { 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 20: 'User' };

/** Differences in lists, list settings and columns. */
export function planLists(state: ISiteState, specs: readonly IListSpec[]): Difference[] {
  const out: Difference[] = [];
  specs.forEach((spec) => {
    const cur = state.lists[spec.title];
    const base = { list: spec.key, listTitle: spec.title };
    if (!cur) {
      out.push({ kind: 'listMissing', ...base });
      return;
    }
    const wanted = listSettings(spec);
    Object.keys(wanted).forEach((k) => {
      const actual = (cur as unknown as Record<string, unknown>)[k];
      if (actual !== wanted[k]) out.push({ kind: 'listSetting', ...base, setting: k, expected: wanted[k], actual });
    });
    const have: Record<string, IFieldInfo> = {};
    (state.fields[spec.key] ?? []).forEach((f) => {
      have[f.InternalName] = f;
    });
    const title = have.Title;
    if (title && title.Title !== spec.titleDisplayName) out.push({ kind: 'titleName', ...base, expected: spec.titleDisplayName, actual: title.Title });
    spec.columns.forEach((col) => {
      const f = have[col.name];
      if (!f) {
        out.push({ kind: 'columnMissing', ...base, column: col.name });
        return;
      }
      const expectedType = TYPE_NAMES[fieldTypeKind(col.type)];
      if (f.TypeAsString !== undefined && f.TypeAsString !== expectedType && !(expectedType === 'User' && f.TypeAsString === 'UserMulti')) {
        out.push({ kind: 'columnType', ...base, column: col.name, expected: expectedType, actual: f.TypeAsString });
      }
      if ((col.indexed || col.unique) && !f.Indexed) out.push({ kind: 'columnNotIndexed', ...base, column: col.name });
      if (col.unique && !f.EnforceUniqueValues) out.push({ kind: 'columnNotUnique', ...base, column: col.name });
      // Folders with their own permissions need the list's columns not to enforce unique values.
      if (!col.unique && f.EnforceUniqueValues && isFolderedList(spec.key)) out.push({ kind: 'columnUnique', ...base, column: col.name });
    });
  });
  return out;
}

export function listSettings(spec: IListSpec): Record<string, unknown> {
  const s: Record<string, unknown> = { Hidden: spec.hidden === true, EnableModeration: spec.moderated === true };
  if (spec.moderated) {
    // 2 = only approvers and the author see items that are not approved.
    s.DraftVersionVisibility = 2;
  }
  return s;
}

/** The role definition on the site for a role of the model (built-in by RoleTypeKind, ours by name). */
export function findRole(roles: readonly IRoleDefinitionInfo[], key: RoleKey): IRoleDefinitionInfo | undefined {
  const spec = ROLES.find((r) => r.key === key);
  if (!spec) return undefined;
  if (spec.roleTypeKind !== undefined) return roles.find((r) => r.RoleTypeKind === spec.roleTypeKind);
  return roles.find((r) => r.Name === spec.name);
}

export function findGroup(groups: readonly IGroupInfo[], title: string): IGroupInfo | undefined {
  const t = title.toLowerCase();
  return groups.find((g) => g.Title.toLowerCase() === t);
}

/** Differences in custom roles and groups (the principals and roles the table needs). */
export function planPrincipals(state: ISiteState, options: IPlanOptions): Difference[] {
  const out: Difference[] = [];
  ROLES.forEach((spec) => {
    if (spec.roleTypeKind !== undefined || !spec.name || !spec.permissions) return;
    const role = findRole(state.roles, spec.key);
    if (!role) out.push({ kind: 'roleMissing', role: spec.key, name: spec.name });
    else if (role.BasePermissions && !sameMask(role.BasePermissions, basePermissionsOf(spec.permissions))) {
      out.push({ kind: 'rolePermissions', role: spec.key, name: spec.name, roleId: role.Id });
    }
  });
  (['owners', 'visitors'] as const).forEach((p) => {
    if (state.associated[p] === undefined) out.push({ kind: 'associatedGroupMissing', principal: p });
  });
  const approvers = approversGroupName(options);
  if (!findGroup(state.groups, approvers)) out.push({ kind: 'groupMissing', group: approvers, principal: 'approvers' });
  if (!findGroup(state.groups, RECORDERS_GROUP)) out.push({ kind: 'groupMissing', group: RECORDERS_GROUP, principal: 'recorders' });
  state.objects.forEach((key) => {
    const name = teamGroupName(key);
    if (!findGroup(state.groups, name)) out.push({ kind: 'groupMissing', group: name, principal: 'team', objectKey: key });
  });
  return out;
}

export function approversGroupName(options: { approversGroup?: string }): string {
  return options.approversGroup?.trim() || APPROVERS_GROUP;
}

interface IResolved {
  readonly principalId: number;
  readonly principalTitle: string;
  readonly roleId: number;
  readonly roleName: string;
}

/**
 * The assignments a scope must have, resolved to ids. `team` on a list scope means every
 * object's group; on a folder, that object's group. Unresolvable entries (missing group or
 * role) are left out: planPrincipals reports those first.
 */
function expectedAssignments(state: ISiteState, scope: ScopeAssignments, options: IPlanOptions, objectKey?: string): IResolved[] {
  const out: IResolved[] = [];
  (Object.keys(scope) as PrincipalKey[]).forEach((p) => {
    const role = findRole(state.roles, scope[p] as RoleKey);
    if (!role) return;
    const principals: { id: number; title: string }[] = [];
    if (p === 'owners' || p === 'visitors' || p === 'members') {
      const id = state.associated[p];
      if (id !== undefined) principals.push({ id, title: state.groups.find((g) => g.Id === id)?.Title ?? String(id) });
    } else if (p === 'approvers' || p === 'recorders') {
      const g = findGroup(state.groups, p === 'approvers' ? approversGroupName(options) : RECORDERS_GROUP);
      if (g) principals.push({ id: g.Id, title: g.Title });
    } else {
      const keys = objectKey !== undefined ? [objectKey] : state.objects;
      keys.forEach((k) => {
        const g = findGroup(state.groups, teamGroupName(k));
        if (g) principals.push({ id: g.Id, title: g.Title });
      });
    }
    principals.forEach((pr) => out.push({ principalId: pr.id, principalTitle: pr.title, roleId: role.Id, roleName: role.Name }));
  });
  return out;
}

function compareScope(state: ISiteState, scope: IScopeRef, expected: IResolved[], actual: readonly IAssignment[]): Difference[] {
  const out: Difference[] = [];
  const limited = new Set(state.roles.filter((r) => r.RoleTypeKind === ROLE_TYPE.Guest).map((r) => r.Id));
  expected.forEach((e) => {
    const a = actual.find((x) => x.principalId === e.principalId);
    if (!a || a.roleIds.indexOf(e.roleId) < 0) out.push({ kind: 'assignmentMissing', scope, ...e });
  });
  actual.forEach((a) => {
    a.roleIds.forEach((roleId) => {
      // SharePoint adds Limited Access by itself where a principal holds rights further down.
      if (limited.has(roleId)) return;
      if (expected.some((e) => e.principalId === a.principalId && e.roleId === roleId)) return;
      const role = state.roles.find((r) => r.Id === roleId);
      out.push({ kind: 'assignmentExtra', scope, principalId: a.principalId, principalTitle: a.principalTitle, roleId, roleName: role?.Name ?? String(roleId) });
    });
  });
  return out;
}

/** Differences in unique permissions and role assignments of the lists and the objects' folders. */
export function planPermissions(state: ISiteState, options: IPlanOptions): Difference[] {
  const out: Difference[] = [];
  SECURITY.forEach((sec) => {
    const title = listTitle(sec.list);
    if (!state.lists[title]) return;
    const listScope: IScopeRef = { list: sec.list, listTitle: title };
    if (state.lists[title].HasUniqueRoleAssignments !== true) out.push({ kind: 'inheritsPermissions', scope: listScope });
    out.push(...compareScope(state, listScope, expectedAssignments(state, sec.listScope, options), state.assignments[sec.list] ?? []));
    const folderScope = sec.folderScope;
    if (!folderScope) return;
    state.objects.forEach((key) => {
      const folder = (state.folders[sec.list] ?? []).find((f) => f.name.toLowerCase() === key.toLowerCase());
      if (!folder) {
        out.push({ kind: 'folderMissing', scope: { ...listScope, folder: key } });
        return;
      }
      const scope: IScopeRef = { ...listScope, folder: key, folderId: folder.id };
      if (!folder.unique) out.push({ kind: 'inheritsPermissions', scope });
      out.push(...compareScope(state, scope, expectedAssignments(state, folderScope, options, key), folder.assignments));
    });
  });
  return out;
}


/** Every difference between the site and the schema (and, by default, the security table). */
export function planSite(state: ISiteState, specs: readonly IListSpec[], options: IPlanOptions): Difference[] {
  const out = planLists(state, specs);
  if (options.security !== false) {
    out.push(...planPrincipals(state, options), ...planPermissions(state, options));
  }
  if (state.storedVersion < options.version) out.push({ kind: 'versionBehind', expected: options.version, actual: state.storedVersion });
  return out;
}
