/**
 * Every cell of the security table (docs/security.md), tried over real HTTP with PnPjs as each
 * role: read, add, edit and delete on each list, with SharePoint's answer asserted.
 *
 * SharePoint's answers relied on: an item the user may not see answers 404 -2130575338 "Item
 * does not exist" (pnp/pnpcore src/sdk/PnP.Core.Test/Base/MockData/BatchClientTests/
 * HandleBatchErrorsForLargeBatch-0-00008.response.json); a list the user may not open is
 * security-trimmed and answers 404 like a missing list; an item the user sees but may not change
 * answers 403 -2147024891 System.UnauthorizedAccessException; MERGE answers 204 and DELETE 200
 * (pnp/pnpcore Base/MockData/UpdateTests/UpdatePropertyViaBatchRest-0-00003.response.json).
 * Content approval with DraftVersionVisibility 2 hides pending items from everyone but
 * approvers and the author (learn.microsoft.com, SP.DraftVisibilityType: 2 = Approver).
 * Changing a list (its settings, fields, permissions, deleting or recycling it) needs Manage
 * Lists or Manage Permissions on the list ("User permissions and permission levels in
 * SharePoint Server", learn.microsoft.com); a team site's members hold Edit, with Manage Lists,
 * on the site only, and provisioning gives them nothing on the product's lists. Adding users to
 * a group needs the group's owner, Manage Permissions or a group that lets members edit its
 * membership (pnp/pnpcore Security/MockData/SharePointGroupTests/GetSharePointGroups-0-00002).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { provisionSite } from '../../src/data/provisioning/provision';
import { listTitle, schemaForVersion, SCHEMA_VERSION, type ListKey } from '../../src/data/schema/schema';
import { isFolderedList, objectFolderPath } from '../../src/data/schema/security';
import { createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import { createObjects, grantRoles } from './support/roles';
import { startTestSite, type ITestSite } from './support/server';

type Row = Record<string, unknown>;
type Who = 'owner' | 'reader' | 'editor' | 'eko' | 'approver' | 'protokoll' | 'medlem';

const ALL_LISTS: ListKey[] = schemaForVersion(SCHEMA_VERSION).map((l) => l.key);
const WORKING: ListKey[] = ['reports', 'events', 'kpiDefinitions', 'kpiValues', 'meetings', 'problems', 'activities', 'staffing', 'communication'];
const BOARD: ListKey[] = ['boardMeetings', 'boardHandlings', 'boardAssignments', 'boardLog'];

/**
 * What each user may do with a row of object SHVO, written out independently of the code's
 * table: R read, A add, E edit, D delete.
 *  owner: site owner; reader: board (Visitors); editor: team SHVO (and a site member);
 *  eko: team EKO only; approver: approvers group only; protokoll: the board's recorders group only;
 *  medlem: a plain site member (Edit on the site).
 */
function expected(who: Who, list: ListKey): string {
  if (who === 'owner') return 'RAED';
  if (who === 'medlem') return '';
  if (list === 'objects' || list === 'config') return 'R';
  if (BOARD.indexOf(list) >= 0) {
    // The board and the teams read the board's records; recorders and approvers keep them.
    if (who === 'reader' || who === 'editor' || who === 'eko') return 'R';
    if (list === 'boardLog') return 'RA';
    return list === 'boardMeetings' ? 'RAED' : 'RAE';
  }
  if (who === 'protokoll') return list === 'snapshots' ? 'R' : '';
  if (who === 'reader') return list === 'snapshots' ? 'R' : '';
  if (list === 'approvalLog') return 'RA';
  if (who === 'editor') return list === 'snapshots' ? 'RA' : 'RAED';
  if (who === 'eko') return '';
  // approver
  if (list === 'snapshots' || list === 'reports') return 'RE';
  return 'R';
}

/** Whether the user can open the list at all (else SharePoint answers 404 for everything on it). */
function opensList(who: Who, list: ListKey): boolean {
  if (who === 'owner') return true;
  if (who === 'medlem') return false;
  if (who === 'reader' || who === 'protokoll') return list === 'objects' || list === 'config' || list === 'snapshots' || BOARD.indexOf(list) >= 0;
  // Teams get Limited Access on a foldered list through their own folder.
  return true;
}

