/**
 * Indexed columns, the list view threshold and unique values.
 */
import { SPFI } from '@pnp/sp';
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

const THROTTLED = {
  code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
};

describe('list view threshold and indexes', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;
  const items = (q: string): Promise<{ status: number; json: () => any }> => raw(sp, 'editor', `web/lists/getByTitle('Kpi')/items?${q}`);

  beforeAll(async () => {
    sp = await start({ listViewThreshold: 100 });
    owner = pnp(sp, 'owner');
    await owner.web.lists.add('Kpi', '', 100, false);
    const f = owner.web.lists.getByTitle('Kpi').fields;
    await f.createFieldAsXml('<Field Type="Text" Name="ObjectKey" StaticName="ObjectKey" DisplayName="Objekt" Indexed="TRUE" />');
    await f.addNumber('Quarter');
    await f.addNumber('Value');
    sp.bulkInsert(
      'Kpi',
      Array.from({ length: 250 }, (_, i) => ({ Title: `k${i}`, ObjectKey: `OBJ${i % 5}`, Quarter: (i % 4) + 1, Value: i }))
    );
  });
  afterAll(async () => {
    await sp.close();
  });

  it('throttles a filter whose first clause is on a column that is not indexed', async () => {
    const r = await items('$filter=Quarter eq 1');
    expect(r.status).toBe(500);
    expect(r.json()['odata.error']).toEqual(THROTTLED);
    const second = await items("$filter=Quarter eq 1 and ObjectKey eq 'OBJ1'");
    expect(second.status).toBe(500);
  });

  it('serves a filter whose first clause is on an indexed column and narrows below the threshold', async () => {
    const r = await items("$filter=ObjectKey eq 'OBJ1' and Quarter eq 2&$select=Value&$orderby=Value");
    expect(r.status).toBe(200);
    const values = r.json().value.map((v: { Value: number }) => v.Value);
    expect(values).toEqual(Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 5 === 1 && i % 4 === 1));
    const byId = await items('$filter=Id le 3&$select=Id');
    expect(byId.json().value.map((v: { Id: number }) => v.Id)).toEqual([1, 2, 3]);
  });

  it('throttles when the indexed clause itself matches more than the threshold', async () => {
    const r = await items("$filter=ObjectKey ge 'OBJ0'");
    expect(r.status).toBe(500);
    expect(r.json()['odata.error'].code).toBe(THROTTLED.code);
  });

  it('pages an unfiltered large list by id, but throttles sorting on an unindexed column', async () => {
    const r = await items('$select=Id&$top=5');
    expect(r.status).toBe(200);
    expect(r.json().value.map((v: { Id: number }) => v.Id)).toEqual([1, 2, 3, 4, 5]);
    const newest = await items('$select=Id&$top=2&$orderby=ID desc');
    expect(newest.json().value).toEqual([{ Id: 250, ID: 250 }, { Id: 249, ID: 249 }]);
    const page2 = await items('$select=Id&$top=2&$skiptoken=' + encodeURIComponent('Paged=TRUE&p_ID=5'));
    expect(page2.json().value).toEqual([{ Id: 6, ID: 6 }, { Id: 7, ID: 7 }]);
    const sorted = await items('$orderby=Value desc');
    expect(sorted.status).toBe(500);
  });

  it('indexes an existing column on update({Indexed: true}) so the same query then works', async () => {
    expect((await items('$filter=Quarter eq 4&$top=1')).status).toBe(500);
    await owner.web.lists.getByTitle('Kpi').fields.getByInternalNameOrTitle('Quarter').update({ Indexed: true }, 'SP.FieldNumber');
    const quarter4 = await items('$filter=Quarter eq 4&$select=Value');
    expect(quarter4.status).toBe(200);
    expect(quarter4.json().value.length).toBe(62);
    const lists = await raw(sp, 'owner', "web/lists/getByTitle('Kpi')/fields/getByInternalNameOrTitle('Quarter')?$select=Indexed");
    expect(lists.json().Indexed).toBe(true);
    await owner.web.lists.getByTitle('Kpi').fields.getByInternalNameOrTitle('Value').update({ Indexed: true }, 'SP.FieldNumber');
    const r = await items('$filter=Value lt 10 and Quarter eq 4&$select=Value');
    expect(r.status).toBe(200);
    expect(r.json().value.map((v: { Value: number }) => v.Value)).toEqual([3, 7]);
  });

  it('does not throttle lists under the threshold', async () => {
    await owner.web.lists.add('Small', '', 100, false);
    await owner.web.lists.getByTitle('Small').fields.addNumber('N');
    sp.bulkInsert('Small', Array.from({ length: 100 }, (_, i) => ({ Title: `s${i}`, N: i })));
    const r = await raw(sp, 'editor', "web/lists/getByTitle('Small')/items?$filter=N ge 98&$orderby=N desc&$select=N");
    expect(r.status).toBe(200);
    expect(r.json().value).toEqual([{ N: 99 }, { N: 98 }]);
  });
});

