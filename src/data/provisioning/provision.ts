/**
 * Creates or upgrades the lists of src/data/schema on a site, through PnPjs.
 *
 * Idempotent: it reads the site first (lists, columns, config) and writes only what differs,
 * so a second run sends no writes. Upgrades in place: missing lists and columns are added,
 * indexes and list settings corrected; nothing is ever deleted, so data is kept.
 * The schema version is stored in the hidden config list (the web property bag is read-only
 * on modern SharePoint Online sites with custom scripts disabled).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';

import {
  APPROVERS_GROUP,
  APPROVE_ROLE_NAME,
  SUBMIT_ROLE_NAME,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  fieldSchemaXml,
  listTitle,
  schemaForVersion,
  type IColumnSpec,
  type IListSpec,
  type ListKey
} from '../schema/schema';

export interface IProvisionOptions {
  /** Schema version to provision (default: this code's). Older versions exist to test upgrades. */
  readonly version?: number;
  /** Also set up the approvers group and its Approve role on the snapshot list (default true). */
  readonly permissions?: boolean;
  /** Progress messages. */
  readonly log?: (message: string) => void;
  /** Name of the approvers group (the web part's property pane setting); default APPROVERS_GROUP. */
  readonly approversGroup?: string;
}

export interface IProvisionResult {
  /** Version stored on the site before this run (0 when none). */
  readonly previousVersion: number;
  readonly version: number;
  /** One line per write made; empty when the site was already up to date. */
  readonly changes: readonly string[];
  /** Parts that could not be done (e.g. no permission to create groups); the lists still work. */
  readonly warnings: readonly string[];
}

/** What the web part needs to know before it offers to provision. */
export interface IProvisioningStatus {
  readonly storedVersion: number;
  readonly codeVersion: number;
  readonly missingLists: readonly string[];
  readonly upToDate: boolean;
}

type Row = Record<string, unknown>;

interface IFieldInfoLite {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
}

interface IListInfoLite {
  Id: string;
  Title: string;
  Hidden: boolean;
  EnableModeration: boolean;
  DraftVersionVisibility: number;
}

/**
 * SharePoint base permissions (PermissionKind numbers) of the custom roles: ViewListItems 1,
 * AddListItems 2, EditListItems 3, DeleteListItems 4, ApproveItems 5, OpenItems 6, ViewVersions 7,
 * ViewFormPages 13, Open 17, ViewPages 18, BrowseUserInfo 28, UseClientIntegration 37, UseRemoteAPIs 38.
 */
const APPROVE_PERMISSIONS = [1, 2, 3, 4, 5, 6, 7, 13, 17, 18, 28, 37, 38];
/** Submitters may add snapshots and read them, never change them: snapshots are immutable. */
const SUBMIT_PERMISSIONS = [1, 2, 6, 7, 13, 17, 18, 28, 37, 38];

function hasKind(perms: Row | undefined, kind: number): boolean {
  if (!perms) return false;
  const low = Number(perms.Low);
  const high = Number(perms.High);
  if (high >= 2147483647 && low >= 4294967295) return true; // FullMask
  const half = kind <= 32 ? low : high;
  const bit = kind <= 32 ? kind - 1 : kind - 33;
  return Math.floor(half / Math.pow(2, bit)) % 2 === 1;
}

function basePermissions(kinds: readonly number[]): { Low: string; High: string } {
  let low = 0;
  let high = 0;
  kinds.forEach((k) => {
    if (k <= 32) low += Math.pow(2, k - 1);
    else high += Math.pow(2, k - 33);
  });
  return { Low: String(low), High: String(high) };
}

/** Reads what is on the site: lists, and the version in the config list. */
export async function getProvisioningStatus(sp: SPFI, version: number = SCHEMA_VERSION): Promise<IProvisioningStatus> {
  const lists: IListInfoLite[] = await sp.web.lists.select('Id', 'Title', 'Hidden', 'EnableModeration', 'DraftVersionVisibility')();
  const titles = lists.map((l) => l.Title);
  const missingLists = schemaForVersion(version)
    .map((l) => l.title)
    .filter((t) => titles.indexOf(t) < 0);
  const storedVersion = missingLists.indexOf(listTitle('config')) >= 0 ? 0 : await readStoredVersion(sp);
  return { storedVersion, codeVersion: version, missingLists, upToDate: missingLists.length === 0 && storedVersion >= version };
}

async function readStoredVersion(sp: SPFI): Promise<number> {
  const rows: Row[] = await sp.web.lists
    .getByTitle(listTitle('config'))
    .items.filter(`Title eq '${SCHEMA_VERSION_KEY}'`)
    .select('Id', 'ConfigValue')();
  return rows.length > 0 ? Number(rows[0].ConfigValue) || 0 : 0;
}

