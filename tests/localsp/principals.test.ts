/**
 * A new site is a SharePoint Online team site as it comes: its permission levels, its three
 * groups in the site language, the four local users, and group membership changed through
 * SharePoint's own REST endpoints (PnPjs 4 calls).
 */
import { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

interface IRoleDef { Id: number; Name: string; RoleTypeKind: number; Order: number; Hidden: boolean; BasePermissions: { High: string; Low: string } }
interface IGroup { Id: number; Title: string; OwnerTitle: string; Description: string | null; AllowMembersEditMembership: boolean }

const login = (name: string): string => `i:0#.f|membership|${name}@example.org`;

/**
 * The built-in levels of a team site as SharePoint Online answered `web/roledefinitions` in
 * pnp/pnpcore src/sdk/PnP.Core.Test/Security/MockData/RoleDefinitionTests/GetWebRoleDefinitions-0-00002.response.json
 * (id, RoleTypeKind, Order, Hidden, BasePermissions High/Low).
 */
const RECORDED_LEVELS = [
  { Id: 1073741829, RoleTypeKind: 5, Order: 1, Hidden: false, BasePermissions: { High: '2147483647', Low: '4294967295' } },
  { Id: 1073741828, RoleTypeKind: 4, Order: 32, Hidden: false, BasePermissions: { High: '432', Low: '1012866047' } },
  { Id: 1073741830, RoleTypeKind: 6, Order: 48, Hidden: false, BasePermissions: { High: '432', Low: '1011030767' } },
  { Id: 1073741827, RoleTypeKind: 3, Order: 64, Hidden: false, BasePermissions: { High: '432', Low: '1011028719' } },
  { Id: 1073741826, RoleTypeKind: 2, Order: 128, Hidden: false, BasePermissions: { High: '176', Low: '138612833' } },
  { Id: 1073741832, RoleTypeKind: 8, Order: 144, Hidden: true, BasePermissions: { High: '65584', Low: '134418433' } },
  { Id: 1073741825, RoleTypeKind: 1, Order: 160, Hidden: true, BasePermissions: { High: '48', Low: '134287360' } },
  { Id: 1073741833, RoleTypeKind: 9, Order: 176, Hidden: true, BasePermissions: { High: '560', Low: '134221824' } }
];

describe('a Swedish team site as it comes', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;

  beforeAll(async () => {
    sp = await start({ language: 1053 });
    owner = pnp(sp, 'owner');
    await owner.web.lists.add('Rapporter', '', 100, false);
  });
  afterAll(async () => {
    await sp.close();
  });

  it('has the built-in permission levels with SharePoint Online\'s ids, kinds, order and masks, named in Swedish, and no Approve level', async () => {
    const defs = (await owner.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'Order', 'Hidden', 'BasePermissions')()) as unknown as IRoleDef[];
    expect(
      defs.map(({ Id, RoleTypeKind, Order, Hidden, BasePermissions }) => ({ Id, RoleTypeKind, Order, Hidden, BasePermissions: { High: BasePermissions.High, Low: BasePermissions.Low } }))
    ).toEqual(RECORDED_LEVELS);
    expect(defs.map((d) => d.Name)).toEqual([
      'Fullständig behörighet', 'Design', 'Redigera', 'Bidra', 'Läsa', 'Begränsad visning', 'Begränsad åtkomst', 'Begränsad åtkomst endast till webbplatsen'
    ]);
    const edit = (await owner.web.roleDefinitions.getByType(6)()) as unknown as IRoleDef;
    expect([edit.Id, edit.Name]).toEqual([1073741830, 'Redigera']);
    expect(((await owner.web.roleDefinitions.getById(1073741826)()) as unknown as IRoleDef).Name).toBe('Läsa');
    expect(((await owner.web.roleDefinitions.getByName('Bidra')()) as unknown as IRoleDef).RoleTypeKind).toBe(3);
    expect(defs.some((d) => d.Name === 'Approve' || d.Name === 'Godkänn')).toBe(false);
    expect((await raw(sp, 'owner', "web/roledefinitions/getByName('Approve')")).status).toBe(404);
  });

  it('has the three groups, named as SharePoint names them in Swedish, owned by the owners group', async () => {
    const groups = (await owner.web.siteGroups.select('Id', 'Title', 'OwnerTitle', 'Description', 'AllowMembersEditMembership')()) as unknown as IGroup[];
    expect(groups.map((g) => g.Title)).toEqual(['gits ägare', 'gits besökare', 'gits medlemmar']);
    // As SharePoint Online answers web/sitegroups (pnp/pnpcore SharePointGroupTests/GetSharePointGroups-0-00002.response.json).
    expect(groups.map((g) => [g.OwnerTitle, g.Description, g.AllowMembersEditMembership])).toEqual([
      ['gits ägare', null, false],
      ['gits ägare', null, false],
      ['gits ägare', null, true]
    ]);
    const ownersGroup = (await owner.web.associatedOwnerGroup.select('Title')()) as unknown as IGroup;
    const membersGroup = (await owner.web.associatedMemberGroup.select('Title')()) as unknown as IGroup;
    const visitorsGroup = (await owner.web.associatedVisitorGroup.select('Title')()) as unknown as IGroup;
    expect([ownersGroup.Title, membersGroup.Title, visitorsGroup.Title]).toEqual(['gits ägare', 'gits medlemmar', 'gits besökare']);
  });

  it('gives Owners Full Control, Members Edit and Visitors Read on the web', async () => {
    const assignments = (await owner.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as {
      Member: { Title: string };
      RoleDefinitionBindings: { RoleTypeKind: number }[];
    }[];
    const byGroup = Object.fromEntries(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((d) => d.RoleTypeKind)]));
    expect(byGroup).toEqual({ 'gits ägare': [5], 'gits besökare': [2], 'gits medlemmar': [6] });
  });

  it('knows the four users: reader reads, editor (Edit) may also manage lists, approver has no access, owner has full control', async () => {
    const members = async (group: 'associatedOwnerGroup' | 'associatedMemberGroup' | 'associatedVisitorGroup'): Promise<string[]> =>
      ((await owner.web[group].users.select('Email')()) as unknown as { Email: string }[]).map((u) => u.Email);
    expect(await members('associatedOwnerGroup')).toEqual(['owner@example.org']);
    expect(await members('associatedMemberGroup')).toEqual(['editor@example.org']);
    expect(await members('associatedVisitorGroup')).toEqual(['reader@example.org']);
    const reader = pnp(sp, 'reader');
    expect(await reader.web.lists.getByTitle('Rapporter').items()).toEqual([]);
    expect((await raw(sp, 'reader', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', digest: true, body: '{"Title":"x"}' })).status).toBe(403);
    // Edit includes Manage Lists: a member may create a list.
    expect((await raw(sp, 'editor', 'web/lists', { method: 'POST', digest: true, body: '{"Title":"Medlemmens lista","BaseTemplate":100}' })).status).toBe(201);
    expect((await raw(sp, 'approver', 'web')).status).toBe(403);
    expect((await raw(sp, 'approver', "web/lists/getByTitle('Rapporter')/items")).status).toBe(403);
    const full = await owner.web.getUserEffectivePermissions(login('owner'));
    expect(full).toEqual(expect.objectContaining({ High: '2147483647', Low: '4294967295' }));
    const editorPerms = await owner.web.getUserEffectivePermissions(login('editor'));
    expect([PermissionKind.ManageLists, PermissionKind.ManagePermissions, PermissionKind.CreateGroups].map((k) => owner.web.hasPermissions(editorPerms, k))).toEqual([true, false, false]);
    // Another user's permissions are not for everyone to read.
    expect((await raw(sp, 'editor', `web/getUserEffectivePermissions(@user)?@user='${encodeURIComponent(login('owner'))}'`)).status).toBe(403);
  });

  it('makes any other login an authenticated user without permissions, added to the site users on first use', async () => {
    const first = await raw(sp, 'sigrid', 'web');
    expect(first.status).toBe(403);
    const users = ((await owner.web.siteUsers.select('LoginName', 'Title')()) as unknown as { LoginName: string; Title: string }[]).map((u) => u.LoginName);
    expect(users).toContain(login('sigrid'));
    const ensured = await owner.web.ensureUser(login('tove'));
    expect(ensured.LoginName).toBe(login('tove'));
    expect(((await owner.web.siteUsers.getByLoginName(login('tove'))()) as unknown as { Id: number }).Id).toBe(ensured.Id);
  });

  it('lets only owners create groups; membership changes need the group\'s owner (or members, where the group allows it)', async () => {
    const editor = pnp(sp, 'editor');
    expect((await raw(sp, 'editor', 'web/sitegroups', { method: 'POST', digest: true, body: '{"Title":"Egen grupp"}' })).status).toBe(403);
    const visitors = (await owner.web.associatedVisitorGroup.select('Id')()) as unknown as IGroup;
    const members = (await owner.web.associatedMemberGroup.select('Id')()) as unknown as IGroup;
    const addVisitor = await raw(sp, 'editor', `web/sitegroups(${visitors.Id})/users`, { method: 'POST', digest: true, body: JSON.stringify({ LoginName: login('sigrid') }) });
    expect(addVisitor.status).toBe(403);
    // The members group lets its members edit its membership, as on SharePoint Online.
    await editor.web.siteGroups.getById(members.Id).users.add(login('sigrid'));
    await editor.web.siteGroups.getById(members.Id).users.removeByLoginName(login('sigrid'));
    const g = (await owner.web.siteGroups.add({ Title: 'GITS Statusrapport godkännare' })) as unknown as IGroup;
    expect(g.OwnerTitle).toBe('Olle Owner');
    expect((await raw(sp, 'editor', `web/sitegroups(${g.Id})/users`, { method: 'POST', digest: true, body: JSON.stringify({ LoginName: login('approver') }) })).status).toBe(403);
    const added = await owner.web.siteGroups.getById(g.Id).users.add(login('approver'));
    expect(((await added.select('Email')()) as unknown as { Email: string }).Email).toBe('approver@example.org');
    const byName = (await owner.web.siteGroups.getByName('GITS Statusrapport godkännare').users.select('LoginName')()) as unknown as { LoginName: string }[];
    expect(byName.map((u) => u.LoginName)).toEqual([login('approver')]);
    // A new group shows its members only to its members and owner (OnlyAllowMembersViewMembership, true for new groups).
    expect((await raw(sp, 'editor', `web/sitegroups(${g.Id})/users`)).status).toBe(403);
    expect((await raw(sp, 'editor', `web/sitegroups(${visitors.Id})/users`)).status).toBe(200);
    const approverId = ((await owner.web.siteUsers.getByEmail('approver@example.org').select('Id')()) as unknown as { Id: number }).Id;
    const theirs = (await owner.web.siteUsers.getById(approverId).groups.select('Title')()) as unknown as IGroup[];
    expect(theirs.map((x) => x.Title)).toEqual(['GITS Statusrapport godkännare']);
    // A group with no permissions gives no access: the approver still cannot open the site.
    expect((await raw(sp, 'approver', 'web/currentuser')).status).toBe(403);
    const mine = (await editor.web.currentUser.groups.select('Title')()) as unknown as IGroup[];
    expect(mine.map((x) => x.Title)).toEqual(['gits medlemmar']);
    const expanded = (await raw(sp, 'editor', 'web/currentuser?$expand=Groups&$select=Title,Groups/Title')).json();
    expect(expanded.Groups.map((x: IGroup) => x.Title)).toEqual(['gits medlemmar']);
    await owner.web.siteGroups.getById(g.Id).users.removeById(approverId);
    expect(await owner.web.siteGroups.getById(g.Id).users()).toEqual([]);
    expect((await raw(sp, 'editor', `web/sitegroups/removeById(${g.Id})`, { method: 'POST', digest: true })).status).toBe(403);
  });

  it('lets a user who is only in an approvers group read the one list the group was given, and nothing else', async () => {
    const g = (await owner.web.siteGroups.add({ Title: 'Endast godkännare' })) as unknown as IGroup;
    await owner.web.siteGroups.getById(g.Id).users.add(login('approver'));
    await owner.web.lists.add('Ögonblicksbilder', '', 100, false);
    const list = owner.web.lists.getByTitle('Ögonblicksbilder');
    await list.items.add({ Title: 'godkänd' });
    await list.breakRoleInheritance(false, true);
    // Breaking without copying leaves the caller with Full Control (pnp/PnP-Sites-Core#1584).
    const direct = (await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as { Member: { Title: string }; RoleDefinitionBindings: { RoleTypeKind: number }[] }[];
    expect(direct.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((d) => d.RoleTypeKind)])).toEqual([['Olle Owner', [5]]]);
    const read = (await owner.web.roleDefinitions.getByType(2).select('Id')()) as unknown as IRoleDef;
    await list.roleAssignments.add(g.Id, read.Id);
    const approver = pnp(sp, 'approver');
    expect(((await approver.web.lists.getByTitle('Ögonblicksbilder').items.select('Title')()) as unknown as { Title: string }[]).map((i) => i.Title)).toEqual(['godkänd']);
    // The editor (Members) has no assignment on the list any more: it does not exist for them.
    expect((await raw(sp, 'editor', `web/lists/getByTitle('${encodeURIComponent('Ögonblicksbilder')}')`)).status).toBe(404);
    const perms = await list.getUserEffectivePermissions(login('approver'));
    expect([PermissionKind.ViewListItems, PermissionKind.EditListItems].map((k) => list.hasPermissions(perms, k))).toEqual([true, false]);
  });
});

