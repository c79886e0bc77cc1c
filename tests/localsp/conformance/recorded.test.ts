/**
 * Conformance with recorded SharePoint Online answers: for each request shape the product's
 * data layer sends (src/data/repository, src/data/provisioning, src/services), the same request
 * to localsp must answer with the recorded shape: status, the headers that matter, JSON keys and
 * their types, and the error code. Recorded answers and their sources: ./recorded.ts.
 */
import { ILocalSharePoint } from '../../../localsp/src';
import { digest, pnp, raw, start } from '../helpers';
import { IRecordedAnswer, IRecordedBatchAnswer, RECORDED, RECORDED_BATCH } from './recorded';

const NOMETA = 'application/json;odata=nometadata';

type Kind = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

function kindOf(v: unknown): Kind {
  return v === null || v === undefined ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind);
}

/** Differences between an answer and a recorded excerpt: every recorded key present, with the recorded JSON type. */
export function shapeDifferences(actual: unknown, recorded: unknown, nullable: string[] = [], path = '$'): string[] {
  const out: string[] = [];
  const ka = kindOf(actual);
  const kr = kindOf(recorded);
  const key = path.split('.').pop() || '';
  if (ka !== kr && !(nullable.indexOf(key) >= 0 && (ka === 'null' || kr === 'null'))) {
    return [`${path}: ${ka} where SharePoint Online has ${kr}`];
  }
  if (kr === 'object' && ka === 'object') {
    const a = actual as Record<string, unknown>;
    const r = recorded as Record<string, unknown>;
    for (const k of Object.keys(r)) {
      if (!(k in a)) {
        out.push(`${path}.${k}: missing`);
      } else {
        out.push(...shapeDifferences(a[k], r[k], nullable, `${path}.${k}`));
      }
    }
  }
  if (kr === 'array' && ka === 'array') {
    const r = recorded as unknown[];
    const a = actual as unknown[];
    if (r.length > 0) {
      if (a.length === 0) {
        out.push(`${path}: empty where SharePoint Online has items`);
      }
      a.forEach((x, i) => out.push(...shapeDifferences(x, r[0], nullable, `${path}[${i}]`)));
    }
  }
  return out;
}

function expectAnswer(r: { status: number; headers: Headers; text: string }, recorded: IRecordedAnswer): void {
  const body = r.text ? (JSON.parse(r.text) as unknown) : undefined;
  const problems: string[] = [];
  if (r.status !== recorded.status) {
    problems.push(`status ${r.status}, SharePoint Online ${recorded.status}`);
  }
  Object.keys(recorded.headers || {}).forEach((h) => {
    const v = r.headers.get(h) || '';
    if (!new RegExp((recorded.headers as Record<string, string>)[h]).test(v)) {
      problems.push(`header ${h}: '${v}'`);
    }
  });
  if (recorded.body === undefined) {
    if (r.text !== '' && !recorded.errorCode) {
      problems.push(`a body where SharePoint Online has none: ${r.text.substring(0, 80)}`);
    }
  } else {
    problems.push(...shapeDifferences(body, recorded.body, recorded.nullable));
  }
  if (recorded.errorCode) {
    const b = body as Record<string, { code?: string }> | undefined;
    const code = b && (b['odata.error'] || b.error) ? (b['odata.error'] || b.error).code : undefined;
    if (code !== recorded.errorCode) {
      problems.push(`error code ${String(code)}, SharePoint Online ${recorded.errorCode}`);
    }
  }
  expect({ source: recorded.source, problems }).toEqual({ source: recorded.source, problems: [] });
}