/** Creates or upgrades the lists, columns, indexes, content approval, permissions and stored version. */
export async function provisionSite(sp: SPFI, options: IProvisionOptions = {}): Promise<IProvisionResult> {
  const version = options.version ?? SCHEMA_VERSION;
  const log = options.log ?? ((): void => undefined);
  const changes: string[] = [];
  const warnings: string[] = [];
  const change = (m: string): void => {
    changes.push(m);
    log(m);
  };
  const specs = schemaForVersion(version);

  const existing: IListInfoLite[] = await sp.web.lists.select('Id', 'Title', 'Hidden', 'EnableModeration', 'DraftVersionVisibility')();
  const byTitle: Record<string, IListInfoLite> = {};
  existing.forEach((l) => {
    byTitle[l.Title] = l;
  });
  const previousVersion = byTitle[listTitle('config')] ? await readStoredVersion(sp) : 0;

  // 1. Lists (in schema order: lookup targets come before the lists that point at them).
  const listIds: Partial<Record<ListKey, string>> = {};
  for (const spec of specs) {
    const cur = byTitle[spec.title];
    if (!cur) {
      const added = (await sp.web.lists.add(spec.title, spec.description, 100, false, listSettings(spec))) as unknown as Row;
      listIds[spec.key] = String(added.Id);
      change(`list ${spec.title}: created`);
    } else {
      listIds[spec.key] = cur.Id;
      const wanted = listSettings(spec);
      const differs = Object.keys(wanted).some((k) => (cur as unknown as Row)[k] !== (wanted as Row)[k]);
      if (differs) {
        await sp.web.lists.getByTitle(spec.title).update(wanted);
        change(`list ${spec.title}: settings ${JSON.stringify(wanted)}`);
      }
    }
  }

  // 2. Columns: read every list's fields in one batch, then add what is missing per list.
  const fieldsByList = await readFields(sp, specs);
  for (const spec of specs) {
    const have: Record<string, IFieldInfoLite> = {};
    (fieldsByList[spec.key] ?? []).forEach((f) => {
      have[f.InternalName] = f;
    });
    const [b, execute] = sp.batched({ maxRequests: 100 });
    const writes: Promise<unknown>[] = [];
    const fields = b.web.lists.getByTitle(spec.title).fields;
    const title = have.Title;
    if (title && title.Title !== spec.titleDisplayName) {
      writes.push(fields.getByInternalNameOrTitle('Title').update({ Title: spec.titleDisplayName }, 'SP.Field'));
      change(`list ${spec.title}: Title column named ${spec.titleDisplayName}`);
    }
    spec.columns.forEach((col: IColumnSpec) => {
      const f = have[col.name];
      if (!f) {
        const lookupId = col.lookupList ? listIds[col.lookupList] : undefined;
        writes.push(fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(col, lookupId), Options: 8 } as never));
        change(`list ${spec.title}: column ${col.name} (${col.type}) added`);
      } else if ((col.indexed || col.unique) && !f.Indexed) {
        writes.push(fields.getByInternalNameOrTitle(col.name).update({ Indexed: true }, 'SP.Field'));
        change(`list ${spec.title}: column ${col.name} indexed`);
      }
    });
    if (writes.length > 0) {
      const settled = writes.map((p) => p.then(() => undefined, (e: unknown) => e));
      await execute();
      const errors = (await Promise.all(settled)).filter((e) => e !== undefined);
      if (errors.length > 0) throw errors[0];
    }
  }

  // 3. Permissions: approvers group with the Approve role on the snapshot list.
  if (options.permissions !== false) {
    try {
      await ensureApprovers(sp, change, options.approversGroup?.trim() || APPROVERS_GROUP);
    } catch (e) {
      const msg = `permissions: ${e instanceof Error ? e.message.slice(0, 300) : String(e)}`;
      warnings.push(msg);
      log(msg);
    }
  }

  // 4. Stored schema version, last: a run that stops early is repeated in full next time.
  const configItems = sp.web.lists.getByTitle(listTitle('config')).items;
  const rows: Row[] = await configItems.filter(`Title eq '${SCHEMA_VERSION_KEY}'`).select('Id', 'ConfigValue')();
  if (rows.length === 0) {
    await configItems.add({ Title: SCHEMA_VERSION_KEY, ConfigValue: String(version) });
    change(`config: ${SCHEMA_VERSION_KEY} = ${version}`);
  } else if (Number(rows[0].ConfigValue) < version) {
    await configItems.getById(Number(rows[0].Id)).update({ ConfigValue: String(version) });
    change(`config: ${SCHEMA_VERSION_KEY} ${String(rows[0].ConfigValue)} -> ${version}`);
  }

  return { previousVersion, version, changes, warnings };
}

function listSettings(spec: IListSpec): Row {
  const s: Row = { Hidden: spec.hidden === true };
  if (spec.moderated) {
    s.EnableModeration = true;
    // 2 = only approvers and the author see items that are not approved.
    s.DraftVersionVisibility = 2;
  }
  return s;
}

async function readFields(sp: SPFI, specs: readonly IListSpec[]): Promise<Partial<Record<ListKey, IFieldInfoLite[]>>> {
  const [b, execute] = sp.batched({ maxRequests: 100 });
  const result: Partial<Record<ListKey, IFieldInfoLite[]>> = {};
  const reads = specs.map((spec) =>
    b.web.lists
      .getByTitle(spec.title)
      .fields.select('InternalName', 'Title', 'Indexed', 'EnforceUniqueValues')()
      .then((fields: IFieldInfoLite[]) => {
        result[spec.key] = fields;
      })
  );
  await execute();
  await Promise.all(reads);
  return result;
}

