/**
 * Reads what provisioning and `provision --check` compare with the schema and the security
 * table, in a few `$batch` round trips: lists, columns, role definitions, groups, the site's
 * associated groups, role assignments of every product list, the objects and their folders.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';

import { SCHEMA_VERSION_KEY, listTitle, type IListSpec, type ListKey } from '../schema/schema';
import { isFolderedList, objectFolderPath } from '../schema/security';

type Row = Record<string, unknown>;

export interface IListInfo {
  readonly Id: string;
  readonly Title: string;
  readonly Hidden: boolean;
  readonly EnableModeration: boolean;
  readonly DraftVersionVisibility: number;
  readonly HasUniqueRoleAssignments?: boolean;
}

export interface IFieldInfo {
  readonly InternalName: string;
  readonly Title: string;
  readonly TypeAsString?: string;
  readonly Indexed: boolean;
  readonly EnforceUniqueValues: boolean;
}

export interface IRoleDefinitionInfo {
  readonly Id: number;
  readonly Name: string;
  readonly RoleTypeKind: number;
  readonly BasePermissions?: { High?: unknown; Low?: unknown };
}

export interface IGroupInfo {
  readonly Id: number;
  readonly Title: string;
}

/** One principal's role bindings on a scope. */
export interface IAssignment {
  readonly principalId: number;
  readonly principalTitle: string;
  readonly roleIds: readonly number[];
}

export interface IFolderInfo {
  readonly id: number;
  readonly name: string;
  readonly unique: boolean;
  readonly assignments: readonly IAssignment[];
}

export interface IAssociatedGroups {
  readonly owners?: number;
  readonly members?: number;
  readonly visitors?: number;
}

export interface ISiteState {
  readonly webServerRelativeUrl: string;
  readonly lists: Readonly<Record<string, IListInfo>>;
  readonly fields: Partial<Record<ListKey, readonly IFieldInfo[]>>;
  readonly roles: readonly IRoleDefinitionInfo[];
  readonly groups: readonly IGroupInfo[];
  readonly associated: IAssociatedGroups;
  /** Assignments of the lists with unique permissions. */
  readonly assignments: Partial<Record<ListKey, readonly IAssignment[]>>;
  /** Object keys in GitsObjects. */
  readonly objects: readonly string[];
  /** Folders of the foldered lists, by list. */
  readonly folders: Partial<Record<ListKey, readonly IFolderInfo[]>>;
  /** Schema version in GitsConfig (0 when none). */
  readonly storedVersion: number;
}

export interface IReadOptions {
  /** Also read role assignments, objects and folders (default true). */
  readonly security?: boolean;
}

function toAssignments(rows: Row[]): IAssignment[] {
  return rows.map((a) => {
    const member = (a.Member as Row | undefined) ?? {};
    const bindings = (a.RoleDefinitionBindings as Row[] | undefined) ?? [];
    return {
      principalId: Number(a.PrincipalId),
      principalTitle: String(member.Title ?? member.LoginName ?? a.PrincipalId),
      roleIds: bindings.map((b) => Number(b.Id))
    };
  });
}

async function settle<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch {
    return undefined;
  }
}

