/**
 * Site language and regional settings: a Swedish-language site by default (LCID 1053), its
 * RegionalSettings and TimeZone in the shapes SharePoint Online recorded for pnp/pnpcore
 * (src/sdk/PnP.Core.Test/SharePoint/MockData/WebTests/GetRegionalSettingsTest-0-00002.response.json,
 * GetTimeZoneSettingsTest-0-00003.response.json), and error messages in the site language with
 * the same codes (SharePoint localises message.value and sets message.lang: pnp/powershell#3436,
 * vgrem/office365-rest-python-client#462).
 */
import { ILocalSharePoint } from '../../localsp/src';
import { pnp, raw, start } from './helpers';

const VERBOSE = 'application/json;odata=verbose';

describe('a Swedish-language site (the default)', () => {
  let sp: ILocalSharePoint;
  beforeAll(async () => {
    sp = await start({ language: undefined });
    await pnp(sp, 'owner').web.lists.add('Rapporter', '', 100, false);
    await pnp(sp, 'owner').web.lists.getByTitle('Rapporter').fields.addNumber('Score');
  });
  afterAll(async () => {
    await sp.close();
  });

  it('reports Language 1053 and Swedish regional settings', async () => {
    expect((await raw(sp, 'reader', 'web?$select=Language')).json()).toEqual({ Language: 1053 });
    const rs = (await raw(sp, 'reader', 'web/RegionalSettings')).json();
    expect(rs).toMatchObject({
      LocaleId: 1053, DecimalSeparator: ',', ThousandSeparator: '\u00a0', DateSeparator: '-', DateFormat: 2,
      Time24: true, FirstDayOfWeek: 1, ListSeparator: ';', CollationLCID: 1053, AM: '', PM: ''
    });
    // Same keys as the recorded en-US answer.
    expect(Object.keys(rs).sort()).toEqual([
      'AM', 'AdjustHijriDays', 'AlternateCalendarType', 'CalendarType', 'Collation', 'CollationLCID', 'DateFormat', 'DateSeparator',
      'DecimalSeparator', 'DigitGrouping', 'FirstDayOfWeek', 'FirstWeekOfYear', 'IsEastAsia', 'IsRightToLeft', 'IsUIRightToLeft',
      'ListSeparator', 'LocaleId', 'NegNumberMode', 'NegativeSign', 'PM', 'PositiveSign', 'ShowWeeks', 'ThousandSeparator', 'Time24',
      'TimeMarkerPosition', 'TimeSeparator', 'WorkDayEndHour', 'WorkDayStartHour', 'WorkDays'
    ]);
  });

  it('has the W. Europe time zone (id 4) with its bias in minutes', async () => {
    const tz = (await raw(sp, 'reader', 'web/RegionalSettings/TimeZone')).json();
    expect(tz).toEqual({
      Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
      Id: 4,
      Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
    });
    const expanded = (await raw(sp, 'reader', 'web/RegionalSettings?$select=TimeZone,DateFormat,DecimalSeparator&$expand=TimeZone')).json();
    expect(expanded).toEqual({ TimeZone: tz, DateFormat: 2, DecimalSeparator: ',' });
  });

  it('words errors in Swedish with sv-SE in message.lang and keeps SharePoint\'s codes', async () => {
    const list = await raw(sp, 'editor', "web/lists/getByTitle('Finns inte')");
    expect(list.status).toBe(404);
    expect(list.json()).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: { lang: 'sv-SE', value: `Listan 'Finns inte' finns inte på webbplatsen med URL-adressen '${sp.siteUrl()}'.` }
      }
    });
    const item = await raw(sp, 'editor', "web/lists/getByTitle('Rapporter')/items(42)", { accept: VERBOSE });
    expect(item.status).toBe(404);
    expect(item.json()).toEqual({
      error: {
        code: '-2130575338, System.ArgumentException',
        message: { lang: 'sv-SE', value: 'Objektet finns inte. Det kan ha tagits bort av en annan användare.' }
      }
    });
    const denied = await raw(sp, 'reader', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', digest: true, body: '{"Title":"x"}' });
    expect(denied.status).toBe(403);
    expect(denied.json()['odata.error']).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'sv-SE', value: 'Åtkomst nekad.' } });
    const noDigest = await raw(sp, 'editor', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', body: '{"Title":"x"}' });
    expect(noDigest.status).toBe(403);
    expect(noDigest.json()['odata.error'].code).toBe('-2130575251, System.Runtime.InteropServices.COMException');
    expect(noDigest.json()['odata.error'].message.lang).toBe('sv-SE');
    expect(noDigest.json()['odata.error'].message.value).toMatch(/^Säkerhetsverifieringen för den här sidan är ogiltig/);
    const stale = await raw(sp, 'editor', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', digest: true, body: '{"Title":"a"}' });
    expect(stale.status).toBe(201);
    const conflict = await raw(sp, 'editor', `web/lists/getByTitle('Rapporter')/items(${stale.json().Id as number})`, {
      method: 'POST', digest: true, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '"00000000-0000-0000-0000-000000000000,9"' }, body: '{"Title":"b"}'
    });
    expect(conflict.status).toBe(412);
    expect(conflict.json()['odata.error'].code).toBe('-2130575305, Microsoft.SharePoint.SPException');
    expect(conflict.json()['odata.error'].message.value).toMatch(/^Sparkonflikt\.\r\n\r\nDina ändringar står i konflikt/);
  });

  it('gives ValidateUpdateListItem messages in Swedish with the same error codes', async () => {
    const added = await raw(sp, 'editor', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', digest: true, body: '{"Title":"v"}' });
    const r = await raw(sp, 'editor', `web/lists/getByTitle('Rapporter')/items(${added.json().Id as number})/ValidateUpdateListItem()`, {
      method: 'POST', digest: true,
      body: JSON.stringify({ formValues: [{ FieldName: 'Score', FieldValue: 'tolv' }, { FieldName: 'Saknas', FieldValue: '1' }] })
    });
    expect(r.status).toBe(200);
    expect(r.json().value.map((v: { ErrorCode: number; ErrorMessage: string }) => [v.ErrorCode, v.ErrorMessage])).toEqual([
      [-2130575155, 'Värdet i det här fältet är inte ett giltigt tal.'],
      [-2147024809, "Kolumnen 'Saknas' finns inte. Den kan ha tagits bort av en annan användare."]
    ]);
  });

  it('accepts Swedish decimals in form values', async () => {
    const added = await raw(sp, 'editor', "web/lists/getByTitle('Rapporter')/items", { method: 'POST', digest: true, body: '{"Title":"d"}' });
    const id = added.json().Id as number;
    const r = await pnp(sp, 'editor').web.lists.getByTitle('Rapporter').items.getById(id).validateUpdateListItem([{ FieldName: 'Score', FieldValue: '12,5' }]);
    expect(r[0].HasException).toBe(false);
    expect((await pnp(sp, 'editor').web.lists.getByTitle('Rapporter').items.getById(id).select('Score')()).Score).toBe(12.5);
  });
});

