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

/** Browser PnPjs for a site of the local SharePoint (absolute URL, same origin as the page). */
export function createBrowserSp(siteUrl: string): SPFI {
  return spfi(siteUrl).using(DefaultInit(), DefaultHeaders(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest());
}

/** A fresh repository (and PnPjs instance, so nothing cached crosses a user switch). */
export function createWorkbenchRepository(siteUrl: string): IStatusReportRepository {
  return new PnPStatusReportRepository(createBrowserSp(siteUrl));
}

/** Provisioning as the web part offers it to a site owner, over the same browser PnPjs. */
export function createWorkbenchProvisioning(siteUrl: string): IProvisioningService {
  let sp: SPFI | undefined;
  return createProvisioningService(() => {
    if (!sp) sp = createBrowserSp(siteUrl);
    return sp;
  });
}