/** Reads the site's state for the given schema (lists and columns) and, by default, its security. */
export async function readSiteState(sp: SPFI, specs: readonly IListSpec[], options: IReadOptions = {}): Promise<ISiteState> {
  const withSecurity = options.security !== false;

  // Round trip 1: web, lists, roles, groups, associated groups.
  const [b1, run1] = sp.batched({ maxRequests: 100 });
  const webP = b1.web.select('ServerRelativeUrl')();
  const listsP = b1.web.lists.select('Id', 'Title', 'Hidden', 'EnableModeration', 'DraftVersionVisibility', 'HasUniqueRoleAssignments')();
  const rolesP = withSecurity ? settle(b1.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')()) : Promise.resolve(undefined);
  const groupsP = withSecurity ? settle(b1.web.siteGroups.select('Id', 'Title')()) : Promise.resolve(undefined);
  const ownersP = withSecurity ? settle(b1.web.associatedOwnerGroup.select('Id')()) : Promise.resolve(undefined);
  const membersP = withSecurity ? settle(b1.web.associatedMemberGroup.select('Id')()) : Promise.resolve(undefined);
  const visitorsP = withSecurity ? settle(b1.web.associatedVisitorGroup.select('Id')()) : Promise.resolve(undefined);
  await run1();
  const web = (await webP) as unknown as Row;
  const listRows = (await listsP) as unknown as IListInfo[];
  const lists: Record<string, IListInfo> = {};
  listRows.forEach((l) => {
    lists[l.Title] = l;
  });
  const roles = (((await rolesP) as unknown as Row[] | undefined) ?? []).map(
    (r): IRoleDefinitionInfo => ({ Id: Number(r.Id), Name: String(r.Name), RoleTypeKind: Number(r.RoleTypeKind), BasePermissions: r.BasePermissions as Row })
  );
  const groups = (((await groupsP) as unknown as Row[] | undefined) ?? []).map((g): IGroupInfo => ({ Id: Number(g.Id), Title: String(g.Title) }));
  const idOf = (g: unknown): number | undefined => (g && (g as Row).Id !== undefined ? Number((g as Row).Id) : undefined);
  const associated: IAssociatedGroups = { owners: idOf(await ownersP), members: idOf(await membersP), visitors: idOf(await visitorsP) };

  // Round trip 2: fields of every existing list, assignments of lists with unique permissions, objects, config.
  const present = specs.filter((s) => lists[s.title]);
  const [b2, run2] = sp.batched({ maxRequests: 100 });
  const fields: Partial<Record<ListKey, IFieldInfo[]>> = {};
  const assignments: Partial<Record<ListKey, IAssignment[]>> = {};
  const reads: Promise<unknown>[] = [];
  present.forEach((spec) => {
    const list = b2.web.lists.getByTitle(spec.title);
    reads.push(
      list.fields.select('InternalName', 'Title', 'TypeAsString', 'Indexed', 'EnforceUniqueValues')().then((f) => {
        fields[spec.key] = f as unknown as IFieldInfo[];
      })
    );
    if (withSecurity && lists[spec.title].HasUniqueRoleAssignments === true) {
      reads.push(
        list.roleAssignments.expand('Member', 'RoleDefinitionBindings').select('PrincipalId', 'Member/Title', 'Member/LoginName', 'RoleDefinitionBindings/Id')().then((a) => {
          assignments[spec.key] = toAssignments(a as unknown as Row[]);
        })
      );
    }
  });
  let objects: string[] = [];
  if (withSecurity && lists[listTitle('objects')]) {
    reads.push(
      b2.web.lists
        .getByTitle(listTitle('objects'))
        .items.select('ObjectKey')
        .top(5000)()
        .then((rows) => {
          objects = (rows as Row[]).map((r) => String(r.ObjectKey ?? '')).filter((k) => k !== '');
        })
    );
  }
  let storedVersion = 0;
  if (lists[listTitle('config')]) {
    reads.push(
      b2.web.lists
        .getByTitle(listTitle('config'))
        .items.filter(`Title eq '${SCHEMA_VERSION_KEY}'`)
        .select('Id', 'ConfigValue')()
        .then((rows) => {
          storedVersion = rows.length > 0 ? Number((rows[0] as Row).ConfigValue) || 0 : 0;
        })
    );
  }
  await run2();
  await Promise.all(reads);

  // Round trip 3 (only when there are objects): each object's folder in each foldered list, by
  // its path (folder name = object key), then the folders' assignments. Not a query for
  // FSObjType eq 1: that column cannot be indexed, and a list above the list view threshold
  // (5,000 items; GitsKpiValues at GITS scale) refuses a filter on it (SPQueryThrottledException).
  const folders: Partial<Record<ListKey, IFolderInfo[]>> = {};
  const folderedPresent = withSecurity && objects.length > 0 ? present.filter((s) => isFolderedList(s.key)) : [];
  if (folderedPresent.length > 0) {
    const webUrl = String(web.ServerRelativeUrl ?? '');
    const [b3, run3] = sp.batched({ maxRequests: 100 });
    const folderReads: Promise<unknown>[] = [];
    const found: Partial<Record<ListKey, { id: number; name: string; unique: boolean; assignments: IAssignment[] }[]>> = {};
    folderedPresent.forEach((spec) => {
      const out: { id: number; name: string; unique: boolean; assignments: IAssignment[] }[] = [];
      found[spec.key] = out;
      folders[spec.key] = out;
      objects.forEach((key) => {
        folderReads.push(
          b3.web
            .getFolderByServerRelativePath(objectFolderPath(webUrl, spec.key, key))
            .listItemAllFields.select('Id', 'FileLeafRef', 'HasUniqueRoleAssignments')()
            .then(
              (r) => {
                const row = r as unknown as Row;
                if (row.Id !== undefined) out.push({ id: Number(row.Id), name: String(row.FileLeafRef ?? key), unique: row.HasUniqueRoleAssignments === true, assignments: [] });
              },
              (e: unknown) => {
                // A folder that does not exist answers 404 (-2147024894): left out, so the plan names it missing.
                if ((e as { status?: unknown }).status !== 404) throw e;
              }
            )
        );
      });
    });
    await run3();
    await Promise.all(folderReads);

    const [b4, run4] = sp.batched({ maxRequests: 100 });
    const assignmentReads: Promise<unknown>[] = [];
    folderedPresent.forEach((spec) => {
      (found[spec.key] ?? [])
        .filter((info) => info.unique)
        .forEach((info) => {
          assignmentReads.push(
            b4.web.lists
              .getByTitle(spec.title)
              .items.getById(info.id)
              .roleAssignments.expand('Member', 'RoleDefinitionBindings')
              .select('PrincipalId', 'Member/Title', 'Member/LoginName', 'RoleDefinitionBindings/Id')()
              .then((a) => {
                info.assignments = toAssignments(a as unknown as Row[]);
              })
          );
        });
    });
    if (assignmentReads.length > 0) {
      await run4();
      await Promise.all(assignmentReads);
    }
  }

  return {
    webServerRelativeUrl: String(web.ServerRelativeUrl ?? ''),
    lists,
    fields,
    roles,
    groups,
    associated,
    assignments,
    objects,
    folders,
    storedVersion
  };
}
