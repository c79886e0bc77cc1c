/**
 * SharePoint Online's limits on writes: the 1 MiB request body (pnp/pnpcore#777, pnp/pnpjs#2980:
 * "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "The maximum number of bytes
 * allowed to be read from the stream has been exceeded ... a maximum of 1048576 bytes is
 * allowed"), 255 characters on single line of text, and 409 Save Conflict for field adds
 * batched together on one list while the fields are created anyway (pnp/pnpjs#2646).
 */
import { ILocalSharePoint } from '../../localsp/src';
import { digest, pnp, raw, start } from './helpers';

const LIMIT = 1048576;

/** A JSON item body of exactly `bytes` bytes (UTF-8). */
function bodyOf(bytes: number, extra: Record<string, unknown> = {}): string {
  const base = JSON.stringify({ ...extra, Title: 'stor', Notes: '' });
  return JSON.stringify({ ...extra, Title: 'stor', Notes: 'x'.repeat(bytes - Buffer.byteLength(base)) });
}

async function batch(sp: ILocalSharePoint, user: string, parts: { method: string; url: string; body?: string }[]): Promise<{ status: number; text: string }> {
  const lines: string[] = [];
  for (const p of parts) {
    lines.push('--batch_l', 'Content-Type: multipart/mixed; boundary="changeset_l"', '', '--changeset_l', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`${p.method} ${sp.siteUrl()}/_api/${p.url} HTTP/1.1`, 'Accept: application/json;odata=nometadata', 'Content-Type: application/json;odata=nometadata', '', p.body || '', '', '--changeset_l--', '');
  }
  lines.push('--batch_l--', '');
  const r = await fetch(`${sp.siteUrl()}/_api/$batch`, {
    method: 'POST',
    headers: { 'X-Local-User': user, 'X-RequestDigest': await digest(sp, user), 'Content-Type': 'multipart/mixed; boundary=batch_l', Accept: 'application/json;odata=nometadata' },
    body: lines.join('\r\n')
  });
  return { status: r.status, text: await r.text() };
}