async function ensureApprovers(sp: SPFI, change: (m: string) => void, groupName: string): Promise<void> {
  const [b, execute] = sp.batched({ maxRequests: 100 });
  const snapshotList = b.web.lists.getByTitle(listTitle('snapshots'));
  let groups: Row[] = [];
  let roles: Row[] = [];
  let listInfo: Row = {};
  const reads = [
    // OData string literals escape a quote by doubling it.
    b.web.siteGroups.filter(`Title eq '${groupName.replace(/'/g, "''")}'`).select('Id', 'Title')().then((r) => {
      groups = r as unknown as Row[];
    }),
    b.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')().then((r) => {
      roles = r as unknown as Row[];
    }),
    snapshotList.select('HasUniqueRoleAssignments')().then((r) => {
      listInfo = r as unknown as Row;
    })
  ];
  await execute();
  await Promise.all(reads);

  let groupId: number;
  if (groups.length === 0) {
    const g = (await sp.web.siteGroups.add({ Title: groupName, Description: 'Godkänner statusrapporter (GITS Statusrapport).' })) as unknown as Row;
    groupId = Number(g.Id);
    change(`group ${groupName}: created`);
  } else {
    groupId = Number(groups[0].Id);
  }

  // The built-in "Approve" role exists on publishing sites only; otherwise a custom role is created.
  let role = roles.find((r) => r.Name === 'Approve' || r.Name === APPROVE_ROLE_NAME);
  if (!role) {
    const added = (await sp.web.roleDefinitions.add(
      APPROVE_ROLE_NAME,
      'Kan läsa, redigera och godkänna statusrapporter.',
      100,
      basePermissions(APPROVE_PERMISSIONS) as never
    )) as unknown as Row;
    role = (added.data as Row | undefined) ?? added;
    change(`role ${APPROVE_ROLE_NAME}: created`);
  }
  const roleId = Number(role.Id);
  let submitRole = roles.find((r) => r.Name === SUBMIT_ROLE_NAME);
  if (!submitRole) {
    const added = (await sp.web.roleDefinitions.add(
      SUBMIT_ROLE_NAME,
      'Kan skicka in statusrapporter (lägga till), inte ändra inskickade.',
      110,
      basePermissions(SUBMIT_PERMISSIONS) as never
    )) as unknown as Row;
    submitRole = (added.data as Row | undefined) ?? added;
    change(`role ${SUBMIT_ROLE_NAME}: created`);
  }
  const submitRoleId = Number(submitRole.Id);

  const list = sp.web.lists.getByTitle(listTitle('snapshots'));
  if (listInfo.HasUniqueRoleAssignments !== true) {
    await list.breakRoleInheritance(true, false);
    change(`list ${listTitle('snapshots')}: own permissions (copied from site)`);
  }
  const assignments: Row[] = await list.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name', 'RoleDefinitionBindings/BasePermissions').expand('RoleDefinitionBindings')();
  const bindingsOf = (a: Row): Row[] => (a.RoleDefinitionBindings as Row[] | undefined) ?? [];
  const mine = assignments.filter((a) => Number(a.PrincipalId) === groupId);
  if (!mine.some((a) => bindingsOf(a).some((d) => Number(d.Id) === roleId))) {
    await list.roleAssignments.add(groupId, roleId);
    change(`list ${listTitle('snapshots')}: ${groupName} gets ${String(role.Name)}`);
  }
  // Snapshots are immutable: whoever may edit items here without approving or managing the list
  // (the site's members) gets the submit role instead, which adds but never edits.
  for (const a of assignments) {
    const principalId = Number(a.PrincipalId);
    if (principalId === groupId) continue;
    const editing = bindingsOf(a).filter(
      (d) => hasKind(d.BasePermissions as Row, 3) && !hasKind(d.BasePermissions as Row, 5) && !hasKind(d.BasePermissions as Row, 12)
    );
    if (editing.length === 0) continue;
    if (!bindingsOf(a).some((d) => Number(d.Id) === submitRoleId)) {
      await list.roleAssignments.add(principalId, submitRoleId);
    }
    for (const d of editing) {
      await list.roleAssignments.remove(principalId, Number(d.Id));
    }
    change(`list ${listTitle('snapshots')}: principal ${principalId} may submit but not edit snapshots`);
  }
}

/**
 * Entry point for the web part: when a site owner opens it and the lists are missing or
 * older than this code, provision them; otherwise only read (no writes).
 */
export async function ensureProvisioned(sp: SPFI, options: IProvisionOptions = {}): Promise<IProvisionResult | undefined> {
  const status = await getProvisioningStatus(sp, options.version ?? SCHEMA_VERSION);
  if (status.upToDate) return undefined;
  return provisionSite(sp, options);
}
