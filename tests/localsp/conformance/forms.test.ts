/**
 * Wire-format conformance: the JSON shapes SharePoint Online answers for each `Accept`
 * (JSON light nometadata / minimalmetadata, and verbose), error bodies and statuses.
 * Shapes follow Microsoft's documentation of JSON light in SharePoint REST
 * (learn.microsoft.com/sharepoint/dev/business-apps/power-automate/guidance/working-with-send-sp-http-request,
 * "Use JSON light") and the error forms `odata.error` (light) / `error` (verbose).
 */
import { ILocalSharePoint } from '../../../localsp/src';
import { pnp, raw, start } from '../helpers';

const NOMETA = 'application/json;odata=nometadata';
const MINIMAL = 'application/json;odata=minimalmetadata';
const VERBOSE = 'application/json;odata=verbose';

describe('JSON forms and errors', () => {
  let sp: ILocalSharePoint;
  let listId: string;
  let etag: string;
  let guid: string;
  const item = (accept: string, q = ''): Promise<{ status: number; headers: Headers; json: () => any }> =>
    raw(sp, 'editor', `web/lists/getByTitle('Status Reports')/items(1)${q}`, { accept });

  beforeAll(async () => {
    sp = await start();
    const owner = pnp(sp, 'owner');
    const list = (await owner.web.lists.add('Status Reports', '', 100, false)) as unknown as { Id: string };
    listId = list.Id;
    await owner.web.lists.getByTitle('Status Reports').fields.addNumber('Score');
    await owner.web.lists.getByTitle('Status Reports').fields.addMultiChoice('Tags', { Choices: ['a', 'b'] } as never);
    const added = (await pnp(sp, 'editor').web.lists.getByTitle('Status Reports').items.add({ Title: 'x', Score: 1.5, Tags: ['a', 'b'] })) as Record<string, string>;
    etag = added['odata.etag'];
    guid = added.GUID;
    await pnp(sp, 'editor').web.lists.getByTitle('Status Reports').items.add({ Title: 'y', Score: 2 });
  });
  afterAll(async () => {
    await sp.close();
  });

  it('names item types after the list URL (spaces as _x0020_)', async () => {
    const r = await raw(sp, 'owner', "web/lists/getByTitle('Status Reports')?$select=ListItemEntityTypeFullName,EntityTypeName");
    expect(r.json()).toEqual({ ListItemEntityTypeFullName: 'SP.Data.Status_x0020_ReportsListItem', EntityTypeName: 'Status_x0020_ReportsList' });
  });

  it('nometadata: bare properties; a collection under "value"', async () => {
    const r = await item(NOMETA, '?$select=Id,Title,Score,Tags');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json;odata=nometadata;streaming=true;charset=utf-8');
    expect(r.headers.get('etag')).toBe(etag);
    expect(r.json()).toEqual({ Id: 1, ID: 1, Title: 'x', Score: 1.5, Tags: ['a', 'b'] });
    const c = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items?$select=Title", { accept: NOMETA });
    expect(c.json()).toEqual({ value: [{ Title: 'x' }, { Title: 'y' }] });
  });

  it('minimalmetadata (and plain application/json): odata.metadata, odata.type, odata.id, odata.etag, odata.editLink', async () => {
    for (const accept of [MINIMAL, 'application/json']) {
      const r = await item(accept, '?$select=Title');
      expect(r.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
      expect(r.json()).toEqual({
        'odata.metadata': `${sp.siteUrl()}/_api/$metadata#SP.ListData.Status_x0020_ReportsListItems/@Element`,
        'odata.type': 'SP.Data.Status_x0020_ReportsListItem',
        'odata.id': `${sp.siteUrl()}/_api/Web/Lists(guid'${listId}')/Items(1)`,
        'odata.etag': etag,
        'odata.editLink': `Web/Lists(guid'${listId}')/Items(1)`,
        Title: 'x'
      });
    }
    const c = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items?$select=Title&$top=1", { accept: MINIMAL });
    const body = c.json();
    expect(Object.keys(body)).toEqual(['odata.metadata', 'value', 'odata.nextLink']);
    expect(body['odata.metadata']).toBe(`${sp.siteUrl()}/_api/$metadata#SP.ListData.Status_x0020_ReportsListItems`);
    expect(body.value[0]['odata.type']).toBe('SP.Data.Status_x0020_ReportsListItem');
    expect(body['odata.nextLink']).toBe(
      `${sp.siteUrl()}/_api/Web/Lists(guid'${listId}')/Items?%24skiptoken=Paged%3dTRUE%26p_ID%3d1&%24select=Title&%24top=1`
    );
  });

  it('verbose: "d", __metadata {id, uri, etag, type}, collections in d.results, __next, multi-values in {results}', async () => {
    const r = await item(VERBOSE, '?$select=Title,Tags');
    expect(r.headers.get('content-type')).toBe('application/json;odata=verbose;streaming=true;charset=utf-8');
    const uri = `${sp.siteUrl()}/_api/Web/Lists(guid'${listId}')/Items(1)`;
    expect(r.json()).toEqual({
      d: {
        __metadata: { id: uri, uri, etag, type: 'SP.Data.Status_x0020_ReportsListItem' },
        Title: 'x',
        Tags: { __metadata: { type: 'Collection(Edm.String)' }, results: ['a', 'b'] }
      }
    });
    const c = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items?$select=Title&$top=1", { accept: VERBOSE });
    const d = c.json().d;
    expect(d.results.map((x: { Title: string }) => x.Title)).toEqual(['x']);
    expect(d.__next).toContain('%24skiptoken=Paged%3dTRUE%26p_ID%3d1');
  });

  it('returns the full item with SharePoint\'s system columns when nothing is selected', async () => {
    const r = await item(NOMETA);
    expect(Object.keys(r.json())).toEqual([
      'FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title', 'Score', 'Tags',
      'ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'
    ]);
    expect(r.json()).toMatchObject({ FileSystemObjectType: 0, ID: 1, GUID: guid, OData__UIVersionString: '1.0', Attachments: false });
  });

  it('accepts verbose bodies with __metadata on writes', async () => {
    const r = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items", {
      method: 'POST', digest: true, accept: VERBOSE,
      headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({ __metadata: { type: 'SP.Data.Status_x0020_ReportsListItem' }, Title: 'verbose', Tags: { results: ['b'] } })
    });
    expect(r.status).toBe(201);
    expect(r.json().d).toMatchObject({ Title: 'verbose', Tags: { results: ['b'] } });
  });

  it('contextinfo in verbose is wrapped in GetContextWebInformation', async () => {
    const r = await raw(sp, 'reader', 'contextinfo', { method: 'POST', accept: VERBOSE });
    const info = r.json().d.GetContextWebInformation;
    expect(info.__metadata).toEqual({ type: 'SP.ContextWebInformation' });
    expect(info.SupportedSchemaVersions).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['14.0.0.0', '15.0.0.0'] });
  });

  it('errors: odata.error for light, error for verbose, each {code, message {lang, value}}', async () => {
    const light = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items(99)", { accept: NOMETA });
    expect(light.status).toBe(404);
    expect(light.json()).toEqual({
      'odata.error': {
        code: '-2130575338, System.ArgumentException',
        message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' }
      }
    });
    const verbose = await raw(sp, 'editor', "web/lists/getByTitle('Nope')", { accept: VERBOSE });
    expect(verbose.status).toBe(404);
    expect(verbose.json()).toEqual({
      error: {
        code: '-1, System.ArgumentException',
        message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${sp.siteUrl()}'.` }
      }
    });
    const unknownSegment = await raw(sp, 'editor', 'web/nothing');
    expect(unknownSegment.status).toBe(404);
    expect(unknownSegment.json()['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
    const wrongVerb = await raw(sp, 'owner', 'web', { method: 'DELETE', digest: true });
    expect(wrongVerb.status).toBe(405);
    const stale = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items(1)", {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"00000000-0000-0000-0000-000000000000,1"' }, body: '{"Title":"z"}'
    });
    expect(stale.status).toBe(412);
    expect(stale.json()['odata.error'].code).toBe('-2130575305, Microsoft.SharePoint.SPException');
  });

  it('answers MERGE with 204 and the new ETag header, DELETE with 200 and an empty body', async () => {
    const m = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items(2)", {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: '{"Score":3}'
    });
    expect(m.status).toBe(204);
    expect(m.headers.get('etag')).toMatch(/^"[0-9a-f-]{36},2"$/);
    const d = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items(2)", { method: 'DELETE', digest: true, headers: { 'IF-MATCH': '*' } });
    expect(d.status).toBe(200);
    expect(d.text).toBe('');
  });

  it('returns ValidateUpdateListItem results as SP.ListItemFormUpdateValue values', async () => {
    const r = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items(1)/ValidateUpdateListItem()", {
      method: 'POST', digest: true, accept: MINIMAL,
      body: JSON.stringify({ formValues: [{ FieldName: 'Score', FieldValue: '7' }], bNewDocumentUpdate: false })
    });
    expect(r.json()).toEqual({
      'odata.metadata': `${sp.siteUrl()}/_api/$metadata#Collection(SP.ListItemFormUpdateValue)`,
      value: [{ 'odata.type': 'SP.ListItemFormUpdateValue', ErrorCode: 0, ErrorMessage: null, FieldName: 'Score', FieldValue: '7', HasException: false, ItemId: 1 }]
    });
  });
});

