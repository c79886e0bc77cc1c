/**
 * The repository the workbench hands to the web part: the SAME PnPStatusReportRepository class
 * the web part uses, over browser PnPjs pointed at the local SharePoint. Same origin, so the
 * signed-in user travels in the `localsp-user` cookie; no header is injected.
 */
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { RequestDigest } from '@pnp/sp';
import { PnPStatusReportRepository } from '../../src/data/repository/PnPStatusReportRepository';
import type { IStatusReportRepository } from '../../src/data/repository/IStatusReportRepository';
import { createProvisioningService } from '../../src/services/createProvisioningServiceForSpfx';
import type { IProvisioningService } from '../../src/services/IProvisioningService';
import { fetchContextInfo, FormDigestSource, readPageDigest, SharedRequestDigest } from './digest';
import { createBoardServicesForSp } from '../../src/services/createBoardServicesForSp';
import type { IBoardServices } from '../../src/services/IBoardServices';

/**
 * Browser PnPjs for a site of the local SharePoint (absolute URL, same origin as the page).
 * Digests come from `digests` (the page's, as SPFx takes them from the page context; else one
 * shared contextinfo request); PnPjs' RequestDigest is seeded from it the way SPFx seeds it.
 */
export function createBrowserSp(siteUrl: string, digests?: FormDigestSource): SPFI {
  const source = digests ?? new FormDigestSource(undefined, fetchContextInfo(siteUrl));
  const sameWeb = (url: string): boolean => url.toLowerCase().indexOf(`${siteUrl.toLowerCase()}/_api/`) === 0;
  return spfi(siteUrl).using(
    DefaultInit(),
    DefaultHeaders(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    SharedRequestDigest(source),
    RequestDigest((url: string) => (sameWeb(url) ? source.current() : undefined))
  );
}

/** Site of the local SharePoint the page reads (the server writes it into a meta tag). */
export function pageSiteUrl(): string {
  const meta = document.querySelector('meta[name="workbench-site"]');
  const path = (meta && meta.getAttribute('content')) || '/sites/gits';
  return new URL(path, window.location.origin).href.replace(/\/$/, '');
}

/** The digest source of the page: the digest the server wrote into it, valid for this site. */
export function pageDigestSource(siteUrl: string): FormDigestSource {
  return new FormDigestSource(readPageDigest(document), fetchContextInfo(siteUrl));
}

/**
 * A fresh repository (and PnPjs instance, so nothing cached crosses a user switch). The page's
 * digest belongs to the user the page was served to, so only that first repository uses it.
 */
export function createWorkbenchRepository(siteUrl: string, digests?: FormDigestSource): IStatusReportRepository {
  return new PnPStatusReportRepository(createBrowserSp(siteUrl, digests));
}

/** Provisioning as the web part offers it to a site owner, over the same browser PnPjs. */
export function createWorkbenchProvisioning(siteUrl: string, digests?: FormDigestSource): IProvisioningService {
  let sp: SPFI | undefined;
  return createProvisioningService(() => {
    if (!sp) sp = createBrowserSp(siteUrl, digests);
    return sp;
  });
}

/** The board's records as the web part reads them, over the same browser PnPjs (the board repository loaded on first use). */
export function createWorkbenchBoard(siteUrl: string, digests?: FormDigestSource): IBoardServices {
  let sp: SPFI | undefined;
  return createBoardServicesForSp(() => {
    if (!sp) sp = createBrowserSp(siteUrl, digests);
    return sp;
  });
}
