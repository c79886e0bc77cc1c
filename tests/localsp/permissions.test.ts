/**
 * Identity, form digests and SharePoint's permission model: site groups, role definitions,
 * role assignments per web and per list, broken inheritance.
 */
import { SPFI } from '@pnp/sp';
import { ILocalSharePoint } from '../../localsp/src';
import { digest, pnp, raw, start } from './helpers';

const ACCESS_DENIED = { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } };

describe('users, digests and permissions (lenient set-up)', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;

  beforeAll(async () => {
    sp = await start({ profile: 'lenient' });
    owner = pnp(sp, 'owner');
    await owner.web.lists.add('Snapshots', '', 100, false);
    await owner.web.lists.add('Open', '', 100, false);
  });
  afterAll(async () => {
    await sp.close();
  });

  it('answers 401 without an identity and accepts the localsp-user cookie', async () => {
    const anon = await raw(sp, undefined, 'web');
    expect(anon.status).toBe(401);
    expect(anon.json()['odata.error']).toEqual(ACCESS_DENIED);
    const viaCookie = await fetch(`${sp.siteUrl()}/_api/web/currentuser`, { headers: { Cookie: 'localsp-user=reader', Accept: 'application/json;odata=nometadata' } });
    expect(((await viaCookie.json()) as { LoginName: string }).LoginName).toBe('i:0#.f|membership|reader@example.org');
    const both = await fetch(`${sp.siteUrl()}/_api/web/currentuser`, { headers: { Cookie: 'localsp-user=reader', 'X-Local-User': 'owner', Accept: 'application/json;odata=nometadata' } });
    expect(((await both.json()) as { Email: string }).Email).toBe('owner@example.org');
  });

  it('requires a valid X-RequestDigest on every write', async () => {
    const body = JSON.stringify({ Title: 'x' });
    const none = await raw(sp, 'editor', "web/lists/getByTitle('Open')/items", { method: 'POST', body });
    expect(none.status).toBe(403);
    expect(none.json()['odata.error'].code).toBe('-2130575251, System.Runtime.InteropServices.COMException');
    expect(none.json()['odata.error'].message.value).toContain('The security validation for this page is invalid');
    const forged = await raw(sp, 'editor', "web/lists/getByTitle('Open')/items", { method: 'POST', body, headers: { 'X-RequestDigest': '0x' + 'A'.repeat(128) + ',26 Nov 2026 04:00:00 -0000' } });
    expect(forged.status).toBe(403);
    const good = await raw(sp, 'editor', "web/lists/getByTitle('Open')/items", { method: 'POST', body, digest: true });
    expect(good.status).toBe(201);
    const merge = await raw(sp, 'editor', "web/lists/getByTitle('Open')/items(1)", { method: 'POST', body, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
    expect(merge.status).toBe(403);
  });

  it('issues digests in SharePoint\'s shape with a timeout', async () => {
    const r = await raw(sp, 'reader', 'contextinfo', { method: 'POST' });
    expect(r.status).toBe(200);
    const info = r.json();
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d\d? [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/);
    expect(info.WebFullUrl).toBe(sp.siteUrl());
  });

  it('lets readers read but not write (403 Access denied.)', async () => {
    const reader = pnp(sp, 'reader');
    expect((await reader.web.lists.getByTitle('Open').items()).length).toBeGreaterThan(0);
    const write = await raw(sp, 'reader', "web/lists/getByTitle('Open')/items", { method: 'POST', body: '{"Title":"no"}', digest: true });
    expect(write.status).toBe(403);
    expect(write.json()['odata.error']).toEqual(ACCESS_DENIED);
    // the permission check comes before the body is read
    const badBody = await raw(sp, 'reader', "web/lists/getByTitle('Open')/items", { method: 'POST', body: '{"NoSuchColumn":1}', digest: true });
    expect(badBody.status).toBe(403);
    const update = await raw(sp, 'reader', "web/lists/getByTitle('Open')/items(1)", {
      method: 'POST', body: '{"Title":"no"}', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }
    });
    expect(update.status).toBe(403);
    const del = await raw(sp, 'reader', "web/lists/getByTitle('Open')/items(1)", { method: 'DELETE', digest: true, headers: { 'IF-MATCH': '*' } });
    expect(del.status).toBe(403);
  });

  it('lets only the owner manage lists, fields, groups and role assignments', async () => {
    for (const user of ['reader', 'editor', 'approver']) {
      const list = await raw(sp, user, 'web/lists', { method: 'POST', body: '{"Title":"Mine","BaseTemplate":100}', digest: true });
      expect(list.status).toBe(403);
      const field = await raw(sp, user, "web/lists/getByTitle('Open')/fields/addfield", {
        method: 'POST', body: JSON.stringify({ parameters: { Title: 'X', FieldTypeKind: 2 } }), digest: true
      });
      expect(field.status).toBe(403);
      const group = await raw(sp, user, 'web/sitegroups', { method: 'POST', body: '{"Title":"Mine"}', digest: true });
      expect(group.status).toBe(403);
      const brk = await raw(sp, user, "web/lists/getByTitle('Open')/breakroleinheritance(copyroleassignments=true,clearsubscopes=true)", { method: 'POST', digest: true });
      expect(brk.status).toBe(403);
    }
    const ok = await raw(sp, 'owner', "web/lists/getByTitle('Open')/fields/addfield", {
      method: 'POST', body: JSON.stringify({ parameters: { Title: 'X', FieldTypeKind: 2 } }), digest: true
    });
    expect(ok.status).toBe(200);
  });

  it('reports effective base permissions per role (High/Low strings)', async () => {
    const perms = async (user: string): Promise<{ High: string; Low: string }> =>
      (await raw(sp, user, "web/lists/getByTitle('Open')/EffectiveBasePermissions")).json();
    const hasBit = (p: { High: string; Low: string }, kind: number): boolean => {
      const bit = kind - 1;
      const half = bit < 32 ? Number(p.Low) : Number(p.High);
      return Math.floor(half / Math.pow(2, bit % 32)) % 2 === 1;
    };
    const reader = await perms('reader');
    const editor = await perms('editor');
    const approver = await perms('approver');
    const ownerP = await perms('owner');
    expect([hasBit(reader, 1), hasBit(reader, 2), hasBit(reader, 5)]).toEqual([true, false, false]);
    expect([hasBit(editor, 2), hasBit(editor, 3), hasBit(editor, 5), hasBit(editor, 12)]).toEqual([true, true, false, false]);
    expect([hasBit(approver, 3), hasBit(approver, 5), hasBit(approver, 12)]).toEqual([true, true, false]);
    expect(ownerP).toEqual({ High: '2147483647', Low: '4294967295' });
  });

  it('provisions a group, a custom role and a list assignment that really grant rights', async () => {
    const g = (await owner.web.siteGroups.add({ Title: 'Godkännare', Description: 'approvers' })) as unknown as { Id: number };
    const stranger = pnp(sp, 'stina');
    const denied = await raw(sp, 'stina', "web/lists/getByTitle('Snapshots')/items");
    expect(denied.status).toBe(403);
    await owner.web.siteGroups.getById(g.Id).users.add('i:0#.f|membership|stina@example.org');
    const role = await owner.web.roleDefinitions.add('Godkänn', 'approve', 100, { High: 0, Low: 1 + 2 + 4 + 8 + 16 + 32 + 4096 * 0 + 65536 + 131072 } as never);
    const roleId = (role.data as { Id: number }).Id;
    const list = owner.web.lists.getByTitle('Snapshots');
    const before = (await list.select('HasUniqueRoleAssignments')()) as unknown as { HasUniqueRoleAssignments: boolean };
    expect(before.HasUniqueRoleAssignments).toBe(false);
    const addBeforeBreak = await raw(sp, 'owner', `web/lists/getByTitle('Snapshots')/roleassignments/addroleassignment(principalid=${g.Id},roledefid=${roleId})`, { method: 'POST', digest: true });
    expect(addBeforeBreak.status).toBe(400);
    await list.breakRoleInheritance(true, false);
    expect(((await list.select('HasUniqueRoleAssignments')()) as unknown as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments).toBe(true);
    await list.roleAssignments.add(g.Id, roleId);
    const assignments = await list.roleAssignments.filter(`PrincipalId eq ${g.Id}`).expand('RoleDefinitionBindings')();
    expect(assignments.length).toBe(1);
    expect((assignments[0] as unknown as { RoleDefinitionBindings: { Id: number; Name: string }[] }).RoleDefinitionBindings.map((d) => d.Name)).toEqual(['Godkänn']);
    const selected = await list.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Name').expand('RoleDefinitionBindings')();
    const mine = selected.find((a) => (a as unknown as { PrincipalId: number }).PrincipalId === g.Id) as unknown as Record<string, unknown>;
    expect(mine).toEqual({
      'odata.type': 'SP.RoleAssignment',
      'odata.id': expect.stringContaining(`/RoleAssignments/GetByPrincipalId(${g.Id})`),
      'odata.editLink': expect.stringContaining('RoleAssignments'),
      PrincipalId: g.Id,
      RoleDefinitionBindings: [expect.objectContaining({ Name: 'Godkänn' })]
    });
    expect(Object.keys((mine.RoleDefinitionBindings as Record<string, unknown>[])[0]).filter((k) => k.indexOf('odata.') < 0)).toEqual(['Name']);
    // stina can now read and approve on Snapshots. The grant gave her group Limited Access on the
    // web, so a list that inherits from the web opens for her, with no item she may see or add.
    expect((await stranger.web.lists.getByTitle('Snapshots').items()).length).toBe(0);
    const add = await raw(sp, 'stina', "web/lists/getByTitle('Snapshots')/items", { method: 'POST', body: '{"Title":"by stina"}', digest: true });
    expect(add.status).toBe(201);
    const other = await raw(sp, 'stina', "web/lists/getByTitle('Open')/items");
    expect([other.status, other.json().value]).toEqual([200, []]);
    expect((await raw(sp, 'stina', "web/lists/getByTitle('Open')/items", { method: 'POST', body: '{"Title":"no"}', digest: true })).status).toBe(403);
    const webAssignments = await owner.web.roleAssignments.filter(`PrincipalId eq ${g.Id}`).expand('RoleDefinitionBindings')();
    expect((webAssignments[0] as unknown as { RoleDefinitionBindings: { RoleTypeKind: number }[] }).RoleDefinitionBindings.map((d) => d.RoleTypeKind)).toEqual([1]);
    // Someone with no right anywhere still finds no list at all.
    expect((await raw(sp, 'nobody', "web/lists/getByTitle('Open')/items")).status).toBe(403);
    // Removing the editor's group from the list (after breaking inheritance) takes away their access there only.
    const members = (await owner.web.siteGroups.getByName('gits Members')()) as unknown as { Id: number };
    await list.roleAssignments.remove(members.Id, 1073741827);
    expect((await raw(sp, 'editor', "web/lists/getByTitle('Snapshots')/items")).status).toBe(404);
    expect((await raw(sp, 'editor', "web/lists/getByTitle('Open')/items")).status).toBe(200);
  });

  it('lists site groups, users, role definitions and the current user', async () => {
    const groups = await owner.web.siteGroups.select('Title')();
    expect(groups.map((x) => x.Title)).toEqual(expect.arrayContaining(['gits Owners', 'gits Members', 'gits Visitors', 'Approvers']));
    const defs = await owner.web.roleDefinitions.select('Name', 'RoleTypeKind')();
    expect(defs).toEqual(expect.arrayContaining([
      expect.objectContaining({ Name: 'Full Control', RoleTypeKind: 5 }),
      expect.objectContaining({ Name: 'Contribute', RoleTypeKind: 3 }),
      expect.objectContaining({ Name: 'Read', RoleTypeKind: 2 })
    ]));
    const me = await pnp(sp, 'approver').web.currentUser.select('Title', 'Email')();
    expect(me).toMatchObject({ Title: 'Anna Approver', Email: 'approver@example.org' });
    const dup = await raw(sp, 'owner', 'web/sitegroups', { method: 'POST', body: '{"Title":"Godkännare"}', digest: true });
    expect(dup.status).toBe(400);
  });

  it('digests are bound to the site they were issued for', async () => {
    const sp2 = await start({ sites: ['gits', 'other'] });
    try {
      const d = await digest(sp2, 'owner', 'other');
      const r = await fetch(`${sp2.siteUrl('gits')}/_api/web/lists`, {
        method: 'POST',
        headers: { 'X-Local-User': 'owner', 'X-RequestDigest': d, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{"Title":"L"}'
      });
      expect(r.status).toBe(403);
    } finally {
      await sp2.close();
    }
  });
});
