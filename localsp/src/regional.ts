/**
 * A site's language and regional settings: LCID, `web/RegionalSettings`, the site time zone
 * (with its daylight saving rules) and the date forms SharePoint accepts from REST bodies and
 * from list forms (ValidateUpdateListItem).
 *
 * Shapes follow pnp/pnpcore's recordings from SharePoint Online:
 * src/sdk/PnP.Core.Test/SharePoint/MockData/WebTests/GetRegionalSettingsTest-0-00002.response.json
 * (RegionalSettings of an en-US site) and GetTimeZoneSettingsTest-0-00003.response.json
 * (TimeZone {Description, Id, Information {Bias, DaylightBias, StandardBias}}).
 */

/** Site languages localsp knows: Swedish (default, as the product's sites) and US English. */
export type SiteLanguage = 1053 | 1033;

export const DEFAULT_LANGUAGE: SiteLanguage = 1053;

export function isSiteLanguage(v: unknown): v is SiteLanguage {
  return v === 1053 || v === 1033;
}

/** The culture name SharePoint writes in `odata.error.message.lang`. */
export function cultureOf(lcid: number): string {
  return lcid === 1053 ? 'sv-SE' : 'en-US';
}

export interface ITimeZone {
  id: number;
  /** Minutes to add to local standard time to get UTC (W. Europe: -60), as SharePoint's Information.Bias. */
  bias: number;
  daylightBias: number;
  standardBias: number;
  description: Record<SiteLanguage, string>;
  /** Daylight saving rule: EU (last Sunday of March to last Sunday of October, changing at 01:00 UTC). */
  dst: 'eu' | 'none';
}

/** SharePoint time zone ids (SP.TimeZone.Id); 4 is the Swedish default "W. Europe Standard Time". */
export const TIME_ZONES: Record<number, ITimeZone> = {
  4: {
    id: 4,
    bias: -60,
    daylightBias: -60,
    standardBias: 0,
    description: {
      1053: '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
      1033: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'
    },
    dst: 'eu'
  },
  2: {
    id: 2,
    bias: 0,
    daylightBias: -60,
    standardBias: 0,
    description: {
      1053: '(UTC+00:00) Dublin, Edinburgh, Lissabon, London',
      1033: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'
    },
    dst: 'eu'
  },
  39: {
    id: 39,
    bias: 0,
    daylightBias: 0,
    standardBias: 0,
    description: { 1053: '(UTC) Koordinerad universell tid', 1033: '(UTC) Coordinated Universal Time' },
    dst: 'none'
  }
};

export const DEFAULT_TIME_ZONE_ID = 4;

export function timeZoneOf(id: number | undefined): ITimeZone {
  return TIME_ZONES[id ?? DEFAULT_TIME_ZONE_ID] || TIME_ZONES[DEFAULT_TIME_ZONE_ID];
}

/** Last Sunday of a month (1-based month) as a UTC day-of-month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Minutes east of UTC at an instant (W. Europe: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(tz: ITimeZone, utcMs: number): number {
  const standard = -(tz.bias + tz.standardBias);
  if (tz.dst === 'none') {
    return standard;
  }
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end ? standard - tz.daylightBias : standard;
}

/** The UTC instant of a local wall-clock time in the site's time zone. */
export function localToUtc(tz: ITimeZone, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const guess = wall - -(tz.bias + tz.standardBias) * 60000;
  // A second pass settles wall-clock times next to a daylight saving change.
  const first = wall - utcOffsetMinutes(tz, guess) * 60000;
  return wall - utcOffsetMinutes(tz, first) * 60000;
}

/** SharePoint's REST form of a DateTime value: UTC, seconds, "Z". */
export function toSpDateTime(utcMs: number): string {
  return new Date(utcMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * A DateTime value from a REST JSON body. An instant with a zone ("Z" or an offset) is stored
 * as that instant; a value without a zone (a bare "2025-01-02" or "2025-01-02T10:00:00") is
 * read as wall-clock time of the site's time zone, as SharePoint converts unspecified times
 * from the web's regional settings. `siteTime: false` (lenient profile) reads it as UTC.
 * Returns undefined for text that is not a date.
 */
export function parseRestDateTime(text: string, tz: ITimeZone, siteTime: boolean): number | undefined {
  const t = text.trim();
  if (ISO_WITH_ZONE.test(t)) {
    const ms = Date.parse(t);
    return isNaN(ms) ? undefined : ms;
  }
  const m = ISO_LOCAL.exec(t);
  if (m) {
    const parts = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] || 0), Number(m[5] || 0), Number(m[6] || 0)] as const;
    if (!validDate(parts[0], parts[1], parts[2])) {
      return undefined;
    }
    return siteTime ? localToUtc(tz, ...parts) : Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  }
  const ms = Date.parse(t);
  return isNaN(ms) ? undefined : ms;
}