describe('site language and set-ups', () => {
  it('names groups and levels in English on an en-US site', async () => {
    const sp = await start({ language: 1033 });
    try {
      const owner = pnp(sp, 'owner');
      const groups = (await owner.web.siteGroups.select('Title')()) as unknown as IGroup[];
      expect(groups.map((g) => g.Title)).toEqual(['gits Owners', 'gits Visitors', 'gits Members']);
      const defs = (await owner.web.roleDefinitions.select('Name')()) as unknown as IRoleDef[];
      expect(defs.map((d) => d.Name).slice(0, 5)).toEqual(['Full Control', 'Design', 'Edit', 'Contribute', 'Read']);
    } finally {
      await sp.close();
    }
  });

  it('adds the Approve level and the publishing groups on a publishing site, still without a member for them', async () => {
    const sp = await start({ publishing: true, language: 1053 });
    try {
      const owner = pnp(sp, 'owner');
      const approve = (await owner.web.roleDefinitions.getByName('Godkänn').select('RoleTypeKind', 'BasePermissions')()) as unknown as IRoleDef;
      expect(approve.RoleTypeKind).toBe(0);
      expect(owner.web.hasPermissions({ High: Number(approve.BasePermissions.High), Low: Number(approve.BasePermissions.Low) }, PermissionKind.ApproveItems)).toBe(true);
      const approvers = owner.web.siteGroups.getByName('Godkännare');
      expect(await approvers.users()).toEqual([]);
      expect((await raw(sp, 'approver', 'web')).status).toBe(403);
    } finally {
      await sp.close();
    }
  });

  it('keeps the lenient set-up on request: Members Contribute and approver in a web-level Approvers group', async () => {
    const sp = await start({ profile: 'lenient' });
    try {
      const owner = pnp(sp, 'owner');
      const assignments = (await owner.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as {
        Member: { Title: string };
        RoleDefinitionBindings: { Name: string }[];
      }[];
      expect(Object.fromEntries(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((d) => d.Name)]))).toEqual({
        'gits Owners': ['Full Control'],
        'gits Visitors': ['Read'],
        'gits Members': ['Contribute'],
        Approvers: ['Approve']
      });
      const users = (await owner.web.siteGroups.getByName('Approvers').users.select('Email')()) as unknown as { Email: string }[];
      expect(users.map((u) => u.Email)).toEqual(['approver@example.org']);
    } finally {
      await sp.close();
    }
  });
});
