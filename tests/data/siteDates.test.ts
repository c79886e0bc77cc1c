/**
 * Date-only values in the site's time zone. SharePoint stores a date-only value at local
 * midnight of the site's zone and returns it in UTC: on a Stockholm site 2 January reads back as
 * …-01-01T23:00:00Z (sp-dev-docs#6083); on US sites T05:00:00Z / T06:00:00Z (pnp/pnpjs#1890).
 */
import { dateOnlyToStored, ianaZoneOf, siteDates, storedToDateOnly, zoneOffsetMinutes } from '../../src/data/repository/rows/siteDates';

describe('date-only values on a site in W. Europe time', () => {
  const zone = ianaZoneOf(4);

  it('maps SharePoint time zone ids to zones, Stockholm by default', () => {
    expect(zone).toBe('Europe/Stockholm');
    expect(ianaZoneOf(13)).toBe('America/Los_Angeles');
    expect(ianaZoneOf(undefined)).toBe('Europe/Stockholm');
    expect(ianaZoneOf(9999)).toBe('Europe/Stockholm');
  });

  it('stores local midnight as UTC, winter and summer and on the days the clocks change', () => {
    expect(dateOnlyToStored('2025-01-02', zone)).toBe('2025-01-01T23:00:00Z');
    expect(dateOnlyToStored('2025-07-02', zone)).toBe('2025-07-01T22:00:00Z');
    expect(dateOnlyToStored('2025-03-30', zone)).toBe('2025-03-29T23:00:00Z');
    expect(dateOnlyToStored('2025-03-31', zone)).toBe('2025-03-30T22:00:00Z');
    expect(dateOnlyToStored('2025-10-26', zone)).toBe('2025-10-25T22:00:00Z');
    expect(dateOnlyToStored('2025-10-27', zone)).toBe('2025-10-26T23:00:00Z');
    expect(dateOnlyToStored('2025-01-02', 'America/New_York')).toBe('2025-01-02T05:00:00Z');
    expect(zoneOffsetMinutes(Date.parse('2025-07-01T12:00:00Z'), zone)).toBe(120);
  });

  it('reads every day of a year back unchanged, and values written as UTC midnight as the same date', () => {
    const d = siteDates(zone);
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86400000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      expect(d.fromStored(d.toStored(date))).toBe(date);
      expect(d.fromStored(`${date}T00:00:00Z`)).toBe(date);
    }
    expect(storedToDateOnly('2025-01-01T23:00:00Z', zone)).toBe('2025-01-02');
    expect(storedToDateOnly('2025-07-02', zone)).toBe('2025-07-02');
  });
});