describe('the 1 MiB request body limit', () => {
  let sp: ILocalSharePoint;
  const items = "web/lists/getByTitle('Stora')/items";
  beforeAll(async () => {
    sp = await start({ language: undefined });
    await pnp(sp, 'owner').web.lists.add('Stora', '', 100, false);
    await pnp(sp, 'owner').web.lists.getByTitle('Stora').fields.addMultilineText('Notes');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('accepts a body of exactly 1,048,576 bytes', async () => {
    const body = bodyOf(LIMIT);
    expect(Buffer.byteLength(body)).toBe(LIMIT);
    const r = await raw(sp, 'editor', items, { method: 'POST', digest: true, body });
    expect(r.status).toBe(201);
  });

  it('refuses one byte more with 400 and SharePoint\'s code, saving nothing', async () => {
    const before = (await raw(sp, 'reader', "web/lists/getByTitle('Stora')?$select=ItemCount")).json().ItemCount as number;
    const r = await raw(sp, 'editor', items, { method: 'POST', digest: true, body: bodyOf(LIMIT + 1) });
    expect(r.status).toBe(400);
    const error = r.json()['odata.error'];
    expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(error.message.lang).toBe('sv-SE');
    expect(error.message.value).toBe(
      'Det högsta antalet byte som får läsas från dataströmmen har överskridits. Efter den senaste läsåtgärden har totalt 1048577 byte lästs från dataströmmen, men högst 1048576 byte tillåts.'
    );
    expect((await raw(sp, 'reader', "web/lists/getByTitle('Stora')?$select=ItemCount")).json().ItemCount).toBe(before);
  });

  it('counts multi-byte characters as bytes and reports the bytes read in 16 KiB blocks (en-US wording)', async () => {
    const en = await start();
    try {
      await pnp(en, 'owner').web.lists.add('Stora', '', 100, false);
      await pnp(en, 'owner').web.lists.getByTitle('Stora').fields.addMultilineText('Notes');
      const body = JSON.stringify({ Title: 'å', Notes: 'ö'.repeat(540000) });
      expect(body.length).toBeLessThan(LIMIT);
      const r = await raw(en, 'editor', items, { method: 'POST', digest: true, body });
      expect(r.status).toBe(400);
      expect(r.json()['odata.error'].message).toEqual({
        lang: 'en-US',
        value:
          'The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of 1064960 bytes has been read from the stream; however a maximum of 1048576 bytes is allowed.'
      });
    } finally {
      await en.close();
    }
  });

  it('applies to $batch as a whole: a batch over the limit is refused and none of its parts runs', async () => {
    const part = bodyOf(400000);
    const before = (await raw(sp, 'reader', "web/lists/getByTitle('Stora')?$select=ItemCount")).json().ItemCount as number;
    const r = await batch(sp, 'editor', [1, 2, 3].map(() => ({ method: 'POST', url: items, body: part })));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect((await raw(sp, 'reader', "web/lists/getByTitle('Stora')?$select=ItemCount")).json().ItemCount).toBe(before);
    const ok = await batch(sp, 'editor', [1, 2].map(() => ({ method: 'POST', url: items, body: part })));
    expect(ok.status).toBe(200);
    expect(ok.text.match(/HTTP\/1\.1 201 Created/g)).toHaveLength(2);
  });

  it('has no limit in the lenient profile', async () => {
    const lenient = await start({ profile: 'lenient' });
    try {
      await pnp(lenient, 'owner').web.lists.add('Stora', '', 100, false);
      await pnp(lenient, 'owner').web.lists.getByTitle('Stora').fields.addMultilineText('Notes');
      expect((await raw(lenient, 'editor', items, { method: 'POST', digest: true, body: bodyOf(LIMIT * 2) })).status).toBe(201);
    } finally {
      await lenient.close();
    }
  });
});

describe('single line of text: 255 characters', () => {
  let sp: ILocalSharePoint;
  const items = "web/lists/getByTitle('Texter')/items";
  beforeAll(async () => {
    sp = await start({ language: undefined });
    await pnp(sp, 'owner').web.lists.add('Texter', '', 100, false);
    await pnp(sp, 'owner').web.lists.getByTitle('Texter').fields.createFieldAsXml({
      SchemaXml: '<Field Type="Text" Name="ShortCode" StaticName="ShortCode" DisplayName="Kod" MaxLength="10" />',
      Options: 8
    } as never);
    await pnp(sp, 'owner').web.lists.getByTitle('Texter').fields.addMultilineText('Notes');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('takes 255 characters in Title and refuses 256 with 400 SPFieldValidationException', async () => {
    expect((await raw(sp, 'editor', items, { method: 'POST', digest: true, body: JSON.stringify({ Title: 'å'.repeat(255) }) })).status).toBe(201);
    const r = await raw(sp, 'editor', items, { method: 'POST', digest: true, body: JSON.stringify({ Title: 'å'.repeat(256) }) });
    expect(r.status).toBe(400);
    expect(r.json()['odata.error']).toEqual({
      code: '-2146232832, Microsoft.SharePoint.SPFieldValidationException',
      message: { lang: 'sv-SE', value: "Värdet i fältet 'Title' är längre än den högsta tillåtna längden på 255 tecken." }
    });
  });

  it('honours a smaller MaxLength, on MERGE too, and leaves multi-line text unlimited', async () => {
    const add = await raw(sp, 'editor', items, { method: 'POST', digest: true, body: JSON.stringify({ Title: 'a', ShortCode: '0123456789', Notes: 'n'.repeat(5000) }) });
    expect(add.status).toBe(201);
    const merge = await raw(sp, 'editor', `${items}(${add.json().Id as number})`, {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify({ ShortCode: '01234567890' })
    });
    expect(merge.status).toBe(400);
    expect(merge.json()['odata.error'].code).toBe('-2146232832, Microsoft.SharePoint.SPFieldValidationException');
    expect((await raw(sp, 'editor', `${items}(${add.json().Id as number})?$select=ShortCode`)).json().ShortCode).toBe('0123456789');
  });

  it('refuses over-long text in ValidateUpdateListItem per field, saving nothing', async () => {
    const add = await raw(sp, 'editor', items, { method: 'POST', digest: true, body: JSON.stringify({ Title: 'före' }) });
    const id = add.json().Id as number;
    const r = await pnp(sp, 'editor').web.lists.getByTitle('Texter').items.getById(id).validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'x'.repeat(256) },
      { FieldName: 'Notes', FieldValue: 'ok' }
    ]);
    expect(r[0]).toMatchObject({ HasException: true, ErrorCode: -2146232832, ErrorMessage: "Värdet i fältet 'Title' är längre än den högsta tillåtna längden på 255 tecken." });
    expect(r[1].HasException).toBe(false);
    expect((await raw(sp, 'editor', `${items}(${id})?$select=Title,Notes`)).json()).toEqual({ Title: 'före', Notes: null });
  });

  it('stores longer text in the lenient profile', async () => {
    const lenient = await start({ profile: 'lenient' });
    try {
      await pnp(lenient, 'owner').web.lists.add('Texter', '', 100, false);
      expect((await raw(lenient, 'editor', items, { method: 'POST', digest: true, body: JSON.stringify({ Title: 'x'.repeat(300) }) })).status).toBe(201);
    } finally {
      await lenient.close();
    }
  });
});

describe('field adds batched together', () => {
  const xml = (name: string): { SchemaXml: string; Options: number } => ({
    SchemaXml: `<Field Type="Text" Name="${name}" StaticName="${name}" DisplayName="${name}" />`,
    Options: 8
  });

  it('answers 409 Save Conflict for every part after the first on the same list, and creates all fields', async () => {
    const sp = await start({ language: undefined });
    try {
      const owner = pnp(sp, 'owner');
      await owner.web.lists.add('A', '', 100, false);
      await owner.web.lists.add('B', '', 100, false);
      const [batched, execute] = owner.batched();
      const outcomes = ['F1', 'F2', 'F3'].map((n) => batched.web.lists.getByTitle('A').fields.createFieldAsXml(xml(n) as never).then(() => 200, (e: { status?: number }) => e.status));
      const other = batched.web.lists.getByTitle('B').fields.createFieldAsXml(xml('G1') as never).then(() => 200, (e: { status?: number }) => e.status);
      await execute();
      expect(await Promise.all(outcomes)).toEqual([200, 409, 409]);
      expect(await other).toBe(200);
      const names = (await owner.web.lists.getByTitle('A').fields.select('InternalName')()).map((f) => f.InternalName);
      expect(names).toEqual(expect.arrayContaining(['F1', 'F2', 'F3']));
      // The answer of a conflicting part, over raw HTTP.
      const r = await batch(sp, 'owner', ['H1', 'H2'].map((n) => ({ method: 'POST', url: "web/lists/getByTitle('A')/fields/createfieldasxml", body: JSON.stringify({ parameters: xml(n) }) })));
      expect(r.text).toContain('HTTP/1.1 409 Conflict');
      const second = r.text.split('--batchresponse_')[2];
      const json = JSON.parse(second.substring(second.indexOf('{'), second.lastIndexOf('}') + 1));
      expect(json['odata.error'].code).toBe('-2130575305, Microsoft.SharePoint.SPException');
      expect(json['odata.error'].message.value).toMatch(/^Sparkonflikt\./);
    } finally {
      await sp.close();
    }
  });

  it('answers each part 200 when the fields are added one request at a time, and in the lenient profile', async () => {
    const lenient = await start({ profile: 'lenient' });
    try {
      const owner = pnp(lenient, 'owner');
      await owner.web.lists.add('A', '', 100, false);
      const [batched, execute] = owner.batched();
      const outcomes = ['F1', 'F2'].map((n) => batched.web.lists.getByTitle('A').fields.createFieldAsXml(xml(n) as never).then(() => 200, (e: { status?: number }) => e.status));
      await execute();
      expect(await Promise.all(outcomes)).toEqual([200, 200]);
    } finally {
      await lenient.close();
    }
    const sp = await start();
    try {
      const owner = pnp(sp, 'owner');
      await owner.web.lists.add('A', '', 100, false);
      await owner.web.lists.getByTitle('A').fields.createFieldAsXml(xml('F1') as never);
      await owner.web.lists.getByTitle('A').fields.createFieldAsXml(xml('F2') as never);
      expect((await owner.web.lists.getByTitle('A').fields.select('InternalName')()).map((f) => f.InternalName)).toEqual(expect.arrayContaining(['F1', 'F2']));
    } finally {
      await sp.close();
    }
  });
});
