/**
 * The provisioning service over an SPFI (the web part's, or Node's in tests). Loaded on demand
 * with the provisioning code (chunk 'provisioning'): only a site owner facing missing lists
 * ever needs it.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { ProvisioningIncompleteError, provisionSite } from '../data/provisioning/provision';
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
        // Site owners only: members of a team site hold Edit, which has Manage Lists but not
        // Manage Permissions or Create Groups, and provisioning sets permissions and groups.
        return [PermissionKind.ManageLists, PermissionKind.ManagePermissions, PermissionKind.CreateGroups].every((k) => sp.web.hasPermissions(permissions, k));
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
        if (status === 401 || status === 403) return { kind: 'forbidden' };
        // Nothing is marked done: the next run continues where this one stopped.
        return error instanceof ProvisioningIncompleteError ? { kind: 'incomplete' } : { kind: 'failed' };
      }
    }
  };
}

