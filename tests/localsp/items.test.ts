/**
 * Lists, fields and items through the real PnPjs client: creation flows, typed columns,
 * ETags and 412, $select/$expand/$filter/$orderby/$top and paging.
 */
import { SPFI } from '@pnp/sp';
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

/** The status and body text of a PnPjs HttpRequestError (its message hides the body behind the retry text). */
async function rejection(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; message: string; response?: Response };
    const body = err.response && !err.response.bodyUsed ? await err.response.text() : '';
    return { status: err.status ?? 0, message: `${err.message} ${body}` };
  }
  throw new Error('expected the call to fail');
}

describe('lists, fields and items over PnPjs', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;
  let editor: SPFI;
  let reportsId: string;

  beforeAll(async () => {
    sp = await start({ language: 1033 }); // an en-US site: the messages below are English
    owner = pnp(sp, 'owner');
    editor = pnp(sp, 'editor');
    const reports = await owner.web.lists.add('Reports', 'Quarterly reports', 100, false);
    reportsId = (reports as unknown as { Id: string }).Id;
    const f = owner.web.lists.getByTitle('Reports').fields;
    await f.addText('ObjectKey', { MaxLength: 20 });
    await f.addNumber('PeriodYear');
    await f.addNumber('Score');
    await f.addChoice('State', { Choices: ['draft', 'approved'], FillInChoice: false } as never);
    await f.addMultilineText('Summary');
    await f.addDateTime('DueDate');
    await f.addBoolean('IsFinal');
    await f.addUser('Coordinator', {});
    await owner.web.lists.add('KpiValues', '', 100, false);
    await owner.web.lists.getByTitle('KpiValues').fields.addLookup('Report', { LookupListId: reportsId, LookupFieldName: 'Title' });
    await owner.web.lists.getByTitle('KpiValues').fields.addNumber('Value');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('ensure() finds an existing list and updates it, or creates a missing one', async () => {
    const again = await owner.web.lists.ensure('Reports', 'Changed', 100, false, { EnableVersioning: true });
    expect(again.created).toBe(false);
    const made = await owner.web.lists.ensure('Config', 'cfg', 100, false, { Hidden: true });
    expect(made.created).toBe(true);
    const info = await owner.web.lists.getByTitle('Config').select('Title', 'Hidden', 'Description')();
    expect(info).toMatchObject({ Title: 'Config', Hidden: true, Description: 'cfg' });
    const reports = await owner.web.lists.getByTitle('reports').select('Description')();
    expect(reports.Description).toBe('Changed');
  });

  it('gets a list by id and by title, and lists the web lists with $filter', async () => {
    const byId = await owner.web.lists.getById(reportsId).select('Title', 'ListItemEntityTypeFullName')();
    expect(byId).toMatchObject({ Title: 'Reports', ListItemEntityTypeFullName: 'SP.Data.ReportsListItem' });
    const found = await owner.web.lists.filter("Title eq 'KpiValues'").select('Title')();
    expect(found.map((l) => l.Title)).toEqual(['KpiValues']);
    const sorted = await owner.web.lists.select('Title').orderBy('Title', false)();
    expect(sorted.map((l) => l.Title)).toEqual(['Reports', 'KpiValues', 'Config']);
  });

  it('recycles a list for a user with Manage Lists, answering the recycle bin item id, and refuses one without (403)', async () => {
    // SP.List.recycle: "Sends the list to the site recycle bin", returns Edm.Guid
    // (learn.microsoft.com/previous-versions/office/sharepoint-csom/jj246286(v=office.15)).
    await owner.web.lists.add('Scratch', '', 100, false);
    expect((await rejection(pnp(sp, 'reader').web.lists.getByTitle('Scratch').recycle())).status).toBe(403);
    const id = await owner.web.lists.getByTitle('Scratch').recycle();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await rejection(owner.web.lists.getByTitle('Scratch')())).status).toBe(404);
  });

  it('answers 404 with SharePoint\'s message for a missing list', async () => {
    const r = await rejection(owner.web.lists.getByTitle('Nope')());
    expect(r.status).toBe(404);
    expect(r.message).toContain("List 'Nope' does not exist at site with URL");
  });

  it('reports field types as SharePoint does', async () => {
    const fields = await owner.web.lists.getByTitle('Reports').fields.filter('Hidden eq false').select('InternalName', 'TypeAsString', 'FieldTypeKind')();
    const byName = Object.fromEntries(fields.map((f) => [f.InternalName, f.TypeAsString]));
    expect(byName).toMatchObject({
      Title: 'Text', ObjectKey: 'Text', PeriodYear: 'Number', State: 'Choice', Summary: 'Note', DueDate: 'DateTime', IsFinal: 'Boolean', Coordinator: 'User'
    });
    const choice = await owner.web.lists.getByTitle('Reports').fields.getByInternalNameOrTitle('State')();
    expect(choice.Choices).toEqual(['draft', 'approved']);
    const lookup = await owner.web.lists.getByTitle('KpiValues').fields.getByInternalNameOrTitle('Report')();
    expect(lookup).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${reportsId}}`, LookupField: 'Title' });
  });

  it('adds fields from SchemaXml with the Name as internal name, and updates them', async () => {
    const f = owner.web.lists.getByTitle('Reports').fields;
    await f.createFieldAsXml('<Field Type="Text" Name="RowKey" StaticName="RowKey" DisplayName="Radnyckel" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    const rowKey = await f.getByInternalNameOrTitle('RowKey')();
    expect(rowKey).toMatchObject({ InternalName: 'RowKey', Title: 'Radnyckel', Indexed: true, EnforceUniqueValues: true });
    await f.getByInternalNameOrTitle('RowKey').update({ Title: 'Nyckel' }, 'SP.FieldText');
    expect((await f.getByTitle('Nyckel')()).InternalName).toBe('RowKey');
    const spaced = await f.addText('Min kolumn å');
    expect((spaced as unknown as { InternalName: string }).InternalName).toBe('Min_x0020_kolumn_x0020__x00e5_');
  });

  it('stores typed values and returns them typed', async () => {
    const me = await editor.web.currentUser();
    const added = (await editor.web.lists.getByTitle('Reports').items.add({
      Title: 'SHVO Q4', ObjectKey: 'SHVO', PeriodYear: 2025, Score: 46.6, State: 'draft', Summary: 'rad 1\nrad 2',
      DueDate: '2026-01-15T00:00:00Z', IsFinal: false, CoordinatorId: me.Id
    })) as Record<string, unknown>;
    expect(added).toMatchObject({ Id: 1, ID: 1, Title: 'SHVO Q4', PeriodYear: 2025, Score: 46.6, Summary: 'rad 1\nrad 2', DueDate: '2026-01-15T00:00:00Z', IsFinal: false, CoordinatorId: me.Id });
    expect(added['odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(typeof added.GUID).toBe('string');
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(added.AuthorId).toBe(me.Id);
    expect(added.EditorId).toBe(me.Id);
  });

  it('rejects unknown properties and wrongly typed values with 400', async () => {
    const unknown = await rejection(editor.web.lists.getByTitle('Reports').items.add({ Nope: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain("The property 'Nope' does not exist on type 'SP.Data.ReportsListItem'");
    const badNumber = await rejection(editor.web.lists.getByTitle('Reports').items.add({ PeriodYear: 'tjugo' }));
    expect(badNumber.status).toBe(400);
    expect(badNumber.message).toContain('Edm.Double');
  });

  it('bumps the ETag version on update, 412s a stale ETag and accepts *', async () => {
    const items = editor.web.lists.getByTitle('Reports').items;
    const created = (await items.add({ Title: 'etag', ObjectKey: 'E1' })) as Record<string, unknown>;
    // getById() builds a new queryable, so reusing `items` below is safe.
    const id = created.Id as number;
    const etag1 = created['odata.etag'] as string;
    const upd = (await items.getById(id).update({ Title: 'etag 2' }, etag1)) as unknown as { etag: string };
    expect(upd.etag).toBe(etag1.replace(',1"', ',2"'));
    const stale = await rejection(items.getById(id).update({ Title: 'lost update' }, etag1));
    expect(stale.status).toBe(412);
    expect(stale.message).toContain('-2130575305');
    await items.getById(id).update({ Title: 'forced' }, '*');
    const after = await items.getById(id)();
    expect(after.Title).toBe('forced');
    expect(after['odata.etag']).toBe(etag1.replace(',1"', ',3"'));
    const staleDelete = await rejection(items.getById(id).delete(etag1));
    expect(staleDelete.status).toBe(412);
    await items.getById(id).delete(after['odata.etag']);
    const gone = await rejection(items.getById(id)());
    expect(gone.status).toBe(404);
    expect(gone.message).toContain('Item does not exist');
  });

  it('filters, orders, selects and pages like SharePoint', async () => {
    // PnPjs queryables keep the options set on them, so every query starts from a fresh one.
    const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => editor.web.lists.getByTitle('Reports').items;
    for (let i = 0; i < 7; i++) {
      await items().add({ Title: `P${i}`, ObjectKey: i % 2 === 0 ? 'EVEN' : 'ODD', PeriodYear: 2020 + i, Score: i * 1.5 });
    }
    const even = await items().filter("ObjectKey eq 'even' and PeriodYear ge 2022").select('Title', 'PeriodYear').orderBy('PeriodYear', false)();
    expect(even.map((r) => r.Title)).toEqual(['P6', 'P4', 'P2']);
    expect(Object.keys(even[0]).filter((k) => k.indexOf('odata.') < 0).sort()).toEqual(['PeriodYear', 'Title']);
    const complex = await items().filter("(startswith(Title,'P') and not (PeriodYear lt 2024)) or substringof('VO Q', Title)").select('Title').orderBy('Title')();
    expect(complex.map((r) => r.Title)).toEqual(['P4', 'P5', 'P6', 'SHVO Q4']);
    const multiOrder = await items().filter("startswith(Title,'P')").orderBy('ObjectKey', true).orderBy('Score', false).select('Title')();
    expect(multiOrder.map((r) => r.Title)).toEqual(['P6', 'P4', 'P2', 'P0', 'P5', 'P3', 'P1']);
    const pages: string[][] = [];
    for await (const page of items().filter("startswith(Title,'P')").select('Title').top(3)) {
      pages.push((page as { Title: string }[]).map((r) => r.Title));
    }
    expect(pages).toEqual([['P0', 'P1', 'P2'], ['P3', 'P4', 'P5'], ['P6']]);
    // paging keeps the sort order: the next link carries p_<column> and p_ID
    const sortedPages: string[][] = [];
    for await (const page of items().filter("startswith(Title,'P')").select('Title').orderBy('ObjectKey', true).orderBy('PeriodYear', false).top(3)) {
      sortedPages.push((page as { Title: string }[]).map((r) => r.Title));
    }
    expect(sortedPages).toEqual([['P6', 'P4', 'P2'], ['P0', 'P5', 'P3'], ['P1']]);
  });

  it('returns odata.nextLink with $skiptoken=Paged=TRUE&p_ID, and 100 items by default', async () => {
    const ids = sp.bulkInsert('KpiValues', Array.from({ length: 130 }, (_, i) => ({ Title: `v${i}`, Value: i })));
    expect(ids.length).toBe(130);
    const first = await raw(sp, 'editor', "web/lists/getByTitle('KpiValues')/items?$select=Id");
    const body = first.json();
    expect(body.value.length).toBe(100);
    expect(body['odata.nextLink']).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d100');
    const next = await fetch(body['odata.nextLink'], { headers: { 'X-Local-User': 'editor', Accept: 'application/json;odata=nometadata' } });
    const page2 = (await next.json()) as { value: { Id: number }[]; 'odata.nextLink'?: string };
    expect(page2.value.map((r) => r.Id)).toEqual(ids.slice(100));
    expect(page2['odata.nextLink']).toBeUndefined();
    const skipped = await editor.web.lists.getByTitle('KpiValues').items.select('Id').skip(125).top(10)();
    expect(skipped.map((r) => r.Id)).toEqual([126, 127, 128, 129, 130]);
    const previous = await editor.web.lists.getByTitle('KpiValues').items.select('Id').skip(11, true).top(3)();
    expect(previous.map((r) => r.Id)).toEqual([8, 9, 10]);
    const previousSorted = await editor.web.lists.getByTitle('KpiValues').items.select('Id').orderBy('Value', false).skip(11, true).top(3)();
    expect(previousSorted.map((r) => r.Id)).toEqual([14, 13, 12]);
  });

  it('filters and expands lookups and people', async () => {
    const reports = await editor.web.lists.getByTitle('Reports').items.filter("Title eq 'SHVO Q4'").select('Id')();
    const reportId = reports[0].Id as number;
    const kpis = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => editor.web.lists.getByTitle('KpiValues').items;
    await kpis().add({ Title: 'users', ReportId: reportId, Value: 4113 });
    await kpis().add({ Title: 'sessions', ReportId: reportId, Value: 61829 });
    const viaId = await kpis().filter(`ReportId eq ${reportId}`).select('Title', 'ReportId').orderBy('Value', false)();
    expect(viaId).toEqual([
      expect.objectContaining({ Title: 'sessions', ReportId: reportId }),
      expect.objectContaining({ Title: 'users', ReportId: reportId })
    ]);
    const viaPath = await kpis().filter(`Report/Id eq ${reportId}`).select('Title', 'Report/Title', 'Report/Id').expand('Report')();
    expect(viaPath.map((r) => r.Report)).toEqual([
      expect.objectContaining({ Title: 'SHVO Q4', Id: reportId }),
      expect.objectContaining({ Title: 'SHVO Q4', Id: reportId })
    ]);
    const people = await editor.web.lists.getByTitle('Reports').items.filter(`Id eq ${reportId}`).select('Coordinator/Title', 'Coordinator/EMail', 'Author/Title').expand('Coordinator', 'Author')();
    expect(people[0].Coordinator).toMatchObject({ Title: 'Erik Editor', EMail: 'editor@example.org' });
    expect(people[0].Author).toMatchObject({ Title: 'Erik Editor' });
    const noExpand = await raw(sp, 'editor', "web/lists/getByTitle('KpiValues')/items?$select=Report/Title");
    expect(noExpand.status).toBe(400);
    expect(noExpand.json()['odata.error'].message.value).toContain('$expand query string must contains Report');
  });

  it('answers 400 for a filter on a column that does not exist and for broken syntax', async () => {
    const missing = await raw(sp, 'editor', "web/lists/getByTitle('Reports')/items?$filter=Nope eq 1");
    expect(missing.status).toBe(400);
    expect(missing.json()['odata.error']).toEqual({
      code: '-2147024809, System.ArgumentException',
      message: { lang: 'en-US', value: "Column 'Nope' does not exist. It may have been deleted by another user." }
    });
    const broken = await raw(sp, 'editor', "web/lists/getByTitle('Reports')/items?$filter=Title eq 'x' and");
    expect(broken.status).toBe(400);
    expect(broken.json()['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });

  it('adds an item from form values with AddValidateUpdateItemUsingPath, reporting its id', async () => {
    const result = await editor.web.lists.getByTitle('Reports').addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: 'från formulär' },
        { FieldName: 'PeriodYear', FieldValue: '2026' },
        { FieldName: 'IsFinal', FieldValue: 'Ja' }
      ],
      '/sites/gits/Lists/Reports'
    );
    expect(result.every((r) => !r.HasException)).toBe(true);
    const id = Number(result.find((r) => r.FieldName === 'Id')?.FieldValue);
    expect(await editor.web.lists.getByTitle('Reports').items.getById(id).select('Title', 'PeriodYear', 'IsFinal')()).toMatchObject({
      Title: 'från formulär', PeriodYear: 2026, IsFinal: true
    });
    const missingTitle = await editor.web.lists.getByTitle('Reports').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: '' }], '/sites/gits/Lists/Reports');
    expect(missingTitle).toEqual([expect.objectContaining({ FieldName: 'Title', HasException: true, ErrorMessage: 'You must specify a value for this required field.' })]);
  });

  it('validates form values with ValidateUpdateListItem and saves nothing when a field fails', async () => {
    const item = editor.web.lists.getByTitle('Reports').items.getById(1);
    const ok = await item.validateUpdateListItem([
      { FieldName: 'Score', FieldValue: '12,5' },
      { FieldName: 'DueDate', FieldValue: '2026-03-31' },
      { FieldName: 'State', FieldValue: 'approved' }
    ]);
    expect(ok.map((r) => r.HasException)).toEqual([false, false, false]);
    // A form date is local midnight of the site's time zone (W. Europe, summer time on 31 March),
    // returned in UTC (SharePoint/sp-dev-docs#6083).
    expect((await item.select('Score', 'DueDate', 'State')())).toMatchObject({ Score: 12.5, DueDate: '2026-03-30T22:00:00Z', State: 'approved' });
    const bad = await item.validateUpdateListItem([
      { FieldName: 'Score', FieldValue: '99' },
      { FieldName: 'State', FieldValue: 'unknown' }
    ]);
    expect(bad[0].HasException).toBe(false);
    expect(bad[1]).toMatchObject({ FieldName: 'State', HasException: true });
    expect((await item.select('Score')()).Score).toBe(12.5);
  });
});