describe('web, site users and small endpoints', () => {
  let sp: ILocalSharePoint;
  beforeAll(async () => {
    sp = await start();
    await pnp(sp, 'owner').web.lists.add('Status Reports', '', 100, false);
  });
  afterAll(async () => {
    await sp.close();
  });

  it('describes the web', async () => {
    const web = (await raw(sp, 'reader', 'web?$select=Title,Url,ServerRelativeUrl,Id')).json();
    expect(web).toEqual({ Title: 'gits', Url: sp.siteUrl(), ServerRelativeUrl: '/sites/gits', Id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('resolves getList by server-relative URL', async () => {
    const r = await raw(sp, 'reader', `web/getList('${encodeURIComponent('/sites/gits/Lists/Status Reports')}')?$select=Title`);
    expect(r.json()).toEqual({ Title: 'Status Reports' });
  });

  it('ensures and finds site users', async () => {
    const ensured = await raw(sp, 'owner', 'web/ensureuser', { method: 'POST', digest: true, body: JSON.stringify({ logonName: 'i:0#.f|membership|kim@localsp.test' }) });
    expect(ensured.status).toBe(200);
    const id = ensured.json().Id as number;
    expect(ensured.json()).toMatchObject({ LoginName: 'i:0#.f|membership|kim@localsp.test', Email: 'kim@localsp.test', PrincipalType: 1 });
    expect((await raw(sp, 'reader', `web/siteusers/getById(${id})?$select=Email`)).json()).toEqual({ Email: 'kim@localsp.test' });
    expect((await raw(sp, 'reader', `web/siteusers/getByEmail('kim@localsp.test')?$select=Id`)).json()).toEqual({ Id: id });
    const users = (await raw(sp, 'reader', 'web/siteusers?$select=Email')).json().value.map((u: { Email: string }) => u.Email);
    expect(users).toEqual(expect.arrayContaining(['reader@localsp.test', 'editor@localsp.test', 'approver@localsp.test', 'owner@localsp.test', 'kim@localsp.test']));
  });

  it('recycles an item (it is gone afterwards)', async () => {
    const add = await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items", { method: 'POST', digest: true, body: '{"Title":"bin"}' });
    const id = add.json().Id as number;
    const r = await raw(sp, 'editor', `web/lists/getByTitle('Status Reports')/items(${id})/recycle`, { method: 'POST', digest: true });
    expect(r.status).toBe(200);
    expect(r.json().value).toMatch(/^[0-9a-f-]{36}$/);
    expect((await raw(sp, 'editor', `web/lists/getByTitle('Status Reports')/items(${id})`)).status).toBe(404);
  });

  it('removes a user from a group, taking away the rights it gave', async () => {
    const group = (await raw(sp, 'owner', "web/sitegroups/getByName('gits Members')?$select=Id")).json().Id as number;
    expect((await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items", { method: 'POST', digest: true, body: '{"Title":"ok"}' })).status).toBe(201);
    const rm = await raw(sp, 'owner', `web/sitegroups(${group})/users/removeByLoginName('${encodeURIComponent('i:0#.f|membership|editor@localsp.test')}')`, { method: 'POST', digest: true });
    expect(rm.status).toBe(200);
    expect((await raw(sp, 'editor', "web/lists/getByTitle('Status Reports')/items", { method: 'POST', digest: true, body: '{"Title":"no"}' })).status).toBe(403);
  });
});
