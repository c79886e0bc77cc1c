/**
 * Creates or upgrades the lists of src/data/schema on a site and sets the security table of
 * src/data/schema/security, through PnPjs.
 *
 * Read, compare (plan.ts), write what differs, in steps: lists, columns, roles and groups,
 * folders, unique permissions, role assignments, and last the schema version. The version is
 * written only when a fresh read shows no difference left, so a run that stops anywhere (an
 * error, a closed browser, a throttled tenant) leaves the site "not provisioned" and the next
 * run completes it. A second run on a provisioned site sends no writes. Nothing is deleted or
 * retyped, so upgrades keep data; only role assignments the table does not name are removed.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';

import { BOARD_DUE_DAYS_KEY, BOARD_SETTINGS_SINCE, SCHEMA_VERSION, SCHEMA_VERSION_KEY, fieldSchemaXml, listTitle, schemaForVersion, type IColumnSpec, type IListSpec, type ListKey } from '../schema/schema';
import { PERMISSION, ROLES, basePermissionsOf, isFolderedList, listServerRelativeUrl, maskHas } from '../schema/security';
import { listSettings, planLists, planPermissions, planPrincipals, type Difference, type IScopeRef } from './plan';
import { readSiteState, type IFieldInfo } from './readSite';
import { describeDifference } from './describe';
import { DEFAULT_DUE_DAYS_BEFORE_MEETING } from '../../domain/board/model';

export interface IProvisionOptions {
  /** Schema version to provision (default: this code's). Older versions exist to test upgrades. */
  readonly version?: number;
  /** Also set the security table (default true). False only for tests of older shapes. */
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
  /** Differences provisioning does not change by itself (e.g. a column retyped by hand). */
  readonly warnings: readonly string[];
}

/** What the web part needs to know before it offers to provision. */
export interface IProvisioningStatus {
  readonly storedVersion: number;
  readonly codeVersion: number;
  /** Lists of the schema this user cannot see (missing, or hidden from them by permissions). */
  readonly missingLists: readonly string[];
  readonly upToDate: boolean;
}

type Row = Record<string, unknown>;

/** Provisioning stopped because a difference is still there after its step (e.g. no right to change it). */
export class ProvisioningIncompleteError extends Error {
  public readonly remaining: readonly Difference[];
  public constructor(remaining: readonly Difference[]) {
    super(`Provisioning incomplete: ${remaining.slice(0, 5).map((d) => describeDifference(d, 'en')).join('; ')}`);
    this.name = 'ProvisioningIncompleteError';
    this.remaining = remaining;
  }
}

/** What provisioning needs on the site: Manage Lists, Manage Permissions, Create Groups (Full Control has them). */
export const PROVISIONING_PERMISSIONS: readonly number[] = [PERMISSION.ManageLists, PERMISSION.ManagePermissions, PERMISSION.CreateGroups];

/** Refuses (403, nothing written) a caller who is not a site owner. */
async function demandOwner(sp: SPFI): Promise<void> {
  const mask = (await sp.web.getCurrentUserEffectivePermissions()) as unknown as { High?: unknown; Low?: unknown };
  if (!PROVISIONING_PERMISSIONS.every((k) => maskHas(mask, k))) {
    throw Object.assign(new Error('Provisioning needs a site owner (Manage Lists, Manage Permissions, Create Groups).'), { status: 403 });
  }
}

/** Reads what is on the site: lists, and the version in the config list. */
export async function getProvisioningStatus(sp: SPFI, version: number = SCHEMA_VERSION): Promise<IProvisioningStatus> {
  const lists: Row[] = await sp.web.lists.select('Title')();
  const titles = lists.map((l) => String(l.Title));
  const missingLists = schemaForVersion(version)
    .map((l) => l.title)
    .filter((t) => titles.indexOf(t) < 0);
  const storedVersion = missingLists.indexOf(listTitle('config')) >= 0 ? 0 : await readStoredVersion(sp);
  // The stored version decides: it is written only when every list and permission is in place,
  // and GitsConfig is readable by all four roles, while users see only the lists they may open
  // (a board member sees three), so missing titles say nothing for them.
  return { storedVersion, codeVersion: version, missingLists, upToDate: storedVersion >= version };
}

async function readStoredVersion(sp: SPFI): Promise<number> {
  const rows: Row[] = await sp.web.lists
    .getByTitle(listTitle('config'))
    .items.filter(`Title eq '${SCHEMA_VERSION_KEY}'`)
    .select('Id', 'ConfigValue')();
  return rows.length > 0 ? Number(rows[0].ConfigValue) || 0 : 0;
}