function validDate(y: number, mo: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The English and Swedish texts of SharePoint's form error for a date it cannot read. */
export const INVALID_DATE_ERROR_CODE = -2146232832;

/**
 * A date typed into a list form (ValidateUpdateListItem's FieldValue), in the site locale's
 * short date form: sv-SE "2025-01-02" (optionally " 14:30"), en-US "1/2/2025" (optionally
 * " 2:30 PM") or "2025-01-02 14:30:00". The value is local time of the site; a date-only column
 * keeps local midnight. ISO instants ("2025-01-02T00:00:00Z") are refused, as SharePoint
 * refuses them (pnp/cli-microsoft365 src/m365/spo/commands/listitem/listitem-batch-add.spec.ts:
 * ErrorCode -2146232832 "You must specify a valid date within the range of 1/1/1900 and
 * 12/31/8900." for "2023-01-01T00:00:00Z", while "2023-01-01 00:00:00" is accepted).
 */
export function parseFormDateTime(text: string, lcid: number, tz: ITimeZone, dateOnly: boolean): number | undefined {
  const t = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  let h = 0;
  let mi = 0;
  let s = 0;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const us = lcid === 1033 ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?)?$/i.exec(t) : null;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [h, mi, s] = [Number(iso[4] || 0), Number(iso[5] || 0), Number(iso[6] || 0)];
  } else if (us) {
    [mo, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
    [h, mi, s] = [Number(us[4] || 0), Number(us[5] || 0), Number(us[6] || 0)];
    const marker = (us[7] || '').toUpperCase();
    if (marker === 'PM' && h < 12) {
      h += 12;
    } else if (marker === 'AM' && h === 12) {
      h = 0;
    }
  } else {
    return undefined;
  }
  if (!validDate(y, mo, d) || y < 1900 || y > 8900 || h > 23 || mi > 59 || s > 59) {
    return undefined;
  }
  return dateOnly ? localToUtc(tz, y, mo, d) : localToUtc(tz, y, mo, d, h, mi, s);
}

/**
 * A form date sent with `datesInUTC: true` (a ValidateUpdateListItem and
 * AddValidateUpdateItemUsingPath parameter on SharePoint Online, absent on SharePoint 2016:
 * pnp/pnpjs#3336, vgrem/office365-rest-python-client#509): an ISO 8601 date or date-time read as
 * UTC ("2025-01-02" is 2025-01-02T00:00:00Z), stored as that instant.
 */
export function parseUtcFormDateTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return undefined;
  }
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4] || '00'}:${m[5] || '00'}:${m[6] || '00'}${m[7] || 'Z'}`);
  return isNaN(ms) || Number(m[1]) < 1900 || Number(m[1]) > 8900 ? undefined : ms;
}

/**
 * `web/RegionalSettings` for a site language (the en-US values are those of the recording
 * named above; the sv-SE values are Windows' sv-SE culture: "," decimals, non-breaking space
 * thousands, "-" date separator, 24-hour clock, Monday first, ISO weeks).
 */
export function regionalSettingsProps(lcid: number): Record<string, unknown> {
  const sv = lcid === 1053;
  return {
    AdjustHijriDays: 0,
    AlternateCalendarType: 0,
    AM: sv ? '' : 'AM',
    CalendarType: 1,
    Collation: sv ? 24 : 25,
    CollationLCID: sv ? 1053 : 1033,
    DateFormat: sv ? 2 : 0,
    DateSeparator: sv ? '-' : '/',
    DecimalSeparator: sv ? ',' : '.',
    DigitGrouping: '3;0',
    FirstDayOfWeek: sv ? 1 : 0,
    FirstWeekOfYear: sv ? 2 : 0,
    IsEastAsia: false,
    IsRightToLeft: false,
    IsUIRightToLeft: false,
    ListSeparator: sv ? ';' : ',',
    LocaleId: sv ? 1053 : 1033,
    NegativeSign: '-',
    NegNumberMode: 1,
    PM: sv ? '' : 'PM',
    PositiveSign: '',
    ShowWeeks: sv,
    ThousandSeparator: sv ? '\u00a0' : ',',
    Time24: sv,
    TimeMarkerPosition: 0,
    TimeSeparator: ':',
    WorkDayEndHour: 1020,
    WorkDays: 62,
    WorkDayStartHour: 480
  };
}

export function timeZoneProps(tz: ITimeZone, lcid: number): Record<string, unknown> {
  return {
    Description: tz.description[lcid === 1033 ? 1033 : 1053],
    Id: tz.id,
    Information: { Bias: tz.bias, DaylightBias: tz.daylightBias, StandardBias: tz.standardBias }
  };
}
