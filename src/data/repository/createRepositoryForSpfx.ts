/**
 * The only module of the data layer that imports SPFx: builds the repository from the web
 * part's context. Call once per web part instance (never a module-global SPFI).
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { PnPStatusReportRepository } from './PnPStatusReportRepository';
import type { IStatusReportRepository } from './IStatusReportRepository';

/** The SPFI of a web part instance (for provisioning, which needs the same context). */
export function createSpfiForSpfx(context: WebPartContext): SPFI {
  return spfi().using(SPFx(context));
}

export function createRepositoryForSpfx(context: WebPartContext): IStatusReportRepository {
  return new PnPStatusReportRepository(createSpfiForSpfx(context));
}
