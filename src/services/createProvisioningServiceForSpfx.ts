/**
 * The provisioning service of a web part instance. The provisioning code (schema, list and
 * column creation) is loaded only when a site owner asks for it, so readers never download it.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { createSpfiForSpfx } from '../data/repository/createRepositoryForSpfx';
import type { IProvisioningService, ProvisioningOutcome } from './IProvisioningService';

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** Builds the service over an SPFI (the web part's, or Node's in tests). */
export function createProvisioningService(getSp: () => SPFI): IProvisioningService {
  return {
    async canManageLists(): Promise<boolean> {
      try {
        const sp = getSp();
        const permissions = await sp.web.getCurrentUserEffectivePermissions();
        return sp.web.hasPermissions(permissions, PermissionKind.ManageLists);
      } catch {
        return false;
      }
    },
    async provision(): Promise<ProvisioningOutcome> {
      try {
        const { provisionSite } = await import(/* webpackChunkName: 'provisioning' */ '../data/provisioning/provision');
        const result = await provisionSite(getSp());
        return { kind: 'ok', changes: result.changes.length, warnings: result.warnings.length };
      } catch (error) {
        const status = httpStatusOf(error);
        return status === 401 || status === 403 ? { kind: 'forbidden' } : { kind: 'failed' };
      }
    }
  };
}

export function createProvisioningServiceForSpfx(context: WebPartContext): IProvisioningService {
  let sp: SPFI | undefined;
  return createProvisioningService(() => {
    if (!sp) sp = createSpfiForSpfx(context);
    return sp;
  });
}
