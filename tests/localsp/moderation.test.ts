/**
 * Content approval as SharePoint does it on a list with EnableModeration and
 * DraftVersionVisibility = 2: pending on add/edit, readers see the last approved version,
 * approving/rejecting needs ApproveItems.
 */
import { SPFI } from '@pnp/sp';
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

describe('content approval', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;
  let editor: SPFI;
  let approver: SPFI;
  let reader: SPFI;
  const list = (who: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => who.web.lists.getByTitle('Snapshots');

  beforeAll(async () => {
    sp = await start({ profile: 'lenient' });
    owner = pnp(sp, 'owner');
    editor = pnp(sp, 'editor');
    approver = pnp(sp, 'approver');
    reader = pnp(sp, 'reader');
    await owner.web.lists.add('Snapshots', '', 100, false);
    await list(owner).update({ EnableModeration: true, DraftVersionVisibility: 2 });
    await list(owner).fields.addNumber('Revision');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('makes new items pending and hides them from readers, not from the author or approvers', async () => {
    const added = (await list(editor).items.add({ Title: 'rapport', Revision: 1 })) as Record<string, unknown>;
    expect(added.OData__ModerationStatus).toBe(2);
    expect(await list(reader).items()).toEqual([]);
    expect((await raw(sp, 'reader', "web/lists/getByTitle('Snapshots')/items(1)")).status).toBe(404);
    expect((await list(editor).items.select('Title')()).map((r) => r.Title)).toEqual(['rapport']);
    expect((await list(approver).items.select('Title', 'OData__ModerationStatus')())).toEqual([
      expect.objectContaining({ Title: 'rapport', OData__ModerationStatus: 2 })
    ]);
    // another contributor who is not the author does not see the draft either
    await owner.web.siteGroups.getByName('gits Members').users.add('i:0#.f|membership|ebba@example.org');
    expect(await list(pnp(sp, 'ebba')).items()).toEqual([]);
  });

  it('refuses approval from an editor (403) and accepts it from an approver', async () => {
    const byEditor = await raw(sp, 'editor', "web/lists/getByTitle('Snapshots')/items(1)/validateupdatelistitem", {
      method: 'POST', digest: true, body: JSON.stringify({ formValues: [{ FieldName: '_ModerationStatus', FieldValue: '0' }], bNewDocumentUpdate: false })
    });
    expect(byEditor.status).toBe(403);
    const mergeByEditor = await raw(sp, 'editor', "web/lists/getByTitle('Snapshots')/items(1)", {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ OData__ModerationStatus: 0 })
    });
    expect(mergeByEditor.status).toBe(403);
    const result = await list(approver).items.getById(1).validateUpdateListItem([
      { FieldName: '_ModerationStatus', FieldValue: '0' },
      { FieldName: '_ModerationComments', FieldValue: 'Godkänd' }
    ]);
    expect(result.map((r) => [r.FieldName, r.HasException])).toEqual([['_ModerationStatus', false], ['_ModerationComments', false]]);
    const seen = await list(reader).items.select('Title', 'Revision', 'OData__ModerationStatus', 'OData__ModerationComments')();
    expect(seen).toEqual([expect.objectContaining({ Title: 'rapport', Revision: 1, OData__ModerationStatus: 0, OData__ModerationComments: 'Godkänd' })]);
    // approving is an ordinary update: Editor becomes the approver, the version goes up
    const approverId = (await approver.web.currentUser()).Id;
    const after = await list(reader).items.getById(1).select('Editor/Title', 'EditorId', 'OData__UIVersionString').expand('Editor')();
    expect(after).toMatchObject({ EditorId: approverId, Editor: { Title: 'Anna Approver' }, OData__UIVersionString: '2.0' });
  });

  it('keeps showing readers the last approved version while an edit is pending', async () => {
    await list(editor).items.getById(1).update({ Title: 'rapport v2', Revision: 2 });
    expect(await list(reader).items.select('Title', 'Revision', 'OData__ModerationStatus')()).toEqual([
      expect.objectContaining({ Title: 'rapport', Revision: 1, OData__ModerationStatus: 0 })
    ]);
    // filters see the approved values too
    expect((await list(reader).items.filter('Revision eq 1')()).length).toBe(1);
    expect((await list(reader).items.filter('Revision eq 2')()).length).toBe(0);
    expect(await list(editor).items.getById(1).select('Title', 'OData__ModerationStatus')()).toMatchObject({ Title: 'rapport v2', OData__ModerationStatus: 2 });
  });

  it('gives FieldValuesAsText of the version the user may see: the approved one to readers, nothing of a pending new item', async () => {
    // SP.ListItem.FieldValuesAsText ("Gets the values for the list item as text",
    // learn.microsoft.com/previous-versions/office/sharepoint-csom/ee547788(v=office.15)); SharePoint
    // Online escapes underscores in its keys and names the moderation status, as SPFx code reading it
    // relies on (FieldValuesAsText.OData__x005f_ModerationStatus === 'Approved').
    const asText = async (who: string, id: number): Promise<{ status: number; body: Record<string, unknown> }> => {
      const r = await raw(sp, who, `web/lists/getByTitle('Snapshots')/items(${id})/FieldValuesAsText`);
      return { status: r.status, body: r.status === 200 ? (r.json() as Record<string, unknown>) : {} };
    };
    const forReader = await asText('reader', 1);
    expect(forReader.status).toBe(200);
    expect(forReader.body).toMatchObject({ Title: 'rapport', Revision: '1', OData__x005f_ModerationStatus: 'Approved' });
    expect((await asText('editor', 1)).body).toMatchObject({ Title: 'rapport v2', Revision: '2', OData__x005f_ModerationStatus: 'Pending' });
    const pending = (await list(editor).items.add({ Title: 'ny', Revision: 1 })) as Record<string, unknown>;
    expect((await asText('reader', Number(pending.Id))).status).toBe(404);
    expect((await asText('approver', Number(pending.Id))).body).toMatchObject({ Title: 'ny' });
    await list(owner).items.getById(Number(pending.Id)).delete();
  });

  it('rejects with a comment, still showing readers the approved version, then approves', async () => {
    await list(approver).items.getById(1).validateUpdateListItem([
      { FieldName: '_ModerationStatus', FieldValue: '1' },
      { FieldName: '_ModerationComments', FieldValue: 'Komplettera' }
    ]);
    expect(await list(editor).items.getById(1).select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
      OData__ModerationStatus: 1, OData__ModerationComments: 'Komplettera'
    });
    expect((await list(reader).items.select('Title')()).map((r) => r.Title)).toEqual(['rapport']);
    await list(approver).items.getById(1).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
    expect((await list(reader).items.select('Title', 'Revision')())).toEqual([expect.objectContaining({ Title: 'rapport v2', Revision: 2 })]);
  });

  it('lets approvers filter on the moderation status', async () => {
    await list(editor).items.add({ Title: 'ny', Revision: 1 });
    const pending = await list(approver).items.filter('OData__ModerationStatus eq 2').select('Title')();
    expect(pending.map((r) => r.Title)).toEqual(['ny']);
  });

  it('shows drafts to every reader when DraftVersionVisibility is 0', async () => {
    await list(owner).update({ DraftVersionVisibility: 0 });
    expect((await list(reader).items.filter("Title eq 'ny'")()).length).toBe(1);
    await list(owner).update({ DraftVersionVisibility: 2 });
    expect((await list(reader).items.filter("Title eq 'ny'")()).length).toBe(0);
  });
});
