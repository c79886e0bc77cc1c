/**
 * The data site: the one SharePoint site whose lists hold every object's reports. The web part
 * may sit on any site of the tenant (a team's site behind its Teams tab, the board's page on the
 * GITS site) and reads and writes the data site's lists. Pure: no SPFx or PnPjs here.
 */

export type DataSiteCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly messageKey: 'webpart.dataSiteUrl.invalid' | 'webpart.dataSiteUrl.otherHost' };

/** A site URL without a trailing slash, a query, or a page path (…/SitePages/x.aspx, …/Lists/x). */
function normalize(u: URL): string {
  const path = u.pathname.replace(/\/(SitePages|Lists|Shared%20Documents|Delade%20dokument|_layouts)(\/.*)?$/i, '').replace(/\/+$/, '');
  return `${u.protocol}//${u.host}${path}`;
}

/**
 * Checks a data site URL typed into the property pane. Empty means the current site. The data
 * site must be on the current site's host (the page's sign-in reaches only its own tenant).
 */
export function checkDataSiteUrl(value: string | undefined, currentSiteUrl: string): DataSiteCheck {
  const current = new URL(currentSiteUrl);
  const typed = (value ?? '').trim();
  if (typed === '') return { ok: true, url: normalize(current) };
  let u: URL;
  try {
    u = new URL(typed.indexOf('/') === 0 ? `${current.protocol}//${current.host}${typed}` : typed);
  } catch {
    return { ok: false, messageKey: 'webpart.dataSiteUrl.invalid' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, messageKey: 'webpart.dataSiteUrl.invalid' };
  if (u.host.toLowerCase() !== current.host.toLowerCase()) return { ok: false, messageKey: 'webpart.dataSiteUrl.otherHost' };
  return { ok: true, url: normalize(u) };
}

/** The URL to build the repository on: the valid data site, else the current site. */
export function dataSiteOf(value: string | undefined, currentSiteUrl: string): string {
  const checked = checkDataSiteUrl(value, currentSiteUrl);
  return checked.ok ? checked.url : normalize(new URL(currentSiteUrl));
}

/** Whether the data site is the page's own site (then the page's form digest serves it). */
export function isSameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();
}