interface IPart {
  method: string;
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

async function runBatch(sp: ILocalSharePoint, user: string, parts: IPart[]): Promise<{ status: number; headers: Record<string, string>; body: string }[]> {
  const lines: string[] = [];
  for (const p of parts) {
    // Framed as PnPjs frames a $batch: writes in a changeset, each part an application/http request.
    lines.push('--batch_c', 'Content-Type: multipart/mixed; boundary="changeset_c"', '', '--changeset_c', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`${p.method} ${sp.siteUrl()}/_api/${p.url} HTTP/1.1`, `Accept: ${NOMETA}`, `Content-Type: ${NOMETA}`);
    Object.keys(p.headers || {}).forEach((h) => lines.push(`${h}: ${(p.headers as Record<string, string>)[h]}`));
    lines.push('', p.body || '', '', '--changeset_c--', '');
  }
  lines.push('--batch_c--', '');
  const res = await fetch(`${sp.siteUrl()}/_api/$batch`, {
    method: 'POST',
    headers: { 'X-Local-User': user, 'X-RequestDigest': await digest(sp, user), 'Content-Type': 'multipart/mixed; boundary=batch_c', Accept: NOMETA },
    body: lines.join('\r\n')
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  const boundary = /boundary=(\S+)/.exec(res.headers.get('content-type') || '')?.[1] || '';
  return text
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const http = chunk.substring(chunk.indexOf('HTTP/1.1'));
      const [head, ...rest] = http.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      headerLines.forEach((l) => {
        const i = l.indexOf(':');
        headers[l.substring(0, i)] = l.substring(i + 1).trim();
      });
      return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
    });
}

function expectBatch(parts: { status: number; headers: Record<string, string>; body: string }[], recorded: IRecordedBatchAnswer): void {
  const problems: string[] = [];
  if (parts.length !== recorded.parts.length) {
    problems.push(`${parts.length} parts, SharePoint Online ${recorded.parts.length}`);
  }
  recorded.parts.forEach((want, i) => {
    const got = parts[i];
    if (!got) {
      return;
    }
    if (got.status !== want.status) {
      problems.push(`part ${i}: status ${got.status}, SharePoint Online ${want.status}`);
    }
    // Header names are compared as SharePoint Online writes them (upper case).
    Object.keys(want.headers).forEach((h) => {
      if (!(h in got.headers) || !new RegExp(want.headers[h]).test(got.headers[h])) {
        problems.push(`part ${i}: header ${h} '${String(got.headers[h])}'`);
      }
    });
    if (want.body !== undefined) {
      problems.push(...shapeDifferences(JSON.parse(got.body), want.body, [], `part ${i}`));
    } else if (!want.errorCode && got.body !== '') {
      problems.push(`part ${i}: a body where SharePoint Online has none`);
    }
    if (want.errorCode && JSON.parse(got.body)['odata.error'].code !== want.errorCode) {
      problems.push(`part ${i}: error code ${JSON.parse(got.body)['odata.error'].code as string}`);
    }
  });
  expect({ source: recorded.source, problems }).toEqual({ source: recorded.source, problems: [] });
}

describe('the shape checker', () => {
  it('finds missing keys, wrong types and wrong element shapes', () => {
    expect(shapeDifferences({ a: 1, b: 'x' }, { a: 0, b: '' })).toEqual([]);
    expect(shapeDifferences({ a: '1' }, { a: 0, b: '' })).toEqual(['$.a: string where SharePoint Online has number', '$.b: missing']);
    expect(shapeDifferences({ v: [{ a: 1 }, { a: null }] }, { v: [{ a: 0 }] })).toEqual(['$.v[1].a: null where SharePoint Online has number']);
    expect(shapeDifferences({ d: null }, { d: '' }, ['d'])).toEqual([]);
  });
});

describe('localsp answers the data layer\'s requests as SharePoint Online did', () => {
  let sp: ILocalSharePoint;
  const reports = "web/lists/getByTitle('GitsReports')";
  let listId = '';

  beforeAll(async () => {
    sp = await start();
    const owner = pnp(sp, 'owner');
    listId = ((await owner.web.lists.add('GitsReports', '', 100, false)) as unknown as { Id: string }).Id;
    for (const t of ['a', 'b', 'c']) {
      await pnp(sp, 'editor').web.lists.getByTitle('GitsReports').items.add({ Title: t });
    }
  });
  afterAll(async () => {
    await sp.close();
  });

  it('contextinfo', async () => {
    expectAnswer(await raw(sp, 'editor', 'contextinfo', { method: 'POST' }), RECORDED.contextinfo);
  });

  it('list by title, and a missing list (404 with the same code in odata.error and verbose error)', async () => {
    expectAnswer(await raw(sp, 'reader', reports), RECORDED.listByTitle);
    expectAnswer(await raw(sp, 'reader', "web/lists/getByTitle('Documents')"), RECORDED.listMissing);
    expectAnswer(await raw(sp, 'reader', "web/lists/getByTitle('X')", { accept: 'application/json;odata=verbose' }), RECORDED.errorVerbose);
  });

  it('items with $filter, $select, $orderby, $top and the next page link', async () => {
    const r = await raw(sp, 'reader', `${reports}/items?$select=Id,Title&$filter=Title ne 'z'&$orderby=Id&$top=2`);
    expectAnswer(r, RECORDED.itemsPage);
    const next = r.json()['odata.nextLink'] as string;
    expect(next).toMatch(/%24skiptoken=Paged%3dTRUE%26p_ID%3d2/);
    const page2 = await fetch(next, { headers: { 'X-Local-User': 'reader', Accept: NOMETA } });
    expect(((await page2.json()) as { value: { Title: string }[] }).value.map((v) => v.Title)).toEqual(['c']);
  });

  it('item update with If-Match: 204; a stale ETag: 412 Save Conflict', async () => {
    const item = await raw(sp, 'editor', `${reports}/items(1)`);
    const etag = item.headers.get('etag') as string;
    const merge = await raw(sp, 'editor', `${reports}/items(1)`, { method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag }, body: '{"Title":"a2"}' });
    expectAnswer(merge, RECORDED.itemMerge);
    const stale = await raw(sp, 'editor', `${reports}/items(1)`, { method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag }, body: '{"Title":"a3"}' });
    expectAnswer(stale, RECORDED.staleEtag);
  });

