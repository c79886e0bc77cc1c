/**
 * The only module of the data layer that imports SPFx: builds the repository from the web
 * part's context, on the data site. Call once per web part instance and data site (never a
 * module-global SPFI).
 *
 * The form digest: on the page's own site PnPjs takes the page's digest (no request); on another
 * site the data site's digest is fetched once per browser session and kept in sessionStorage
 * (sessionDigest.ts), so another data site costs one request per session, not per page load.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { PnPStatusReportRepository } from './PnPStatusReportRepository';
import type { IStatusReportRepository } from './IStatusReportRepository';
import { dataSiteOf, isSameSite } from './dataSite';
import { SessionFormDigest, type IDigestStorage } from './sessionDigest';
import { CappedRetryFetch } from './throttling';

/** The browser's sessionStorage, if the page may use it (blocked storage throws on access). */
function browserSessionStorage(): IDigestStorage | undefined {
  try {
    return typeof window !== 'undefined' && window.sessionStorage ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

/** The SPFI of the data site (for the repository and provisioning, which need the same context). */
export function createSpfiForSpfx(context: WebPartContext, dataSiteUrl?: string, storage: IDigestStorage | undefined = browserSessionStorage()): SPFI {
  const pageSite = context.pageContext.web.absoluteUrl;
  const dataSite = dataSiteOf(dataSiteUrl, pageSite);
  const sp = spfi(dataSite).using(SPFx(context), CappedRetryFetch());
  if (isSameSite(dataSite, pageSite) || !storage) return sp;
  return sp.using(SessionFormDigest(dataSite, storage, context.pageContext.user?.loginName ?? ''));
}

export function createRepositoryForSpfx(context: WebPartContext, dataSiteUrl?: string): IStatusReportRepository {
  return new PnPStatusReportRepository(createSpfiForSpfx(context, dataSiteUrl));
}
