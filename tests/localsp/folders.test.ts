/**
 * Folders in lists and permissions on folders and items, over HTTP with the PnPjs 4 calls a
 * provisioning run makes: folders created as list items with AddValidateUpdateItemUsingPath,
 * items created in them, unique permissions on a folder inherited by what is in it, reads
 * security-trimmed per item, writes checked against the item's (or target folder's) scope.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import { PermissionKind } from '@pnp/sp/security';
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

const ROOT = '/sites/gits/Lists/GitsReports';
const login = (name: string): string => `i:0#.f|membership|${name}@example.org`;

interface IFormValue { FieldName: string; FieldValue: string; HasException: boolean; ErrorCode: number; ItemId: number }
interface IRow { Id: number; Title: string; FileLeafRef: string; FileDirRef: string; FileRef: string; FSObjType: string; FileSystemObjectType: number; ContentTypeId: string }

async function addFolder(sp: SPFI, key: string): Promise<number> {
  const r = (await sp.web.lists.getByTitle('GitsReports').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: key }], ROOT, false, '', {
    leafName: key,
    objectType: 1
  })) as unknown as IFormValue[];
  return Number((r.find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
}

async function addIn(sp: SPFI, key: string, title: string): Promise<IFormValue[]> {
  return (await sp.web.lists.getByTitle('GitsReports').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: title }], `${ROOT}/${key}`)) as unknown as IFormValue[];
}

describe('folders and item-level permissions', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;
  let shvo: number;
  let team: number;

  beforeAll(async () => {
    sp = await start();
    owner = pnp(sp, 'owner');
    await owner.web.lists.add('GitsReports', '', 100, false);
    await owner.web.lists.getByTitle('GitsReports').items.add({ Title: 'vid roten' });
  });
  afterAll(async () => {
    await sp.close();
  });

  it('creates a folder as a list item and answers the per-field result array with the new id', async () => {
    const r = (await owner.web.lists.getByTitle('GitsReports').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'SHVO' }], ROOT, false, '', {
      leafName: 'SHVO',
      objectType: 1
    })) as unknown as IFormValue[];
    // As SharePoint Online answered a folder added this way (pnp/pnpcore
    // src/sdk/PnP.Core.Test/SharePoint/MockData/ListItemTests/AddListFolder2Test-0-00005.response.json).
    expect(r.map(({ FieldName, FieldValue, HasException, ErrorCode, ItemId }) => ({ FieldName, FieldValue, HasException, ErrorCode, ItemId }))).toEqual([
      { FieldName: 'Title', FieldValue: 'SHVO', HasException: false, ErrorCode: 0, ItemId: 0 },
      { FieldName: 'Id', FieldValue: '2', HasException: false, ErrorCode: 0, ItemId: 0 }
    ]);
    shvo = 2;
    const folder = (await owner.web.lists.getByTitle('GitsReports').items.getById(shvo).select('Id', 'Title', 'FileLeafRef', 'FileDirRef', 'FileRef', 'FSObjType', 'FileSystemObjectType', 'ContentTypeId')()) as unknown as IRow;
    expect(folder).toMatchObject({ Title: 'SHVO', FileLeafRef: 'SHVO', FileDirRef: ROOT, FileRef: `${ROOT}/SHVO`, FSObjType: '1', FileSystemObjectType: 1 });
    expect(folder.ContentTypeId).toMatch(/^0x0120/);
    const again = await raw(sp, 'owner', "web/lists/getByTitle('GitsReports')/AddValidateUpdateItemUsingPath()", {
      method: 'POST', digest: true,
      body: JSON.stringify({ listItemCreateInfo: { FolderPath: { DecodedUrl: ROOT }, LeafName: { DecodedUrl: 'SHVO' }, UnderlyingObjectType: 1 }, formValues: [{ FieldName: 'Title', FieldValue: 'SHVO' }], bNewDocumentUpdate: false })
    });
    expect(again.status).toBe(500);
    expect(again.json()['odata.error'].code).toBe('-2130575257, Microsoft.SharePoint.SPException');
  });

  it('creates items in a folder, and gives every item its place (FileRef, FileDirRef, FileLeafRef)', async () => {
    const r = await addIn(owner, 'SHVO', 'Rapport 2025 Q4');
    const id = Number((r.find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    const item = (await owner.web.lists.getByTitle('GitsReports').items.getById(id).select('Title', 'FileLeafRef', 'FileDirRef', 'FileRef', 'FSObjType', 'FileSystemObjectType')()) as unknown as IRow;
    expect(item).toMatchObject({ Title: 'Rapport 2025 Q4', FileLeafRef: `${id}_.000`, FileDirRef: `${ROOT}/SHVO`, FileRef: `${ROOT}/SHVO/${id}_.000`, FSObjType: '0', FileSystemObjectType: 0 });
    const atRoot = (await owner.web.lists.getByTitle('GitsReports').items.getById(1).select('FileDirRef', 'FileRef')()) as unknown as IRow;
    expect(atRoot).toMatchObject({ FileDirRef: ROOT, FileRef: `${ROOT}/1_.000` });
    // Folder paths are not returned unless selected, as SharePoint's default item JSON has none.
    const plain = (await owner.web.lists.getByTitle('GitsReports').items.getById(id)()) as unknown as Record<string, unknown>;
    expect(Object.keys(plain).filter((k) => /^File(Leaf|Dir)?Ref$|^FSObjType$/.test(k))).toEqual([]);
    const missing = await raw(sp, 'owner', "web/lists/getByTitle('GitsReports')/AddValidateUpdateItemUsingPath()", {
      method: 'POST', digest: true, body: JSON.stringify({ listItemCreateInfo: { FolderPath: { DecodedUrl: `${ROOT}/FINNSINTE` } }, formValues: [{ FieldName: 'Title', FieldValue: 'x' }] })
    });
    expect(missing.status).toBe(404);
  });

  it('returns the items of every folder, and the folders themselves, from the items endpoint; filters on FileDirRef and FSObjType', async () => {
    // REST items are always recursive ("recursive all is always turned on for OData", pnp/pnpjs#1077).
    const all = (await owner.web.lists.getByTitle('GitsReports').items.select('Id', 'FileSystemObjectType')()) as unknown as IRow[];
    expect(all.map((i) => [i.Id, i.FileSystemObjectType])).toEqual([[1, 0], [2, 1], [3, 0]]);
    const inShvo = (await owner.web.lists.getByTitle('GitsReports').items.filter(`FileDirRef eq '${ROOT}/SHVO'`).select('Id')()) as unknown as IRow[];
    expect(inShvo.map((i) => i.Id)).toEqual([3]);
    const folders = (await owner.web.lists.getByTitle('GitsReports').items.filter('FSObjType eq 1').select('Id', 'FileLeafRef', 'HasUniqueRoleAssignments')()) as unknown as (IRow & { HasUniqueRoleAssignments: boolean })[];
    expect(folders.map((f) => [f.Id, f.FileLeafRef, f.HasUniqueRoleAssignments])).toEqual([[2, 'SHVO', false]]);
  });

  it('breaks inheritance on a folder: the team group gets rights there only, inherited by what is in it', async () => {
    const g = (await owner.web.siteGroups.add({ Title: 'GITS Statusrapport redaktörer SHVO' })) as unknown as { Id: number };
    team = g.Id;
    await owner.web.siteGroups.getById(team).users.add(login('tea'));
    const list = owner.web.lists.getByTitle('GitsReports');
    await list.breakRoleInheritance(false, true);
    const members = (await owner.web.associatedMemberGroup.select('Id')()) as unknown as { Id: number };
    expect((await raw(sp, 'editor', "web/lists/getByTitle('GitsReports')")).status).toBe(404);
    const folder = list.items.getById(shvo);
    await folder.breakRoleInheritance(false, true);
    const contribute = (await owner.web.roleDefinitions.getByType(3).select('Id')()) as unknown as { Id: number };
    await folder.roleAssignments.add(team, contribute.Id);
    expect(((await folder.select('HasUniqueRoleAssignments')()) as unknown as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments).toBe(true);
    const onFolder = (await folder.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as { PrincipalId: number; RoleDefinitionBindings: { RoleTypeKind: number }[] }[];
    expect(onFolder.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((d) => d.RoleTypeKind)])).toEqual(
      expect.arrayContaining([[team, [3]]])
    );
    // The grant gives the group Limited Access on the list and the web, so its members can open the list.
    const onList = (await list.roleAssignments.filter(`PrincipalId eq ${team}`).expand('RoleDefinitionBindings')()) as unknown as { RoleDefinitionBindings: { RoleTypeKind: number }[] }[];
    expect(onList[0].RoleDefinitionBindings.map((d) => d.RoleTypeKind)).toEqual([1]);
    const tea = pnp(sp, 'tea');
    const seen = (await tea.web.lists.getByTitle('GitsReports').items.select('Id', 'Title')()) as unknown as IRow[];
    expect(seen.map((i) => i.Id)).toEqual([2, 3]);
    expect((await raw(sp, 'tea', "web/lists/getByTitle('GitsReports')/items(1)")).json()['odata.error'].code).toBe('-2130575338, System.ArgumentException');
    // Writes check the item's scope; adding checks the folder's.
    await tea.web.lists.getByTitle('GitsReports').items.getById(3).update({ Title: 'Rapport 2025 Q4 (ändrad)' });
    const inFolder = await addIn(tea, 'SHVO', 'Ny rapport');
    expect(inFolder.every((v) => !v.HasException)).toBe(true);
    const atRoot = await raw(sp, 'tea', "web/lists/getByTitle('GitsReports')/items", { method: 'POST', digest: true, body: '{"Title":"vid roten"}' });
    expect(atRoot.status).toBe(403);
    const rootUpdate = await raw(sp, 'tea', "web/lists/getByTitle('GitsReports')/items(1)", { method: 'POST', digest: true, body: '{"Title":"x"}', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
    expect(rootUpdate.status).toBe(404);
    const perms = await owner.web.lists.getByTitle('GitsReports').items.getById(3).getUserEffectivePermissions(login('tea'));
    expect([PermissionKind.ViewListItems, PermissionKind.EditListItems, PermissionKind.ManageLists].map((k) => owner.web.hasPermissions(perms, k))).toEqual([true, true, false]);
    const own = (await raw(sp, 'tea', "web/lists/getByTitle('GitsReports')/items(3)/EffectiveBasePermissions")).json();
    expect(owner.web.hasPermissions({ High: Number(own.High), Low: Number(own.Low) }, PermissionKind.DeleteListItems)).toBe(true);
    // Selected on items, EffectiveBasePermissions are the caller's on each item's scope (here: tea's on the SHVO folder).
    const folders = (await tea.web.lists.getByTitle('GitsReports').items.filter('FSObjType eq 1').select('Id', 'EffectiveBasePermissions')()) as unknown as {
      Id: number;
      EffectiveBasePermissions: { High: string; Low: string };
    }[];
    expect(folders.map((f) => [f.Id, owner.web.hasPermissions({ High: Number(f.EffectiveBasePermissions.High), Low: Number(f.EffectiveBasePermissions.Low) }, PermissionKind.AddListItems)])).toEqual([[shvo, true]]);
    const single = (await raw(sp, 'tea', `web/lists/getByTitle('GitsReports')/items(${shvo})?$select=EffectiveBasePermissions`)).json();
    expect(single.EffectiveBasePermissions).toEqual(expect.objectContaining({ High: own.High, Low: own.Low }));
    const rootPerms = (await raw(sp, 'owner', "web/lists/getByTitle('GitsReports')/items(1)?$select=EffectiveBasePermissions")).json();
    expect(rootPerms.EffectiveBasePermissions).toEqual(expect.objectContaining({ High: '2147483647', Low: '4294967295' }));
    void members;
  });

  it('copies the parent scope when asked, and re-inherits on reset', async () => {
    const hmf = await addFolder(owner, 'HMF');
    const item = Number(((await addIn(owner, 'HMF', 'HMF-rapport')).find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    const folder = owner.web.lists.getByTitle('GitsReports').items.getById(hmf);
    await folder.breakRoleInheritance(true, false);
    const listAssignments = (await owner.web.lists.getByTitle('GitsReports').roleAssignments.select('PrincipalId')()) as unknown as { PrincipalId: number }[];
    const folderAssignments = (await folder.roleAssignments.select('PrincipalId')()) as unknown as { PrincipalId: number }[];
    expect(folderAssignments.map((a) => a.PrincipalId).sort()).toEqual(listAssignments.map((a) => a.PrincipalId).sort());
    // tea's group has only Limited Access on the list: copied, it still lets them see nothing in HMF.
    expect((await raw(sp, 'tea', `web/lists/getByTitle('GitsReports')/items(${item})`)).status).toBe(404);
    const itemRef = owner.web.lists.getByTitle('GitsReports').items.getById(item);
    await itemRef.breakRoleInheritance(false, false);
    const read = (await owner.web.roleDefinitions.getByType(2).select('Id')()) as unknown as { Id: number };
    await itemRef.roleAssignments.add(team, read.Id);
    expect(((await pnp(sp, 'tea').web.lists.getByTitle('GitsReports').items.getById(item).select('Title')()) as unknown as IRow).Title).toBe('HMF-rapport');
    expect(sp.uniqueScopes('GitsReports')).toBe(3);
    await itemRef.resetRoleInheritance();
    expect((await raw(sp, 'tea', `web/lists/getByTitle('GitsReports')/items(${item})`)).status).toBe(404);
    await folder.resetRoleInheritance();
    expect(sp.uniqueScopes('GitsReports')).toBe(1);
    const scopes = await fetch(`${sp.url}/_localsp/scopes?list=GitsReports`);
    expect(await scopes.json()).toEqual({ list: 'GitsReports', uniqueScopes: 1 });
    const inherits = await raw(sp, 'owner', `web/lists/getByTitle('GitsReports')/items(${hmf})/roleassignments/addroleassignment(principalid=${team},roledefid=${read.Id})`, { method: 'POST', digest: true });
    expect(inherits.status).toBe(400);
  });

  it('keeps draft item security inside folder scopes: the board sees approved versions only', async () => {
    await owner.web.lists.add('GitsSnapshots', '', 100, false, { EnableModeration: true, DraftVersionVisibility: 2 });
    const snapRoot = '/sites/gits/Lists/GitsSnapshots';
    const snaps = owner.web.lists.getByTitle('GitsSnapshots');
    const r = (await snaps.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'SHVO' }], snapRoot, false, '', { leafName: 'SHVO', objectType: 1 })) as unknown as IFormValue[];
    const folderId = Number((r.find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    await snaps.items.getById(folderId).breakRoleInheritance(true, false);
    const contribute = (await owner.web.roleDefinitions.getByType(3).select('Id')()) as unknown as { Id: number };
    await snaps.items.getById(folderId).roleAssignments.add(team, contribute.Id);
    const tea = pnp(sp, 'tea');
    const added = (await tea.web.lists.getByTitle('GitsSnapshots').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'ögonblick' }], `${snapRoot}/SHVO`)) as unknown as IFormValue[];
    const snapId = Number((added.find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    const reader = pnp(sp, 'reader');
    // The folder is there for the board (created approved); the pending snapshot is not.
    const boardSees = (await reader.web.lists.getByTitle('GitsSnapshots').items.select('Id')()) as unknown as IRow[];
    expect(boardSees.map((i) => i.Id)).toEqual([folderId]);
    expect(((await tea.web.lists.getByTitle('GitsSnapshots').items.select('Id')()) as unknown as IRow[]).map((i) => i.Id)).toEqual([folderId, snapId]);
    await owner.web.lists.getByTitle('GitsSnapshots').items.getById(snapId).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
    expect(((await reader.web.lists.getByTitle('GitsSnapshots').items.select('Id')()) as unknown as IRow[]).map((i) => i.Id)).toEqual([folderId, snapId]);
  });

  it('creates folders through rootFolder.folders.addUsingPath and reads them back as folders', async () => {
    const f = (await owner.web.lists.getByTitle('GitsReports').rootFolder.folders.addUsingPath('SU')) as unknown as { data?: { Name: string; ServerRelativeUrl: string } };
    void f;
    const folders = (await owner.web.lists.getByTitle('GitsReports').rootFolder.folders.select('Name', 'ServerRelativeUrl')()) as unknown as { Name: string; ServerRelativeUrl: string }[];
    expect(folders.map((x) => x.Name)).toEqual(['SHVO', 'HMF', 'SU']);
    const item = (await owner.web.getFolderByServerRelativePath(`${ROOT}/SU`).listItemAllFields.select('Id', 'FileLeafRef', 'FSObjType')()) as unknown as IRow;
    expect([item.FileLeafRef, item.FSObjType]).toEqual(['SU', '1']);
  });

  it('renames a folder through its FileLeafRef and moves what is in it; an item is not moved by writing its place', async () => {
    // A folder is renamed by updating FileLeafRef of its list item, and its items then answer
    // under the new path (learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest:
    // "update the folder's ListItemAllFields ... FileLeafRef"; FileDirRef and FileRef are read-only).
    const id = await addFolder(owner, 'GAMMAL');
    const inside = Number(((await addIn(owner, 'GAMMAL', 'flyttas med')).find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    const sub = (await owner.web.lists.getByTitle('GitsReports').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'under' }], `${ROOT}/GAMMAL`, false, '', {
      leafName: 'UNDER',
      objectType: 1
    })) as unknown as IFormValue[];
    void sub;
    const deeper = Number(((await addIn(owner, 'GAMMAL/UNDER', 'längre ner')).find((v) => v.FieldName === 'Id') as IFormValue).FieldValue);
    const taken = await raw(sp, 'owner', `web/lists/getByTitle('GitsReports')/items(${id})/ValidateUpdateListItem()`, {
      method: 'POST', digest: true, body: JSON.stringify({ formValues: [{ FieldName: 'FileLeafRef', FieldValue: 'SHVO' }], bNewDocumentUpdate: false })
    });
    expect(taken.status).toBe(500);
    expect(taken.json()['odata.error'].code).toBe('-2130575257, Microsoft.SharePoint.SPException');
    await owner.web.lists.getByTitle('GitsReports').items.getById(id).validateUpdateListItem([{ FieldName: 'FileLeafRef', FieldValue: 'NY' }]);
    const rows = (await owner.web.lists.getByTitle('GitsReports').items.filter(`Id ge ${id}`).select('Id', 'FileDirRef', 'FileRef')()) as unknown as IRow[];
    expect(rows.map((r) => [r.Id, r.FileRef])).toEqual([
      [id, `${ROOT}/NY`],
      [inside, `${ROOT}/NY/${inside}_.000`],
      [inside + 1, `${ROOT}/NY/UNDER`],
      [deeper, `${ROOT}/NY/UNDER/${deeper}_.000`]
    ]);
    expect((await addIn(owner, 'NY', 'i nya mappen')).some((v) => v.HasException)).toBe(false);
    const old = await raw(sp, 'owner', "web/lists/getByTitle('GitsReports')/AddValidateUpdateItemUsingPath()", {
      method: 'POST', digest: true, body: JSON.stringify({ listItemCreateInfo: { FolderPath: { DecodedUrl: `${ROOT}/GAMMAL` } }, formValues: [{ FieldName: 'Title', FieldValue: 'x' }] })
    });
    expect(old.status).toBe(404);
    await owner.web.lists.getByTitle('GitsReports').items.getById(inside).update({ FileDirRef: `${ROOT}/SHVO`, FileLeafRef: 'x' });
    const still = (await owner.web.lists.getByTitle('GitsReports').items.getById(inside).select('FileRef')()) as unknown as IRow;
    expect(still.FileRef).toBe(`${ROOT}/NY/${inside}_.000`);
  });

  it('deletes a folder with what is in it', async () => {
    const id = await addFolder(owner, 'BORT');
    await addIn(owner, 'BORT', 'försvinner');
    const before = (await owner.web.lists.getByTitle('GitsReports').select('ItemCount')()) as unknown as { ItemCount: number };
    await owner.web.lists.getByTitle('GitsReports').items.getById(id).delete();
    const after = (await owner.web.lists.getByTitle('GitsReports').select('ItemCount')()) as unknown as { ItemCount: number };
    expect(before.ItemCount - after.ItemCount).toBe(2);
    const left = (await owner.web.lists.getByTitle('GitsReports').items.filter(`FileDirRef eq '${ROOT}/BORT'`)()) as unknown as IRow[];
    expect(left).toEqual([]);
  });
});

describe('unique values and item-level permissions', () => {
  // SharePoint 2010 SDK, "Enforcing Uniqueness in Column Values": a list cannot have both a column
  // enforcing unique values and items (folders included) with unique permissions.
  it('refuses to break inheritance on a folder while a column enforces unique values, and the reverse', async () => {
    const sp = await start();
    try {
      const owner = pnp(sp, 'owner');
      await owner.web.lists.add('GitsReports', '', 100, false);
      const list = owner.web.lists.getByTitle('GitsReports');
      await list.fields.createFieldAsXml('<Field Type="Text" Name="RowKey" DisplayName="RowKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
      const folder = await addFolder(owner, 'SHVO');
      const refused = await raw(sp, 'owner', `web/lists/getByTitle('GitsReports')/items(${folder})/breakroleinheritance(copyroleassignments=true,clearsubscopes=true)`, { method: 'POST', digest: true });
      expect([refused.status, refused.json()['odata.error'].code]).toEqual([400, '-2146232832, Microsoft.SharePoint.SPException']);
      await list.fields.getByInternalNameOrTitle('RowKey').update({ EnforceUniqueValues: false });
      await list.items.getById(folder).breakRoleInheritance(true, false);
      const back = await raw(sp, 'owner', "web/lists/getByTitle('GitsReports')/fields/getByInternalNameOrTitle('RowKey')", {
        method: 'POST', digest: true, body: '{"EnforceUniqueValues":true}', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }
      });
      expect([back.status, back.json()['odata.error'].code]).toEqual([400, '-2146232832, Microsoft.SharePoint.SPException']);
      const indexed = (await list.fields.getByInternalNameOrTitle('RowKey').select('Indexed', 'EnforceUniqueValues')()) as unknown as { Indexed: boolean; EnforceUniqueValues: boolean };
      expect(indexed).toMatchObject({ Indexed: true, EnforceUniqueValues: false });
    } finally {
      await sp.close();
    }
  });
});

describe('folder scopes in a database file', () => {
  it('are the same after a restart', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'localsp-scopes-')), 'gits.db');
    let sp = await start({ dbFile });
    const owner = (): SPFI => pnp(sp, 'owner');
    await owner().web.lists.add('GitsReports', '', 100, false);
    const folder = await addFolder(owner(), 'SHVO');
    await addIn(owner(), 'SHVO', 'hemlig');
    await owner().web.lists.getByTitle('GitsReports').items.add({ Title: 'öppen' });
    await owner().web.lists.getByTitle('GitsReports').items.getById(folder).breakRoleInheritance(false, true);
    const seenBy = async (user: string): Promise<string[]> =>
      ((await pnp(sp, user).web.lists.getByTitle('GitsReports').items.select('Title')()) as unknown as IRow[]).map((i) => i.Title);
    expect(await seenBy('reader')).toEqual(['öppen']);
    await sp.close();
    sp = await start({ dbFile });
    try {
      expect(await seenBy('reader')).toEqual(['öppen']);
      expect(await seenBy('owner')).toEqual(['SHVO', 'hemlig', 'öppen']);
      expect(sp.uniqueScopes('GitsReports')).toBe(1);
    } finally {
      await sp.close();
    }
  });
});
