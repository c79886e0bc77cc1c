/**
 * The only module of the data layer that imports SPFx: builds the repository from the web
 * part's context, on the data site. Call once per web part instance and data site (never a
 * module-global SPFI).
 *
 * The form digest: on the page's own site PnPjs takes the page's digest (no request); on another
 * site PnPjs' RequestDigest fetches that site's `_api/contextinfo` once and caches it until it
 * expires, so another data site costs one request per session.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { PnPStatusReportRepository } from './PnPStatusReportRepository';
import type { IStatusReportRepository } from './IStatusReportRepository';
import { dataSiteOf } from './dataSite';
import { CappedRetryFetch } from './throttling';

/** The SPFI of the data site (for the repository and provisioning, which need the same context). */
export function createSpfiForSpfx(context: WebPartContext, dataSiteUrl?: string): SPFI {
  return spfi(dataSiteOf(dataSiteUrl, context.pageContext.web.absoluteUrl)).using(SPFx(context), CappedRetryFetch());
}

export function createRepositoryForSpfx(context: WebPartContext, dataSiteUrl?: string): IStatusReportRepository {
  return new PnPStatusReportRepository(createSpfiForSpfx(context, dataSiteUrl));
}
