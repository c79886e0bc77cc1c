/**
 * The provisioning service over an SPFI (the web part's, or Node's in tests). Loaded on demand
 * with the provisioning code (chunk 'provisioning'): only a site owner facing missing lists
 * ever needs it.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { provisionSite } from '../data/provisioning/provision';
import type { IProvisioningService, ProvisioningOutcome } from './IProvisioningService';

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** Builds the service over an SPFI (the web part's, or Node's in tests). */
export function createProvisioningService(getSp: () => SPFI, getApproversGroup: () => string | undefined = () => undefined): IProvisioningService {
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
        const result = await provisionSite(getSp(), { approversGroup: getApproversGroup() });
        return { kind: 'ok', changes: result.changes.length, warnings: result.warnings.length };
      } catch (error) {
        const status = httpStatusOf(error);
        return status === 401 || status === 403 ? { kind: 'forbidden' } : { kind: 'failed' };
      }
    }
  };
}

