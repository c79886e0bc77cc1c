/**
 * Local SharePoint: a development and test double of SharePoint Online's REST API
 * (the subset PnPjs v4 uses for GITS Statusrapport), stored in SQLite.
 */
export { startLocalSharePoint } from './server';
export type { ILocalSharePoint, ILocalSharePointOptions, IFaultOptions, IBulkInsertOptions, IFallbackPageContext } from './server';
export type { SiteProfile, ISiteSetup } from './permissions/siteDefaults';
export type { SiteLanguage } from './permissions/roles';
export { KNOWN_USERS, USER_DOMAIN, loginOf } from './permissions/siteDefaults';