describe('unique values', () => {
  let sp: ILocalSharePoint;
  let owner: SPFI;
  let editor: SPFI;

  beforeAll(async () => {
    sp = await start();
    owner = pnp(sp, 'owner');
    editor = pnp(sp, 'editor');
    await owner.web.lists.add('Reports', '', 100, false);
    await owner.web.lists.getByTitle('Reports').fields.createFieldAsXml(
      '<Field Type="Text" Name="RowKey" StaticName="RowKey" DisplayName="RowKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />'
    );
  });
  afterAll(async () => {
    await sp.close();
  });

  it('refuses a duplicate on add and on update with SPDuplicateValuesFoundException, writing nothing', async () => {
    await editor.web.lists.getByTitle('Reports').items.add({ Title: 'a', RowKey: 'SHVO-2025-4' });
    await editor.web.lists.getByTitle('Reports').items.add({ Title: 'b', RowKey: 'SHVO-2025-3' });
    const dup = await raw(sp, 'editor', "web/lists/getByTitle('Reports')/items", { method: 'POST', digest: true, body: JSON.stringify({ Title: 'c', RowKey: 'shvo-2025-4' }) });
    expect(dup.status).toBe(500);
    expect(dup.json()['odata.error'].code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    const upd = await raw(sp, 'editor', "web/lists/getByTitle('Reports')/items(2)", {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ RowKey: 'SHVO-2025-4' })
    });
    expect(upd.status).toBe(500);
    const all = await editor.web.lists.getByTitle('Reports').items.select('Title', 'RowKey')();
    expect(all).toEqual([expect.objectContaining({ Title: 'a', RowKey: 'SHVO-2025-4' }), expect.objectContaining({ Title: 'b', RowKey: 'SHVO-2025-3' })]);
    // updating an item with its own value is not a duplicate
    await editor.web.lists.getByTitle('Reports').items.getById(1).update({ Title: 'a2', RowKey: 'SHVO-2025-4' });
  });

  it('refuses EnforceUniqueValues on a column that is not indexed', async () => {
    await owner.web.lists.getByTitle('Reports').fields.addText('Other');
    const r = await raw(sp, 'owner', "web/lists/getByTitle('Reports')/fields/getByInternalNameOrTitle('Other')", {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE' }, body: JSON.stringify({ EnforceUniqueValues: true })
    });
    expect(r.status).toBe(400);
  });
});

describe('default threshold of 5000', () => {
  it('throttles an unindexed filter on a list of 5001 items and serves an indexed one', async () => {
    const sp = await start();
    try {
      const owner = pnp(sp, 'owner');
      await owner.web.lists.add('Big', '', 100, false);
      await owner.web.lists.getByTitle('Big').fields.createFieldAsXml('<Field Type="Number" Name="ReportNo" StaticName="ReportNo" DisplayName="ReportNo" Indexed="TRUE" />');
      await owner.web.lists.getByTitle('Big').fields.addNumber('Plain');
      sp.bulkInsert('Big', Array.from({ length: 5001 }, (_, i) => ({ Title: `b${i}`, ReportNo: i % 500, Plain: i })));
      expect((await raw(sp, 'editor', "web/lists/getByTitle('Big')/items?$filter=Plain eq 3")).status).toBe(500);
      const ok = await raw(sp, 'editor', "web/lists/getByTitle('Big')/items?$filter=ReportNo eq 3&$select=Plain");
      expect(ok.status).toBe(200);
      expect(ok.json().value.map((v: { Plain: number }) => v.Plain)).toEqual(Array.from({ length: 10 }, (_, k) => 3 + k * 500));
    } finally {
      await sp.close();
    }
  });
});
