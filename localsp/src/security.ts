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
  hidden: boolean;
  permissions: PermissionKind[];
}

/** The permission kinds in an SP.BasePermissions {High, Low} mask. */
const P = PermissionKind;

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

  public isEmpty(): boolean {
    return this.kinds.size === 0;
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