/** Runs writes in one $batch (up to 100 per request); every write is tried, then the first failure is thrown. */
async function inBatch(sp: SPFI, writes: ((b: SPFI) => Promise<unknown>)[]): Promise<void> {
  if (writes.length === 0) return;
  const [b, execute] = sp.batched({ maxRequests: 100 });
  const settled = writes.map((w) => w(b).then(() => undefined, (e: unknown) => e));
  await execute();
  const errors = (await Promise.all(settled)).filter((e) => e !== undefined);
  if (errors.length > 0) throw errors[0];
}

function statusOf(e: unknown): number | undefined {
  const s = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
  return typeof s === 'number' ? s : undefined;
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
  const withSecurity = options.permissions !== false;
  const planOptions = { version, approversGroup: options.approversGroup, security: withSecurity };

  // Site owners only, before any write: a team site's members hold Edit (Manage Lists) and
  // could create lists, but not the groups and permissions that make them safe.
  if (withSecurity) await demandOwner(sp);

  let state = await readSiteState(sp, specs, { security: false });
  const previousVersion = state.storedVersion;

  // 1. Lists, the missing ones in one $batch (columns, lookups included, come in step 2).
  const listIds = await createMissingLists(sp, specs, state, change);
  const settingsDiffer = new Set(planLists(state, specs).map((d) => (d.kind === 'listSetting' ? d.list : undefined)));
  for (const spec of specs.filter((s) => settingsDiffer.has(s.key))) {
    await sp.web.lists.getByTitle(spec.title).update(listSettings(spec));
    change(`list ${spec.title}: settings ${JSON.stringify(listSettings(spec))}`);
  }

  // 2. Columns.
  state = await readSiteState(sp, specs, { security: false });
  for (const spec of specs) {
    await ensureColumns(sp, spec, state.fields[spec.key] ?? [], listIds, change);
  }
  state = await readSiteState(sp, specs, { security: false });
  planLists(state, specs).forEach((d) => {
    if (d.kind === 'columnType') warnings.push(describeDifference(d, 'en'));
  });
  const listsLeft = planLists(state, specs).filter((d) => d.kind !== 'columnType' && d.kind !== 'columnNotUnique');
  if (listsLeft.length > 0) throw new ProvisioningIncompleteError(listsLeft);

  // 3. Security: roles and groups, folders, unique permissions, assignments.
  if (withSecurity) {
    await provisionSecurity(sp, specs, planOptions, change);
  }

  // 4. The board's due-date setting with its default, where a site owner finds and changes it
  //    (kept when present); then the stored schema version, last, and only when nothing is left to do.
  const configItems = sp.web.lists.getByTitle(listTitle('config')).items;
  if (version >= BOARD_SETTINGS_SINCE) {
    const setting: Row[] = await configItems.filter(`Title eq '${BOARD_DUE_DAYS_KEY}'`).select('Id')();
    if (setting.length === 0) {
      await configItems.add({ Title: BOARD_DUE_DAYS_KEY, ConfigValue: String(DEFAULT_DUE_DAYS_BEFORE_MEETING) });
      change(`config: ${BOARD_DUE_DAYS_KEY} = ${DEFAULT_DUE_DAYS_BEFORE_MEETING}`);
    }
  }
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

/** Creates the lists the site lacks in one $batch; the ids of all the schema's lists (lookup targets for step 2). */
async function createMissingLists(
  sp: SPFI,
  specs: readonly IListSpec[],
  state: Awaited<ReturnType<typeof readSiteState>>,
  change: (m: string) => void
): Promise<Partial<Record<ListKey, string>>> {
  const listIds: Partial<Record<ListKey, string>> = {};
  specs.forEach((spec) => {
    const cur = state.lists[spec.title];
    if (cur) listIds[spec.key] = cur.Id;
  });
  const missing = specs.filter((spec) => !state.lists[spec.title]);
  const created: { key: ListKey; title: string; id: string }[] = [];
  await inBatch(
    sp,
    missing.map((spec) => (b: SPFI) =>
      b.web.lists.add(spec.title, spec.description, 100, false, listSettings(spec)).then((added) => {
        created.push({ key: spec.key, title: spec.title, id: String((added as unknown as Row).Id) });
      })
    )
  );
  missing.forEach((spec) => {
    const made = created.find((c) => c.key === spec.key);
    if (!made) return;
    listIds[spec.key] = made.id;
    change(`list ${made.title}: created`);
  });
  return listIds;
}

/**
 * Adds a list's missing columns and indexes in one $batch. SharePoint Online may answer 409
 * Save Conflict for field adds batched together while creating the fields anyway
 * (pnp/pnpjs#2646): on any failure the fields are read again and what is still missing is
 * added one at a time, each checked by a re-read before giving up.
 */
async function ensureColumns(
  sp: SPFI,
  spec: IListSpec,
  existing: readonly IFieldInfo[],
  listIds: Partial<Record<ListKey, string>>,
  change: (m: string) => void
): Promise<void> {
  const have = (fields: readonly IFieldInfo[]): Record<string, IFieldInfo> => {
    const out: Record<string, IFieldInfo> = {};
    fields.forEach((f) => {
      out[f.InternalName] = f;
    });
    return out;
  };
  const current = have(existing);
  const fieldsOf = (b: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['fields'] => b.web.lists.getByTitle(spec.title).fields;
  const writes: ((b: SPFI) => Promise<unknown>)[] = [];
  const title = current.Title;
  if (title && title.Title !== spec.titleDisplayName) {
    writes.push((b) => fieldsOf(b).getByInternalNameOrTitle('Title').update({ Title: spec.titleDisplayName }, 'SP.Field'));
    change(`list ${spec.title}: Title column named ${spec.titleDisplayName}`);
  }
  const missing = spec.columns.filter((c) => !current[c.name]);
  const xml = (col: IColumnSpec): string => fieldSchemaXml(col, col.lookupList ? listIds[col.lookupList] : undefined);
  missing.forEach((col) => {
    writes.push((b) => fieldsOf(b).createFieldAsXml({ SchemaXml: xml(col), Options: 8 } as never));
    change(`list ${spec.title}: column ${col.name} (${col.type}) added`);
  });
  spec.columns.forEach((col) => {
    const f = current[col.name];
    if (!f) return;
    const update: Row = {};
    if ((col.indexed || col.unique) && !f.Indexed) update.Indexed = true;
    if (col.unique && !f.EnforceUniqueValues) update.EnforceUniqueValues = true;
    if (!col.unique && f.EnforceUniqueValues && isFolderedList(spec.key)) update.EnforceUniqueValues = false;
    if (Object.keys(update).length > 0) {
      writes.push((b) => fieldsOf(b).getByInternalNameOrTitle(col.name).update(update, 'SP.Field'));
      change(`list ${spec.title}: column ${col.name} ${Object.keys(update).join(', ')}`);
    }
  });
  try {
    await inBatch(sp, writes);
  } catch (first) {
    // Re-read and continue one write at a time with what is really left (409 Save Conflict:
    // the field was created anyway; a lost connection: some parts may have been done).
    const now = have(await sp.web.lists.getByTitle(spec.title).fields.select('InternalName', 'Title', 'Indexed', 'EnforceUniqueValues')());
    const again: ((b: SPFI) => Promise<unknown>)[] = [];
    if (now.Title && now.Title.Title !== spec.titleDisplayName) {
      again.push((b) => fieldsOf(b).getByInternalNameOrTitle('Title').update({ Title: spec.titleDisplayName }, 'SP.Field'));
    }
    for (const col of spec.columns) {
      const f = now[col.name];
      if (!f) {
        try {
          await fieldsOf(sp).createFieldAsXml({ SchemaXml: xml(col), Options: 8 } as never);
        } catch (e) {
          const check = have(await sp.web.lists.getByTitle(spec.title).fields.select('InternalName')());
          if (!check[col.name]) throw statusOf(e) === 409 ? first : e;
        }
        continue;
      }
      const update: Row = {};
      if ((col.indexed || col.unique) && !f.Indexed) update.Indexed = true;
      if (col.unique && !f.EnforceUniqueValues) update.EnforceUniqueValues = true;
      if (!col.unique && f.EnforceUniqueValues && isFolderedList(spec.key)) update.EnforceUniqueValues = false;
      if (Object.keys(update).length > 0) again.push((b) => fieldsOf(b).getByInternalNameOrTitle(col.name).update(update, 'SP.Field'));
    }
    for (const w of again) await w(sp);
  }
}

function scopeName(scope: IScopeRef): string {
  return scope.folder !== undefined ? `${scope.listTitle}/${scope.folder}` : scope.listTitle;
}

function securable(sp: SPFI, scope: IScopeRef): ReturnType<SPFI['web']['lists']['getByTitle']> | ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> {
  const list = sp.web.lists.getByTitle(scope.listTitle);
  return scope.folderId !== undefined ? list.items.getById(scope.folderId) : list;
}

/** Roles, groups, folders, unique permissions and role assignments of the security table. */
async function provisionSecurity(sp: SPFI, specs: readonly IListSpec[], planOptions: { version: number; approversGroup?: string }, change: (m: string) => void): Promise<void> {
  let state = await readSiteState(sp, specs);

  // Roles and groups.
  const principals = planPrincipals(state, planOptions);
  const missingAssociated = principals.filter((d) => d.kind === 'associatedGroupMissing');
  if (missingAssociated.length > 0) throw new ProvisioningIncompleteError(missingAssociated);
  for (const d of principals) {
    if (d.kind === 'roleMissing') {
      const spec = ROLES.find((r) => r.key === d.role);
      await sp.web.roleDefinitions.add(d.name, spec?.description ?? '', 150, basePermissionsOf(spec?.permissions ?? []) as never);
      change(`role ${d.name}: created`);
    } else if (d.kind === 'rolePermissions') {
      const spec = ROLES.find((r) => r.key === d.role);
      await sp.web.roleDefinitions.getById(d.roleId).update({ BasePermissions: basePermissionsOf(spec?.permissions ?? []) } as never);
      change(`role ${d.name}: base permissions restored`);
    } else if (d.kind === 'groupMissing') {
      const description =
        d.principal === 'approvers'
          ? 'Godkänner eller returnerar statusrapporter (GITS Statusrapport).'
          : d.principal === 'recorders'
            ? 'För ledningsrådets protokoll: behandlingar, beslut, uppdrag och mötesdatum (GITS Statusrapport).'
            : `Skriver statusrapporterna för ${d.objectKey ?? ''} (GITS Statusrapport).`;
      await sp.web.siteGroups.add({ Title: d.group, Description: description });
      change(`group ${d.group}: created`);
    }
  }
  if (principals.length > 0) state = await readSiteState(sp, specs);

  // Folders: one per object in each foldered list, created where new items of that object go.
  const folders = planPermissions(state, planOptions).filter((d): d is Extract<Difference, { kind: 'folderMissing' }> => d.kind === 'folderMissing');
  for (const d of folders) {
    const key = d.scope.folder as string;
    await sp.web.lists
      .getByTitle(d.scope.listTitle)
      .addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: key }], listServerRelativeUrl(state.webServerRelativeUrl, d.scope.list), false, '', {
        leafName: key,
        objectType: 1
      });
    change(`folder ${scopeName(d.scope)}: created`);
  }
  if (folders.length > 0) state = await readSiteState(sp, specs);

  // Unique permissions. Breaking with a copy keeps the caller's own access for the next steps
  // (SharePoint's copy-less break gives the caller Full Control, localsp's does not); what the
  // table does not name is removed below, so the end state is the same as a copy-less break.
  const inherit = planPermissions(state, planOptions).filter((d): d is Extract<Difference, { kind: 'inheritsPermissions' }> => d.kind === 'inheritsPermissions');
  await inBatch(
    sp,
    inherit.map((d) => (b: SPFI) => securable(b, d.scope).breakRoleInheritance(true, false))
  );
  inherit.forEach((d) => change(`${scopeName(d.scope)}: own permissions`));
  if (inherit.length > 0) state = await readSiteState(sp, specs);

  // Assignments: add first, then remove what the table does not name (owners keep Full Control throughout).
  const diffs = planPermissions(state, planOptions);
  const adds = diffs.filter((d): d is Extract<Difference, { kind: 'assignmentMissing' }> => d.kind === 'assignmentMissing');
  await inBatch(
    sp,
    adds.map((d) => (b: SPFI) => securable(b, d.scope).roleAssignments.add(d.principalId, d.roleId))
  );
  adds.forEach((d) => change(`${scopeName(d.scope)}: ${d.principalTitle} gets ${d.roleName}`));
  const removes = diffs.filter((d): d is Extract<Difference, { kind: 'assignmentExtra' }> => d.kind === 'assignmentExtra');
  await inBatch(
    sp,
    removes.map((d) => (b: SPFI) => securable(b, d.scope).roleAssignments.remove(d.principalId, d.roleId))
  );
  removes.forEach((d) => change(`${scopeName(d.scope)}: ${d.principalTitle} loses ${d.roleName}`));

  const after = await readSiteState(sp, specs);
  const left = [...planPrincipals(after, planOptions), ...planPermissions(after, planOptions)];
  if (left.length > 0) throw new ProvisioningIncompleteError(left);
}

/**
 * Provisions one object's share of the security table: its team group, its folder in each
 * working list and in GitsSnapshots, and their permissions. The object must already be in
 * GitsObjects. Owners only; safe to repeat (it completes what an interrupted run left).
 */
export async function provisionObjects(sp: SPFI, options: IProvisionOptions = {}): Promise<readonly string[]> {
  const version = options.version ?? SCHEMA_VERSION;
  const changes: string[] = [];
  await provisionSecurity(sp, schemaForVersion(version), { version, approversGroup: options.approversGroup }, (m) => {
    changes.push(m);
    options.log?.(m);
  });
  return changes;
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
