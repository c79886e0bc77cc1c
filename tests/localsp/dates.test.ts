/**
 * The site time zone (W. Europe, SharePoint id 4, Europe/Stockholm rules) and SharePoint's
 * date-only semantics: a date typed into a form is local midnight of the site's time zone,
 * returned by REST in UTC, so 2 January reads back as `…-01-01T23:00:00Z` in winter and
 * `…T22:00:00Z` in summer (SharePoint/sp-dev-docs#6083: "It reduces to 1 day ... It return a date
 * in UTC format"; pnp/pnpjs#1890 shows `T05:00:00Z`/`T06:00:00Z` on US sites). Form values
 * follow pnp/cli-microsoft365 src/m365/spo/commands/listitem/listitem-batch-add.spec.ts:
 * "2023-01-01 00:00:00" accepted, "2023-01-01T00:00:00Z" refused with ErrorCode -2146232832;
 * pnp/cli-microsoft365#4375 shows the same code with a Dutch message on an nl-NL site.
 */
import { ILocalSharePoint } from '../../localsp/src';
import { localToUtc, parseFormDateTime, parseRestDateTime, timeZoneOf, toSpDateTime, utcOffsetMinutes } from '../../localsp/src/regional';
import { pnp, raw, start } from './helpers';

const stockholm = timeZoneOf(4);

describe('W. Europe time zone rules', () => {
  it('is UTC+1 in winter and UTC+2 from the last Sunday of March to the last Sunday of October', () => {
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 0, 2))).toBe(60);
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 6, 2))).toBe(120);
    // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 2, 30, 0, 59))).toBe(60);
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 2, 30, 1, 0))).toBe(120);
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 9, 26, 0, 59))).toBe(120);
    expect(utcOffsetMinutes(stockholm, Date.UTC(2025, 9, 26, 1, 0))).toBe(60);
  });

  it('turns local midnight into UTC, winter and summer, on the change days too', () => {
    expect(toSpDateTime(localToUtc(stockholm, 2025, 1, 2))).toBe('2025-01-01T23:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 7, 2))).toBe('2025-07-01T22:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 3, 30))).toBe('2025-03-29T23:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 3, 31))).toBe('2025-03-30T22:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 10, 26))).toBe('2025-10-25T22:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 10, 27))).toBe('2025-10-26T23:00:00Z');
    expect(toSpDateTime(localToUtc(stockholm, 2025, 3, 30, 12))).toBe('2025-03-30T10:00:00Z');
  });

  it('reads REST values: zoned instants as given, unzoned ones as site time', () => {
    expect(parseRestDateTime('2025-01-02T00:00:00Z', stockholm, true)).toBe(Date.UTC(2025, 0, 2));
    expect(parseRestDateTime('2025-01-02T01:00:00+01:00', stockholm, true)).toBe(Date.UTC(2025, 0, 2));
    expect(parseRestDateTime('2025-01-02', stockholm, true)).toBe(Date.UTC(2025, 0, 1, 23));
    expect(parseRestDateTime('2025-07-02T10:00:00', stockholm, true)).toBe(Date.UTC(2025, 6, 2, 8));
    expect(parseRestDateTime('2025-01-02', stockholm, false)).toBe(Date.UTC(2025, 0, 2));
    expect(parseRestDateTime('2025-02-30', stockholm, true)).toBeUndefined();
    expect(parseRestDateTime('igår', stockholm, true)).toBeUndefined();
  });

  it('reads form values in the locale\'s short date form and refuses ISO instants', () => {
    expect(parseFormDateTime('2025-01-02', 1053, stockholm, true)).toBe(Date.UTC(2025, 0, 1, 23));
    expect(parseFormDateTime('2025-01-02 14:30', 1053, stockholm, true)).toBe(Date.UTC(2025, 0, 1, 23));
    expect(parseFormDateTime('2025-01-02 14:30', 1053, stockholm, false)).toBe(Date.UTC(2025, 0, 2, 13, 30));
    expect(parseFormDateTime('1/2/2025', 1033, stockholm, true)).toBe(Date.UTC(2025, 0, 1, 23));
    expect(parseFormDateTime('1/2/2025 2:30 PM', 1033, stockholm, false)).toBe(Date.UTC(2025, 0, 2, 13, 30));
    expect(parseFormDateTime('2023-01-01 00:00:00', 1033, stockholm, false)).toBe(Date.UTC(2022, 11, 31, 23));
    expect(parseFormDateTime('1/2/2025', 1053, stockholm, true)).toBeUndefined();
    expect(parseFormDateTime('2025-01-02T00:00:00Z', 1053, stockholm, true)).toBeUndefined();
    expect(parseFormDateTime('2025-01-02T00:00:00Z', 1033, stockholm, true)).toBeUndefined();
    expect(parseFormDateTime('1899-12-31', 1053, stockholm, true)).toBeUndefined();
  });
});