  it('ValidateUpdateListItem', async () => {
    const r = await raw(sp, 'editor', `${reports}/items(2)/ValidateUpdateListItem()`, {
      method: 'POST', digest: true, body: JSON.stringify({ formValues: [{ FieldName: 'Title', FieldValue: 'b2' }], bNewDocumentUpdate: false })
    });
    expectAnswer(r, RECORDED.validateUpdateListItem);
  });

  it('AddValidateUpdateItemUsingPath: the form values, then the new item\'s id as a last "Id" value', async () => {
    const r = await raw(sp, 'editor', `${reports}/AddValidateUpdateItemUsingPath()`, {
      method: 'POST', digest: true, body: JSON.stringify({ listItemCreateInfo: {}, formValues: [{ FieldName: 'Title', FieldValue: 'd' }], bNewDocumentUpdate: false })
    });
    expectAnswer(r, RECORDED.addValidateUpdateItemUsingPath);
    const values = r.json().value as { FieldName: string; FieldValue: string }[];
    expect(values.map((v) => v.FieldName)).toEqual(['Title', 'Id']);
    expect(values[1].FieldValue).toMatch(/^[1-9]\d*$/);
  });

  it('$batch: 201 and 204 parts with their headers; a 404 part between 200 parts', async () => {
    const added = await runBatch(sp, 'editor', [
      { method: 'POST', url: `${reports}/items`, body: '{"Title":"x"}' },
      { method: 'POST', url: `${reports}/items(3)`, body: '{"Title":"c2"}', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } }
    ]);
    expectBatch(added, RECORDED_BATCH.addThenUpdate);
    expect(added[0].headers.LOCATION).toBe(`${sp.siteUrl()}/_api/Web/Lists(guid'${listId}')/Items(${JSON.parse(added[0].body).Id as number})`);
    const deleted = await runBatch(sp, 'editor', [
      { method: 'DELETE', url: `${reports}/items(2)`, headers: { 'IF-MATCH': '*' } },
      { method: 'DELETE', url: `${reports}/items(999)`, headers: { 'IF-MATCH': '*' } },
      { method: 'DELETE', url: `${reports}/items(3)`, headers: { 'IF-MATCH': '*' } }
    ]);
    expectBatch(deleted, RECORDED_BATCH.notFoundInTheMiddle);
  });

  it('provisioning: createfieldasxml, list update (EnableModeration, DraftVersionVisibility), field update (Indexed)', async () => {
    const field = await raw(sp, 'owner', `${reports}/fields/createfieldasxml`, {
      method: 'POST', digest: true,
      body: JSON.stringify({ parameters: { SchemaXml: '<Field Type="Text" Name="ObjectKey" StaticName="ObjectKey" DisplayName="Objektnyckel" />', Options: 8 } })
    });
    expectAnswer(field, RECORDED.createFieldAsXml);
    const list = await raw(sp, 'owner', reports, {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ EnableModeration: true, DraftVersionVisibility: 2 })
    });
    expectAnswer(list, RECORDED.listUpdate);
    expect((await raw(sp, 'owner', `${reports}?$select=EnableModeration,DraftVersionVisibility`)).json()).toEqual({ EnableModeration: true, DraftVersionVisibility: 2 });
    const indexed = await raw(sp, 'owner', `${reports}/fields/getByInternalNameOrTitle('ObjectKey')`, {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ Indexed: true })
    });
    expectAnswer(indexed, RECORDED.listUpdate);
    expect((await raw(sp, 'owner', `${reports}/fields/getByInternalNameOrTitle('ObjectKey')?$select=Indexed`)).json()).toEqual({ Indexed: true });
  });

  it('security: site groups, group users, role definitions, breakroleinheritance, role assignments, effective permissions, current user', async () => {
    const groups = await raw(sp, 'owner', 'web/sitegroups');
    expectAnswer(groups, RECORDED.siteGroups);
    const groupId = (groups.json().value as { Id: number }[])[0].Id;
    expectAnswer(await raw(sp, 'owner', `web/sitegroups(${groupId})/users`), RECORDED.groupUsers);
    const defs = await raw(sp, 'owner', 'web/roledefinitions');
    expectAnswer(defs, RECORDED.roleDefinitions);
    const defId = (defs.json().value as { Id: number }[])[0].Id;
    expectAnswer(await raw(sp, 'owner', `${reports}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`, { method: 'POST', digest: true }), RECORDED.nullResult);
    expectAnswer(
      await raw(sp, 'owner', `${reports}/roleassignments/addroleassignment(principalid=${groupId},roledefid=${defId})`, { method: 'POST', digest: true }),
      RECORDED.nullResult
    );
    expectAnswer(await raw(sp, 'owner', `${reports}/roleassignments?$expand=RoleDefinitionBindings`), RECORDED.roleAssignmentsExpanded);
    expectAnswer(await raw(sp, 'owner', 'web/EffectiveBasePermissions'), RECORDED.effectivePermissions);
    expectAnswer(await raw(sp, 'owner', `${reports}/EffectiveBasePermissions`), RECORDED.effectivePermissions);
    expectAnswer(await raw(sp, 'editor', 'web/currentuser'), RECORDED.currentUser);
    expectAnswer(await raw(sp, 'owner', 'web/ensureuser', { method: 'POST', digest: true, body: JSON.stringify({ logonName: 'i:0#.f|membership|kim@localsp.test' }) }), RECORDED.currentUser);
  });

  it('regional settings with the time zone expanded', async () => {
    expectAnswer(await raw(sp, 'reader', 'web/RegionalSettings?$select=TimeZone,DateFormat,DecimalSeparator&$expand=TimeZone'), RECORDED.regionalSettings);
  });
});