function statusOf(e: unknown): number {
  const s = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
  return typeof s === 'number' ? s : -1;
}

async function answer(p: Promise<unknown>, ok: number): Promise<number> {
  try {
    const r = await p;
    // AddValidateUpdateItemUsingPath answers 200 with per-field results.
    if (Array.isArray(r) && r.some((f: Row) => f.HasException === true)) return 400;
    return ok;
  } catch (e) {
    return statusOf(e);
  }
}

let serial = 0;
function formValues(list: ListKey, objectKey: string, reportId: number): { FieldName: string; FieldValue: string }[] {
  serial++;
  const spec = schemaForVersion(SCHEMA_VERSION).find((l) => l.key === list);
  const values: { FieldName: string; FieldValue: string }[] = [{ FieldName: 'Title', FieldValue: `rad ${serial}` }];
  (spec?.columns ?? [])
    .filter((c) => c.required)
    .forEach((c) => {
      let v = '1';
      if (c.name === 'ObjectKey') v = list === 'objects' ? `OBJ${serial}` : objectKey;
      else if (c.name === 'RowKey') v = `${list}-${serial}`;
      else if (c.type === 'Lookup' || c.name === 'ReportId') v = String(reportId);
      else if (c.type === 'Text') v = `text ${serial}`;
      // Form values are in the site's locale: sv-SE writes dates as yyyy-mm-dd.
      else if (c.type === 'DateTime') v = '2026-02-12';
      values.push({ FieldName: c.name, FieldValue: v });
    });
  return values;
}

