/**
 * Who may change groups, as SharePoint decides it: creating a group needs Create Groups on the
 * web (Full Control has it; Edit does not); changing a group or its members needs Manage
 * Permissions on the web, or being the group's owner (a user, or a member of the owning group),
 * or, when the group allows members to edit membership, being a member. A group that lets only
 * its members view its membership shows it to members, its owner and those who manage permissions.
 */
import { SpErrors } from '../errors';
import { PermissionKind } from '../security';
import { IPrincipalRow, Store } from '../store';
import { AccessSession } from './access';
import { ScopeStore } from './scopeStore';

export class PrincipalRules {
  public constructor(private readonly store: Store, private readonly scopes: ScopeStore) {}

  public demandCreateGroup(session: AccessSession): void {
    if (!session.web().has(PermissionKind.CreateGroups)) {
      throw SpErrors.accessDenied();
    }
  }

  public isOwner(user: IPrincipalRow, group: IPrincipalRow): boolean {
    if (group.ownerId === undefined) {
      return false;
    }
    return group.ownerId === user.id || this.store.groupMembers(group.ownerId).indexOf(user.id) >= 0;
  }

  public demandManageGroup(session: AccessSession, group: IPrincipalRow): void {
    if (!session.web().has(PermissionKind.ManagePermissions) && !this.isOwner(session.user, group)) {
      throw SpErrors.accessDenied();
    }
  }

  public demandEditMembership(session: AccessSession, group: IPrincipalRow): void {
    if (session.web().has(PermissionKind.ManagePermissions) || this.isOwner(session.user, group)) {
      return;
    }
    if (this.scopes.groupSettings(group.id).allowMembersEditMembership && this.store.groupMembers(group.id).indexOf(session.user.id) >= 0) {
      return;
    }
    throw SpErrors.accessDenied();
  }

  public demandViewMembership(session: AccessSession, group: IPrincipalRow): void {
    if (!this.scopes.groupSettings(group.id).onlyAllowMembersViewMembership) {
      return;
    }
    if (session.web().has(PermissionKind.ManagePermissions) || this.isOwner(session.user, group)) {
      return;
    }
    if (this.store.groupMembers(group.id).indexOf(session.user.id) >= 0) {
      return;
    }
    throw SpErrors.accessDenied();
  }
}
