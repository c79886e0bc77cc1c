/**
 * Effective permissions: a user's rights on a scope are the union of the role definitions
 * bound to the user, or to a group the user is in, on that scope. The web, a list with unique
 * role assignments, and a folder or item with unique role assignments are scopes; everything
 * else uses the scope of its nearest parent that has one.
 */
import { IPrincipalRow, IListRow } from '../store';
import { IRoleDefinition, PermissionKind, PermissionSet } from '../security';
import { Store } from '../store';
import { kindsOf, LENIENT_APPROVE, TEAM_SITE_ROLES } from './roles';
import { ScopeStore } from './scopeStore';

export function listScopeId(list: IListRow): string {
  return list.hasUniqueRoles ? list.id : 'web';
}

export class Access {
  private readonly defsCache = new Map<string, IRoleDefinition[]>();

  public constructor(private readonly store: Store, public readonly scopes: ScopeStore) {}

  /** The site's role definitions (built-in levels first, in SharePoint's order). */
  public roleDefinitions(site: string): IRoleDefinition[] {
    let defs = this.defsCache.get(site);
    if (!defs) {
      const rows = this.scopes.roleDefinitions(site);
      defs = rows.map((r) => ({ ...r, permissions: r.permissions as PermissionKind[] }));
      if (!rows.some((r) => r.roleTypeKind === 5)) {
        // A database written before levels were stored per site: its built-in levels were English.
        const legacy = TEAM_SITE_ROLES.concat([LENIENT_APPROVE]).map((t) => ({
          id: t.id, name: t.names[1033], description: t.descriptions[1033], order: t.order, roleTypeKind: t.roleTypeKind, hidden: t.hidden, permissions: kindsOf(t)
        }));
        defs = legacy.concat(defs.map((d) => ({ ...d, roleTypeKind: 0 })));
      }
      defs.sort((a, b) => a.order - b.order || a.id - b.id);
      this.defsCache.set(site, defs);
    }
    return defs;
  }

  public forgetRoleDefinitions(site: string): void {
    this.defsCache.delete(site);
  }

  /** The scope an item uses (its own, a folder's, or its list's). */
  public itemScopeId(list: IListRow, itemId: number): string {
    return this.scopes.scopeOfItem(list.id, itemId) || listScopeId(list);
  }

  public session(site: string, user: IPrincipalRow): AccessSession {
    return new AccessSession(this, this.store, site, user);
  }
}

/** Permissions of one user, memoized per scope for the length of one request. */
export class AccessSession {
  private readonly memo = new Map<string, PermissionSet>();
  private groups: number[] | undefined;

  public constructor(private readonly access: Access, private readonly store: Store, public readonly site: string, public readonly user: IPrincipalRow) {}

  public scope(scope: string): PermissionSet {
    let set = this.memo.get(scope);
    if (set) {
      return set;
    }
    set = new PermissionSet();
    if (this.user.isSiteAdmin) {
      set.add([PermissionKind.FullMask]);
    } else {
      const groups = this.groups || (this.groups = this.store.groupsOfUser(this.user.id));
      const defs = this.access.roleDefinitions(this.site);
      for (const ra of this.store.roleAssignments(this.site, scope)) {
        if (ra.principalId === this.user.id || groups.indexOf(ra.principalId) >= 0) {
          const def = defs.find((d) => d.id === ra.roleDefId);
          if (def) {
            set.add(def.permissions);
          }
        }
      }
    }
    this.memo.set(scope, set);
    return set;
  }

  public web(): PermissionSet {
    return this.scope('web');
  }

  public list(list: IListRow | undefined): PermissionSet {
    return list ? this.scope(listScopeId(list)) : this.web();
  }

  public item(list: IListRow, itemId: number): PermissionSet {
    return this.scope(this.access.itemScopeId(list, itemId));
  }

  /**
   * Whether the list exists for this user: any right on the list (Limited Access included),
   * or the right to view items in a folder or item scope inside it.
   */
  public seesList(list: IListRow): boolean {
    if (!this.list(list).isEmpty()) {
      return true;
    }
    return this.access.scopes.uniqueItems(list.id).some((id) => this.item(list, id).has(PermissionKind.ViewListItems));
  }

  /** Forgets memoized results after the request changed assignments or memberships. */
  public reset(): void {
    this.memo.clear();
    this.groups = undefined;
  }
}