describe('security table over HTTP', () => {
  let site: ITestSite;
  let web = '';
  const rows: Partial<Record<ListKey, number>> = {};
  let shvoReport = 0;
  let ekoReport = 0;
  let pendingSnapshot = 0;

  const as = (who: Who): SPFI =>
    who === 'eko' || who === 'medlem' || who === 'protokoll' ? createNodeSpfi(site.siteUrl, { headers: { 'X-Local-User': who }, retryInterval: 10 }) : site.sp(who);

  /** Adds a row as `sp` where the product adds it: the object's folder, or the list root. */
  const addRow = async (sp: SPFI, list: ListKey, objectKey: string, reportId: number): Promise<unknown> => {
    const l = sp.web.lists.getByTitle(listTitle(list));
    const folder = isFolderedList(list) ? objectFolderPath(web, list, objectKey) : `${web}/Lists/${listTitle(list)}`;
    return l.addValidateUpdateItemUsingPath(formValues(list, objectKey, reportId), folder);
  };
  const idOf = (r: unknown): number => Number(((r as Row[]).find((f) => f.FieldName === 'Id') as Row).FieldValue);

  beforeAll(async () => {
    site = await startTestSite({ provision: false });
    const owner = site.sp('owner');
    await provisionSite(owner);
    await createObjects(owner, [
      { key: 'SHVO', title: 'SHVO' },
      { key: 'EKO', title: 'Ekonomisystemet' }
    ]);
    await grantRoles(owner, { teams: { SHVO: ['editor'], EKO: ['eko'] }, approvers: ['approver'], recorders: ['protokoll'], members: ['medlem'] });
    web = String(((await owner.web.select('ServerRelativeUrl')()) as unknown as Row).ServerRelativeUrl);
    shvoReport = idOf(await addRow(owner, 'reports', 'SHVO', 0));
    ekoReport = idOf(await addRow(owner, 'reports', 'EKO', 0));
    for (const list of ALL_LISTS) {
      rows[list] = list === 'reports' ? shvoReport : idOf(await addRow(owner, list, 'SHVO', shvoReport));
    }
    // The snapshot the board reads is approved; another one stays pending.
    const snapshots = owner.web.lists.getByTitle(listTitle('snapshots'));
    await snapshots.items.getById(rows.snapshots as number).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
    pendingSnapshot = idOf(await addRow(owner, 'snapshots', 'SHVO', shvoReport));
  }, 120000);
  afterAll(async () => site && site.close());

  const WHO: Who[] = ['reader', 'editor', 'eko', 'approver', 'protokoll', 'medlem', 'owner'];

  describe.each(WHO)('as %s', (who) => {
    it.each(ALL_LISTS)('reads, adds, edits and deletes on %s as the table says', async (list) => {
      const letters = expected(who, list);
      const sp = as(who);
      const owner = site.sp('owner');
      const l = sp.web.lists.getByTitle(listTitle(list));
      const target = rows[list] as number;
      const denied = (canSee: boolean): number => (canSee ? 403 : 404);

      const read = await answer(l.items.getById(target).select('Id')(), 200);
      const add = await answer(addRow(sp, list, 'SHVO', shvoReport), 200);
      const edit = await answer(l.items.getById(target).update({ Title: `ändrad av ${who}` }), 204);
      const doomed = list === 'reports' ? idOf(await addRow(owner, 'reports', 'SHVO', 0)) : idOf(await addRow(owner, list, 'SHVO', shvoReport));
      // A pending snapshot is hidden from all but approvers and its author: try the delete on an approved one.
      if (list === 'snapshots') await owner.web.lists.getByTitle(listTitle(list)).items.getById(doomed).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
      const del = await answer(l.items.getById(doomed).delete(), 200);

      const canRead = letters.indexOf('R') >= 0;
      expect({ list, who, read, add, edit, delete: del }).toEqual({
        list,
        who,
        read: canRead ? 200 : 404,
        // Into a folder the user cannot see, the add finds no folder (404 -2147024894).
        add: letters.indexOf('A') >= 0 ? 200 : denied(isFolderedList(list) ? canRead : opensList(who, list)),
        edit: letters.indexOf('E') >= 0 ? 204 : denied(canRead),
        delete: letters.indexOf('D') >= 0 ? 200 : denied(canRead)
      });
      // What was refused did not happen (read back as the owner).
      const still: Row[] = await owner.web.lists.getByTitle(listTitle(list)).items.filter(`Id eq ${doomed}`).select('Id')();
      expect(still.length).toBe(letters.indexOf('D') >= 0 ? 0 : 1);
    });
  });

  it.each(['editor', 'eko', 'approver', 'protokoll', 'medlem'] as Who[])(
    'refuses %s every change of a list itself: settings, fields, permissions, deleting and recycling, and every group membership',
    async (who) => {
      const sp = as(who);
      const me = (await sp.web.currentUser.select('Id', 'LoginName')()) as unknown as Row;
      const FULL_CONTROL = 1073741829;
      for (const key of ALL_LISTS) {
        const l = sp.web.lists.getByTitle(listTitle(key));
        const column = (schemaForVersion(SCHEMA_VERSION).find((x) => x.key === key)?.columns ?? [])[0]?.name ?? 'Title';
        const tries = {
          moderation: await answer(l.update({ EnableModeration: false }), 204),
          draftVisibility: await answer(l.update({ DraftVersionVisibility: 0 }), 204),
          fieldUpdate: await answer(l.fields.getByInternalNameOrTitle(column).update({ Description: 'ändrad' }), 204),
          fieldAdd: await answer(l.fields.createFieldAsXml(`<Field Type="Text" Name="Hack${serial++}" DisplayName="Hack"/>`), 200),
          fieldDelete: await answer(l.fields.getByInternalNameOrTitle(column).delete(), 200),
          breakInheritance: await answer(l.breakRoleInheritance(false, true), 200),
          resetInheritance: await answer(l.resetRoleInheritance(), 200),
          grantSelf: await answer(l.roleAssignments.add(Number(me.Id), FULL_CONTROL), 200),
          recycle: await answer(l.recycle(), 200),
          delete: await answer(l.delete(), 200)
        };
        const refused = opensList(who, key) ? 403 : 404;
        const expectedTries: Record<string, number> = {};
        Object.keys(tries).forEach((k) => {
          expectedTries[k] = refused;
        });
        expect({ key, who, ...tries }).toEqual({ key, who, ...expectedTries });
      }
      // Nothing of it happened: every list is still there as provisioned (read as the owner).
      const owner = site.sp('owner');
      const snapshots = (await owner.web.lists.getByTitle(listTitle('snapshots')).select('EnableModeration', 'DraftVersionVisibility', 'HasUniqueRoleAssignments')()) as unknown as Row;
      expect(snapshots).toEqual(expect.objectContaining({ EnableModeration: true, DraftVersionVisibility: 2, HasUniqueRoleAssignments: true }));
      const titles = ((await owner.web.lists.select('Title')()) as unknown as Row[]).map((r) => r.Title);
      ALL_LISTS.forEach((key) => expect(titles).toContain(listTitle(key)));
      // No group takes the user in: not the approvers, not another team, not the owners.
      const groups = (await owner.web.siteGroups.select('Id', 'Title')()) as unknown as Row[];
      for (const g of groups) {
        const status = await answer(sp.web.siteGroups.getById(Number(g.Id)).users.add(String(me.LoginName)), 201);
        // Team site members may edit their own group's membership (SharePoint Online's default).
        const membersGroup = (await owner.web.associatedMemberGroup.select('Id')()) as unknown as Row;
        if (Number(g.Id) === Number(membersGroup.Id) && (who === 'editor' || who === 'medlem')) continue;
        expect({ group: g.Title, status }).toEqual({ group: g.Title, status: 403 });
      }
    },
    120000
  );

  it('keeps a member of team SHVO away from another object\'s report', async () => {
    const editor = site.sp('editor').web.lists.getByTitle(listTitle('reports'));
    expect(await answer(editor.items.getById(ekoReport).update({ Title: 'SHVO skriver här' }), 204)).toBe(404);
    expect(await answer(editor.items.getById(ekoReport).select('Id')(), 200)).toBe(404);
    const visible: Row[] = await editor.items.select('Id', 'ObjectKey')();
    expect(visible.map((r) => r.ObjectKey).filter((k) => k !== undefined && k !== null)).not.toContain('EKO');
    const asOwner = (await site.sp('owner').web.lists.getByTitle(listTitle('reports')).items.getById(ekoReport).select('Title')()) as Row;
    expect(asOwner.Title).not.toBe('SHVO skriver här');
  });

  it('shows the board approved snapshots only, never a pending one or a working row', async () => {
    const reader = site.sp('reader');
    const snaps: Row[] = await reader.web.lists.getByTitle(listTitle('snapshots')).items.select('Id')();
    const ids = snaps.map((r) => Number(r.Id));
    expect(ids).toContain(rows.snapshots);
    expect(ids).not.toContain(pendingSnapshot);
    expect(await answer(reader.web.lists.getByTitle(listTitle('snapshots')).items.getById(pendingSnapshot).select('Id')(), 200)).toBe(404);
    for (const list of WORKING) {
      expect({ list, status: await answer(reader.web.lists.getByTitle(listTitle(list)).items.select('Id')(), 200) }).toEqual({ list, status: 404 });
    }
  });

  it('lets a user who is only an approver read a report and approve or return a snapshot', async () => {
    const approver = site.sp('approver');
    const header = (await approver.web.lists.getByTitle(listTitle('reports')).items.getById(shvoReport).select('RowKey', 'ObjectKey')()) as Row;
    expect(header.ObjectKey).toBe('SHVO');
    const snapshots = approver.web.lists.getByTitle(listTitle('snapshots'));
    const approved = await snapshots.items.getById(pendingSnapshot).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
    expect(approved.filter((f) => f.HasException)).toEqual([]);
    const after = (await site.sp('owner').web.lists.getByTitle(listTitle('snapshots')).items.getById(pendingSnapshot).select('OData__ModerationStatus')()) as Row;
    expect(after.OData__ModerationStatus).toBe(0);
    const another = idOf(await addRow(site.sp('editor'), 'snapshots', 'SHVO', shvoReport));
    const returned = await snapshots.items.getById(another).validateUpdateListItem([
      { FieldName: '_ModerationStatus', FieldValue: '1' },
      { FieldName: '_ModerationComments', FieldValue: 'Komplettera ekonomin.' }
    ]);
    expect(returned.filter((f) => f.HasException)).toEqual([]);
    const rejected = (await site.sp('owner').web.lists.getByTitle(listTitle('snapshots')).items.getById(another).select('OData__ModerationStatus')()) as Row;
    expect(rejected.OData__ModerationStatus).toBe(1);
    // A team member cannot approve their own submission.
    const mine = idOf(await addRow(site.sp('editor'), 'snapshots', 'SHVO', shvoReport));
    const self = await answer(site.sp('editor').web.lists.getByTitle(listTitle('snapshots')).items.getById(mine).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]), 200);
    expect(self).toBe(403);
  });
});
