/** What the current user may do, from the effective permissions on the web and the lists. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IUserPermissions, RepositoryResult } from './IStatusReportRepository';
import { batchSettled, ok } from './batch';
import { list, type IRepositoryContext } from './context';
import { guard, notProvisioned } from './errors';

type BasePermissions = Parameters<SPFI['web']['hasPermissions']>[0];

export function getPermissions(ctx: IRepositoryContext): Promise<RepositoryResult<IUserPermissions>> {
  return guard(async () => {
    const r = await batchSettled(ctx.sp, (b) => [
      b.web.getCurrentUserEffectivePermissions(),
      list(b, 'reports').getCurrentUserEffectivePermissions(),
      list(b, 'snapshots').getCurrentUserEffectivePermissions()
    ]);
    if (r.kind !== 'ok') return r;
    const [web, reports, snapshots] = r.value.map((s) => (s.ok ? (s.value as BasePermissions) : undefined));
    if (!reports || !snapshots) return notProvisioned();
    const has = (p: BasePermissions | undefined, k: PermissionKind): boolean => p !== undefined && ctx.sp.web.hasPermissions(p, k);
    return ok({
      canRead: has(reports, PermissionKind.ViewListItems),
      canEdit: has(reports, PermissionKind.EditListItems),
      canApprove: has(snapshots, PermissionKind.ApproveItems),
      canManageLists: has(web, PermissionKind.ManageLists)
    });
  });
}