describe('date-only columns on a Stockholm site over HTTP', () => {
  let sp: ILocalSharePoint;
  const list = "web/lists/getByTitle('Händelser')";

  beforeAll(async () => {
    sp = await start({ language: undefined });
    const owner = pnp(sp, 'owner');
    await owner.web.lists.add('Händelser', '', 100, false);
    await owner.web.lists.getByTitle('Händelser').fields.createFieldAsXml({
      SchemaXml: '<Field Type="DateTime" Name="EventDate" StaticName="EventDate" DisplayName="Datum" Format="DateOnly" />',
      Options: 8
    } as never);
    await owner.web.lists.getByTitle('Händelser').fields.createFieldAsXml({
      SchemaXml: '<Field Type="DateTime" Name="ActionAt" StaticName="ActionAt" DisplayName="Tidpunkt" Format="DateTime" />',
      Options: 8
    } as never);
  });
  afterAll(async () => {
    await sp.close();
  });

  const addRest = async (value: string): Promise<string> => {
    const r = await raw(sp, 'editor', `${list}/items`, { method: 'POST', digest: true, body: JSON.stringify({ Title: value, EventDate: value }) });
    expect(r.status).toBe(201);
    return (await raw(sp, 'editor', `${list}/items(${r.json().Id as number})?$select=EventDate`)).json().EventDate as string;
  };

  const addForm = async (field: string, value: string): Promise<{ result: Record<string, unknown>; stored?: string }> => {
    const r = await raw(sp, 'editor', `${list}/AddValidateUpdateItemUsingPath()`, {
      method: 'POST', digest: true,
      body: JSON.stringify({ listItemCreateInfo: {}, formValues: [{ FieldName: 'Title', FieldValue: value }, { FieldName: field, FieldValue: value }], bNewDocumentUpdate: false })
    });
    expect(r.status).toBe(200);
    const values = r.json().value as Record<string, unknown>[];
    const result = values[1];
    const idPart = values.find((v) => v.FieldName === 'Id');
    if (result.HasException || !idPart) {
      return { result };
    }
    const stored = (await raw(sp, 'editor', `${list}/items(${Number(idPart.FieldValue)})?$select=${field}`)).json()[field] as string;
    return { result, stored };
  };

  it('stores a form date at local midnight and returns it in UTC: 2 January reads back as 1 January 23:00Z', async () => {
    expect((await addForm('EventDate', '2025-01-02')).stored).toBe('2025-01-01T23:00:00Z');
    expect((await addForm('EventDate', '2025-07-02')).stored).toBe('2025-07-01T22:00:00Z');
    // The time of day is dropped on a date-only column, kept on a date-and-time column.
    expect((await addForm('EventDate', '2025-01-02 15:45')).stored).toBe('2025-01-01T23:00:00Z');
    expect((await addForm('ActionAt', '2025-01-02 15:45')).stored).toBe('2025-01-02T14:45:00Z');
  });

  it('refuses an ISO instant as a form value with SharePoint\'s date error, in Swedish', async () => {
    const { result } = await addForm('EventDate', '2025-01-02T00:00:00Z');
    expect(result).toMatchObject({
      FieldName: 'EventDate',
      HasException: true,
      ErrorCode: -2146232832,
      ErrorMessage: 'Du måste ange ett giltigt datum mellan 1900-01-01 och 8900-12-31.'
    });
  });

  it('takes ISO dates as UTC when the form request says datesInUTC: true (pnp/pnpjs#3336)', async () => {
    const add = async (value: string): Promise<{ status: number; json: () => any }> =>
      raw(sp, 'editor', `${list}/AddValidateUpdateItemUsingPath()`, {
        method: 'POST', digest: true,
        body: JSON.stringify({ listItemCreateInfo: {}, formValues: [{ FieldName: 'ActionAt', FieldValue: value }], bNewDocumentUpdate: false, datesInUTC: true })
      });
    const ok = (await add('2025-01-02T09:30:00Z')).json().value as Record<string, unknown>[];
    expect(ok[0]).toMatchObject({ HasException: false });
    const id = Number(ok.find((v) => v.FieldName === 'Id')?.FieldValue);
    expect((await raw(sp, 'editor', `${list}/items(${id})?$select=ActionAt`)).json().ActionAt).toBe('2025-01-02T09:30:00Z');
    const bare = (await add('2025-01-02')).json().value as Record<string, unknown>[];
    const bareId = Number(bare.find((v) => v.FieldName === 'Id')?.FieldValue);
    expect((await raw(sp, 'editor', `${list}/items(${bareId})?$select=ActionAt`)).json().ActionAt).toBe('2025-01-02T00:00:00Z');
    expect(((await add('2/1/2025')).json().value as Record<string, unknown>[])[0]).toMatchObject({ HasException: true, ErrorCode: -2146232832 });
  });

  it('keeps REST instants as sent and reads unzoned REST dates as site time', async () => {
    expect(await addRest('2025-01-02T00:00:00Z')).toBe('2025-01-02T00:00:00Z');
    expect(await addRest('2025-01-01T23:00:00Z')).toBe('2025-01-01T23:00:00Z');
    expect(await addRest('2025-01-02')).toBe('2025-01-01T23:00:00Z');
    expect(await addRest('2025-07-02')).toBe('2025-07-01T22:00:00Z');
  });

  it('filters on the stored UTC instant', async () => {
    const r = await raw(sp, 'reader', `${list}/items?$select=Title&$filter=EventDate eq datetime'2025-07-01T22:00:00Z'`);
    expect(r.json().value.map((x: { Title: string }) => x.Title).sort()).toEqual(['2025-07-02', '2025-07-02']);
  });
});

describe('dates in the lenient profile', () => {
  it('reads unzoned REST dates and form dates as UTC, as before', async () => {
    const sp = await start({ profile: 'lenient' });
    try {
      const owner = pnp(sp, 'owner');
      await owner.web.lists.add('L', '', 100, false);
      await owner.web.lists.getByTitle('L').fields.addDateTime('Due', { DisplayFormat: 0 } as never);
      const r = await raw(sp, 'editor', "web/lists/getByTitle('L')/items", { method: 'POST', digest: true, body: '{"Title":"a","Due":"2025-01-02"}' });
      expect(r.json().Due).toBe('2025-01-02T00:00:00Z');
      const v = await pnp(sp, 'editor').web.lists.getByTitle('L').items.getById(r.json().Id as number).validateUpdateListItem([{ FieldName: 'Due', FieldValue: '2025-07-02' }]);
      expect(v[0].HasException).toBe(false);
      expect((await pnp(sp, 'editor').web.lists.getByTitle('L').items.getById(r.json().Id as number).select('Due')()).Due).toBe('2025-07-02T00:00:00Z');
    } finally {
      await sp.close();
    }
  });
});
