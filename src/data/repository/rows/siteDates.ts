/**
 * Date-only columns in the site's time zone, as SharePoint's own forms store them: a date is
 * kept as local midnight of the site's time zone, expressed in UTC (on a Stockholm site
 * 2 January is stored as 2025-01-01T23:00:00Z, 2 July as 2025-07-01T22:00:00Z: sp-dev-docs#6083,
 * pnp/pnpjs#1890). Reading converts the stored instant back to the site's local date, so a
 * value written as UTC midnight by older versions reads back as the same date too. Pure.
 */

/** SharePoint time zone ids (SP.TimeZone.Id) → IANA zone names. */
const IANA_BY_SHAREPOINT_ID: Readonly<Record<number, string>> = {
  2: 'Europe/London',
  3: 'Europe/Paris',
  4: 'Europe/Stockholm',
  10: 'America/New_York',
  11: 'America/Chicago',
  12: 'America/Denver',
  13: 'America/Los_Angeles',
  39: 'UTC'
};

/** The zone of a site whose time zone is not known (the product's sites are in Sweden). */
export const DEFAULT_SITE_ZONE = 'Europe/Stockholm';

export function ianaZoneOf(sharePointTimeZoneId: number | undefined): string {
  return (sharePointTimeZoneId !== undefined && IANA_BY_SHAREPOINT_ID[sharePointTimeZoneId]) || DEFAULT_SITE_ZONE;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local wall-clock parts of an instant in a zone. */
function wallClock(ms: number, zone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  }).formatToParts(new Date(ms));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? '0');
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** Minutes the zone is ahead of UTC at an instant (Stockholm: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  return (Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(ms / 1000) * 1000) / 60000;
}

/** How a date-only value ("2025-01-02") is stored: the UTC instant of local midnight in `zone`. */
export function dateOnlyToStored(date: string, zone: string): string {
  const m = DATE_ONLY.exec(date);
  if (!m) return date;
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // The offset at local midnight; a second pass settles a day on which the offset changes.
  let instant = utcMidnight - zoneOffsetMinutes(utcMidnight, zone) * 60000;
  instant = utcMidnight - zoneOffsetMinutes(instant, zone) * 60000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The site-local date ("2025-01-02") of a stored date-only value. */
export function storedToDateOnly(value: string, zone: string): string {
  if (DATE_ONLY.test(value)) return value;
  const ms = Date.parse(value);
  if (isNaN(ms)) return value.slice(0, 10);
  const w = wallClock(ms, zone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** Date-only conversions of one site. */
export interface ISiteDates {
  readonly zone: string;
  toStored(date: string): string;
  fromStored(value: string): string;
}

export function siteDates(zone: string = DEFAULT_SITE_ZONE): ISiteDates {
  return { zone, toStored: (d) => dateOnlyToStored(d, zone), fromStored: (v) => storedToDateOnly(v, zone) };
}
