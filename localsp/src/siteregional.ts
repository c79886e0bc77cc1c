/**
 * Each site's language (LCID) and time zone, fixed when the site is created (as a SharePoint
 * site's language is chosen at creation) and kept in the database.
 */
import { DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE_ID, ITimeZone, isSiteLanguage, SiteLanguage, timeZoneOf } from './regional';
import { Store } from './store';

export class SiteRegional {
  /** Language and time zone given to sites created from now on. */
  public defaultLanguage: SiteLanguage = DEFAULT_LANGUAGE;
  public defaultTimeZoneId: number = DEFAULT_TIME_ZONE_ID;

  public constructor(private readonly store: Store) {}

  public initSite(site: string): void {
    this.store.setMeta(key(site, 'language'), String(this.defaultLanguage));
    this.store.setMeta(key(site, 'timezone'), String(this.defaultTimeZoneId));
  }

  public language(site: string): SiteLanguage {
    const v = Number(this.store.getMeta(key(site, 'language')));
    return isSiteLanguage(v) ? v : this.defaultLanguage;
  }

  public timeZone(site: string): ITimeZone {
    const v = this.store.getMeta(key(site, 'timezone'));
    return timeZoneOf(v === undefined ? this.defaultTimeZoneId : Number(v));
  }
}

function key(site: string, what: string): string {
  return `site:${site.toLowerCase()}:${what}`;
}
