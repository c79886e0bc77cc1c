/**
 * What the current user may do, from SharePoint's effective permissions. With the security
 * model (docs/security.md) a team holds its rights on its object's folder, not on the list:
 * so editing is read from the report folders the user can see, approving from the snapshot
 * list, reading from the snapshot list (the board cannot open GitsReports at all).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IUserPermissions, RepositoryResult } from './IStatusReportRepository';
import { batchSettled, ok, type Settled } from './batch';
import { NO_METADATA, list, type IRepositoryContext } from './context';
import { errorStatus, guard, notProvisioned, toRepositoryError } from './errors';

type BasePermissions = Parameters<SPFI['web']['hasPermissions']>[0];

/** The four reads permissions come from, to put in a $batch (the first screen's or their own). */
export function permissionRequests(b: SPFI): Promise<unknown>[] {
  return [
    b.web.getCurrentUserEffectivePermissions(),
    list(b, 'snapshots').getCurrentUserEffectivePermissions(),
    list(b, 'reports').getCurrentUserEffectivePermissions(),
    list(b, 'reports').items.using(NO_METADATA).filter('FSObjType eq 1').select('Id', 'FileLeafRef', 'EffectiveBasePermissions').top(5000)()
  ];
}

/** The permissions from the settled outcomes of permissionRequests, in their order. */
export function permissionsFrom(sp: SPFI, settled: readonly Settled[]): RepositoryResult<IUserPermissions> {
  const [webR, snapshotsR, reportsR, foldersR] = settled;
  if (!snapshotsR.ok) return errorStatus(snapshotsR.error) === 404 ? notProvisioned() : toRepositoryError(snapshotsR.error);
  const web = webR.ok ? (webR.value as BasePermissions) : undefined;
  const snapshots = snapshotsR.value as BasePermissions;
  // A board member cannot open GitsReports (404): no folder to edit in.
  const folders = foldersR.ok ? (foldersR.value as { FileLeafRef?: string; EffectiveBasePermissions?: BasePermissions }[]) : [];
  const has = (p: BasePermissions | undefined, k: PermissionKind): boolean => p !== undefined && sp.web.hasPermissions(p, k);
  const onList = reportsR.ok ? (reportsR.value as BasePermissions) : undefined;
  const writable = (p: BasePermissions | undefined): boolean => has(p, PermissionKind.AddListItems) && has(p, PermissionKind.EditListItems);
  // Folder name = object key: the objects whose reports this user writes (a team's own).
  const editableObjects = folders.filter((f) => writable(f.EffectiveBasePermissions) && typeof f.FileLeafRef === 'string').map((f) => f.FileLeafRef as string);
  const canEdit = writable(onList) || editableObjects.length > 0;
  return ok({
    // The board and approvers read on the snapshot list; a team in its own folders.
    canRead: has(snapshots, PermissionKind.ViewListItems) || canEdit,
    canEdit,
    canApprove: has(snapshots, PermissionKind.ApproveItems),
    // Site owners only: a team site's members hold Edit (Manage Lists) but not Manage
    // Permissions or Create Groups, which provisioning needs.
    canManageLists: [PermissionKind.ManageLists, PermissionKind.ManagePermissions, PermissionKind.CreateGroups].every((k) => has(web, k)),
    // Unknown (not an empty list) when the folders could not be read: the board cannot open GitsReports.
    ...(foldersR.ok ? { editableObjects } : {})
  });
}

export function getPermissions(ctx: IRepositoryContext): Promise<RepositoryResult<IUserPermissions>> {
  return guard(async () => {
    const r = await batchSettled(ctx.sp, permissionRequests);
    if (r.kind !== 'ok') return r;
    return permissionsFrom(ctx.sp, r.value);
  });
}
