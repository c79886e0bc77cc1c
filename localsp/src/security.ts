/**
 * SharePoint's permission model, kept as small as the checks need: base permissions
 * (SP.PermissionKind), role definitions that bundle them, and a 64-bit mask for the
 * wire format (SP.BasePermissions High/Low as strings).
 */
export enum PermissionKind {
  ViewListItems = 1,
  AddListItems = 2,
  EditListItems = 3,
  DeleteListItems = 4,
  ApproveItems = 5,
  OpenItems = 6,
  ViewVersions = 7,
  DeleteVersions = 8,
  CancelCheckout = 9,
  ManagePersonalViews = 10,
  ManageLists = 12,
  ViewFormPages = 13,
  Open = 17,
  ViewPages = 18,
  AddAndCustomizePages = 19,
  ApplyThemeAndBorder = 20,
  ApplyStyleSheets = 21,
  CreateSSCSite = 23,
  ManageSubwebs = 24,
  CreateGroups = 25,
  ManagePermissions = 26,
  BrowseDirectories = 27,
  BrowseUserInfo = 28,
  AddDelPrivateWebParts = 29,
  UpdatePersonalWebParts = 30,
  ManageWeb = 31,
  UseClientIntegration = 37,
  UseRemoteAPIs = 38,
  ManageAlerts = 39,
  CreateAlerts = 40,
  EditMyUserInfo = 41,
  EnumeratePermissions = 63,
  FullMask = 65
}

export interface IRoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  permissions: PermissionKind[];
}

const P = PermissionKind;
const READ: PermissionKind[] = [
  P.ViewListItems, P.OpenItems, P.ViewVersions, P.ViewFormPages, P.Open, P.ViewPages,
  P.BrowseUserInfo, P.UseClientIntegration, P.UseRemoteAPIs, P.CreateAlerts
];
const CONTRIBUTE: PermissionKind[] = READ.concat([
  P.AddListItems, P.EditListItems, P.DeleteListItems, P.DeleteVersions, P.ManagePersonalViews,
  P.BrowseDirectories, P.EditMyUserInfo, P.UpdatePersonalWebParts, P.AddDelPrivateWebParts
]);
const APPROVE: PermissionKind[] = CONTRIBUTE.concat([P.ApproveItems, P.CancelCheckout]);
const EDIT: PermissionKind[] = CONTRIBUTE.concat([P.ManageLists]);
const DESIGN: PermissionKind[] = EDIT.concat([P.ApproveItems, P.CancelCheckout, P.AddAndCustomizePages, P.ApplyThemeAndBorder, P.ApplyStyleSheets]);

/** The built-in role definitions of a SharePoint Online team site (ids as SharePoint uses them). */
export const ROLE_DEFINITIONS: IRoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, permissions: [P.FullMask] },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, permissions: DESIGN },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, permissions: EDIT },
  { id: 1073741831, name: 'Approve', description: 'Can edit and approve pages, list items, and documents.', roleTypeKind: 0, order: 96, permissions: APPROVE },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, permissions: CONTRIBUTE },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, permissions: READ },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, permissions: [P.Open, P.BrowseUserInfo, P.UseClientIntegration, P.UseRemoteAPIs] }
];

export function roleDefinitionById(id: number): IRoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

/** The permission kinds in an SP.BasePermissions {High, Low} mask. */
export function kindsFromMask(high: number, low: number): PermissionKind[] {
  if (high >= 2147483647 && low >= 4294967295) {
    return [P.FullMask];
  }
  const out: PermissionKind[] = [];
  for (let bit = 0; bit < 64; bit++) {
    const half = bit < 32 ? low : high;
    const b = bit < 32 ? bit : bit - 32;
    if (Math.floor(half / Math.pow(2, b)) % 2 === 1) {
      out.push((bit + 1) as PermissionKind);
    }
  }
  return out;
}

/** A set of base permissions; FullMask implies every other kind. */
export class PermissionSet {
  private readonly kinds = new Set<PermissionKind>();

  public add(kinds: PermissionKind[]): void {
    kinds.forEach((k) => this.kinds.add(k));
  }

  public has(kind: PermissionKind): boolean {
    return this.kinds.has(P.FullMask) || this.kinds.has(kind);
  }

  /** SP.BasePermissions: bit (kind-1) of a 64-bit mask, split in High/Low 32-bit halves, as strings. */
  public toBasePermissions(): { High: string; Low: string } {
    if (this.kinds.has(P.FullMask)) {
      return { High: '2147483647', Low: '4294967295' };
    }
    let high = 0;
    let low = 0;
    this.kinds.forEach((k) => {
      const bit = k - 1;
      if (bit < 32) {
        low += Math.pow(2, bit);
      } else {
        high += Math.pow(2, bit - 32);
      }
    });
    return { High: String(high), Low: String(low) };
  }
}
