/**
 * The product's four roles on a provisioned site (local SharePoint: npm start, tests,
 * benchmarks), set up as a site owner would: objects
 * created by the owner (their team groups and folders come with them), `approver` added to
 * the approvers group and `editor` to team SHVO through SharePoint's group-membership REST
 * endpoints (`web/ensureuser`, `web/sitegroups(id)/users`).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { provisionObjects } from '../../src/data/provisioning/provision';
import { listTitle } from '../../src/data/schema/schema';
import { APPROVERS_GROUP, RECORDERS_GROUP, teamGroupName } from '../../src/data/schema/security';

type Row = Record<string, unknown>;

export interface IRoleUsers {
  /** Object key → team members (local user names). */
  readonly teams?: Record<string, readonly string[]>;
  readonly approvers?: readonly string[];
  /** The board's recorders (protokollförare) who are not approvers. */
  readonly recorders?: readonly string[];
  /** Plain site members (Members group only). */
  readonly members?: readonly string[];
}

/** Adds a user to a site group as an owner does: ensure the user, then POST sitegroups(id)/users. */
export async function addToGroup(owner: SPFI, groupId: number, user: string): Promise<void> {
  const ensured = (await owner.web.ensureUser(user)) as unknown as Row;
  const login = String((ensured.data as Row | undefined)?.LoginName ?? ensured.LoginName);
  await owner.web.siteGroups.getById(groupId).users.add(login);
}

async function groupId(owner: SPFI, title: string): Promise<number> {
  const rows: Row[] = await owner.web.siteGroups.filter(`Title eq '${title.replace(/'/g, "''")}'`).select('Id')();
  if (rows.length === 0) throw new Error(`no group ${title}`);
  return Number(rows[0].Id);
}

/** Creates objects (row in GitsObjects + their team group, folders and folder permissions), owner only. */
export async function createObjects(owner: SPFI, objects: readonly { key: string; title: string }[]): Promise<void> {
  const items = owner.web.lists.getByTitle(listTitle('objects')).items;
  for (const o of objects) {
    const existing: Row[] = await items.filter(`ObjectKey eq '${o.key}'`).select('Id')();
    if (existing.length === 0) await items.add({ Title: o.title, ObjectKey: o.key });
  }
  await provisionObjects(owner);
}

/** Puts users into the product's groups (and plain members into the site's Members group). */
export async function grantRoles(owner: SPFI, users: IRoleUsers): Promise<void> {
  for (const key of Object.keys(users.teams ?? {})) {
    const id = await groupId(owner, teamGroupName(key));
    for (const u of (users.teams ?? {})[key]) await addToGroup(owner, id, u);
  }
  if (users.approvers && users.approvers.length > 0) {
    const id = await groupId(owner, APPROVERS_GROUP);
    for (const u of users.approvers) await addToGroup(owner, id, u);
  }
  if (users.recorders && users.recorders.length > 0) {
    const id = await groupId(owner, RECORDERS_GROUP);
    for (const u of users.recorders) await addToGroup(owner, id, u);
  }
  if (users.members && users.members.length > 0) {
    const members = (await owner.web.associatedMemberGroup.select('Id')()) as unknown as Row;
    for (const u of users.members) await addToGroup(owner, Number(members.Id), u);
  }
}

/** The seed's object and the users' meaning: editor in team SHVO, approver an approver. */
export const SHVO = { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst' };

/** Objects created by the owner (SHVO first), `editor` in each one's team, `approver` an approver. */
export async function setUpProductRoles(owner: SPFI, objectKeys: readonly string[] = [SHVO.key]): Promise<void> {
  await createObjects(
    owner,
    objectKeys.map((key) => (key === SHVO.key ? SHVO : { key, title: key }))
  );
  const teams: Record<string, readonly string[]> = {};
  objectKeys.forEach((key) => {
    teams[key] = ['editor'];
  });
  await grantRoles(owner, { teams, approvers: ['approver'] });
}