describe('an en-US site and the lenient profile', () => {
  it('en-US: Language 1033, the recorded en-US settings, English messages', async () => {
    const sp = await start({ language: 1033 });
    try {
      expect((await raw(sp, 'reader', 'web?$select=Language')).json()).toEqual({ Language: 1033 });
      expect((await raw(sp, 'reader', 'web/RegionalSettings?$select=LocaleId,DecimalSeparator,DateFormat,DateSeparator,Time24')).json()).toEqual({
        LocaleId: 1033, DecimalSeparator: '.', DateFormat: 0, DateSeparator: '/', Time24: false
      });
      expect((await raw(sp, 'reader', 'web/RegionalSettings/TimeZone?$select=Description')).json().Description).toBe(
        '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'
      );
      const r = await raw(sp, 'reader', "web/lists/getByTitle('Nope')");
      expect(r.json()['odata.error'].message).toEqual({ lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${sp.siteUrl()}'.` });
    } finally {
      await sp.close();
    }
  });

  it('lenient profile: English unless a language is given', async () => {
    const sp = await start({ language: undefined, profile: 'lenient' });
    try {
      expect((await raw(sp, 'reader', 'web?$select=Language')).json()).toEqual({ Language: 1033 });
      expect((await raw(sp, 'reader', "web/lists/getByTitle('Nope')")).json()['odata.error'].message.lang).toBe('en-US');
    } finally {
      await sp.close();
    }
  });

  it('keeps a site\'s language in the database across restarts', async () => {
    const { mkdtempSync } = await import('fs');
    const { join } = await import('path');
    const { tmpdir } = await import('os');
    const file = join(mkdtempSync(join(tmpdir(), 'localsp-lang-')), 'sp.db');
    const a = await start({ dbFile: file, language: 1053 });
    await a.close();
    const b = await start({ dbFile: file, language: 1033 });
    try {
      expect((await raw(b, 'reader', 'web?$select=Language')).json()).toEqual({ Language: 1053 });
    } finally {
      await b.close();
    }
  });
});
