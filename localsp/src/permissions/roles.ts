/**
 * The role definitions (permission levels) of a SharePoint Online team site.
 *
 * Ids, RoleTypeKind, Order, Hidden and the BasePermissions masks are those SharePoint Online
 * returned for `web/roledefinitions` in pnp/pnpcore's recording
 * src/sdk/PnP.Core.Test/Security/MockData/RoleDefinitionTests/GetWebRoleDefinitions-0-00002.response.json
 * (the recorded site also had a "Review" level with a non-built-in id, left out here).
 * Names and descriptions follow the site language; the Swedish names are those of Swedish
 * SharePoint ("Fullständig behörighet", "Redigera", "Bidra", "Läsa", "Begränsad åtkomst").
 */
import { kindsFromMask, PermissionKind } from '../security';

export type SiteLanguage = 1053 | 1033;

export interface IRoleTemplate {
  id: number;
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  mask: { High: number; Low: number };
  names: Record<SiteLanguage, string>;
  descriptions: Record<SiteLanguage, string>;
}

export const ROLE_IDS = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  restrictedView: 1073741832,
  limitedAccess: 1073741825,
  webOnlyLimitedAccess: 1073741833,
  /** The Approve level of today's lenient set-up (RoleTypeKind 0, as a non-built-in level). */
  lenientApprove: 1073741831
} as const;

/** The levels every team site has, in SharePoint's order. */
export const TEAM_SITE_ROLES: IRoleTemplate[] = [
  {
    id: ROLE_IDS.fullControl, roleTypeKind: 5, order: 1, hidden: false, mask: { High: 2147483647, Low: 4294967295 },
    names: { 1053: 'Fullständig behörighet', 1033: 'Full Control' },
    descriptions: { 1053: 'Har fullständig behörighet.', 1033: 'Has full control.' }
  },
  {
    id: ROLE_IDS.design, roleTypeKind: 4, order: 32, hidden: false, mask: { High: 432, Low: 1012866047 },
    names: { 1053: 'Design', 1033: 'Design' },
    descriptions: { 1053: 'Kan visa, lägga till, uppdatera, ta bort, godkänna och anpassa.', 1033: 'Can view, add, update, delete, approve, and customize.' }
  },
  {
    id: ROLE_IDS.edit, roleTypeKind: 6, order: 48, hidden: false, mask: { High: 432, Low: 1011030767 },
    names: { 1053: 'Redigera', 1033: 'Edit' },
    descriptions: {
      1053: 'Kan lägga till, redigera och ta bort listor; kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.',
      1033: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.'
    }
  },
  {
    id: ROLE_IDS.contribute, roleTypeKind: 3, order: 64, hidden: false, mask: { High: 432, Low: 1011028719 },
    names: { 1053: 'Bidra', 1033: 'Contribute' },
    descriptions: { 1053: 'Kan visa, lägga till, uppdatera och ta bort listobjekt och dokument.', 1033: 'Can view, add, update, and delete list items and documents.' }
  },
  {
    id: ROLE_IDS.read, roleTypeKind: 2, order: 128, hidden: false, mask: { High: 176, Low: 138612833 },
    names: { 1053: 'Läsa', 1033: 'Read' },
    descriptions: { 1053: 'Kan visa sidor och listobjekt och hämta dokument.', 1033: 'Can view pages and list items and download documents.' }
  },
  {
    id: ROLE_IDS.restrictedView, roleTypeKind: 8, order: 144, hidden: true, mask: { High: 65584, Low: 134418433 },
    names: { 1053: 'Begränsad visning', 1033: 'Restricted View' },
    descriptions: {
      1053: 'Kan visa sidor, listobjekt och dokument. Dokument kan visas i webbläsaren men inte hämtas.',
      1033: 'Can view pages, list items, and documents. Documents can be viewed in the browser but not downloaded.'
    }
  },
  {
    id: ROLE_IDS.limitedAccess, roleTypeKind: 1, order: 160, hidden: true, mask: { High: 48, Low: 134287360 },
    names: { 1053: 'Begränsad åtkomst', 1033: 'Limited Access' },
    descriptions: {
      1053: 'Kan visa specifika listor, dokumentbibliotek, listobjekt, mappar eller dokument när behörighet har getts.',
      1033: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.'
    }
  },
  {
    id: ROLE_IDS.webOnlyLimitedAccess, roleTypeKind: 9, order: 176, hidden: true, mask: { High: 560, Low: 134221824 },
    names: { 1053: 'Begränsad åtkomst endast till webbplatsen', 1033: 'Web-Only Limited Access' },
    descriptions: { 1053: 'Kan bara visa webbplatsen när behörighet har getts.', 1033: 'Can only view the web when given permissions.' }
  }
];

const P = PermissionKind;

/**
 * Levels a publishing site adds (SharePoint Server publishing feature). Not in the recording:
 * masks built from the documented permissions (Approve = Contribute + Approve Items +
 * Cancel Checkout; Manage Hierarchy; Restricted Read), ids in the range SharePoint gives
 * levels created after the site.
 */
export const PUBLISHING_ROLES: IRoleTemplate[] = [
  {
    id: 1073741925, roleTypeKind: 0, order: 96, hidden: false, mask: addKinds({ High: 432, Low: 1011028719 }, [P.ApproveItems, P.CancelCheckout]),
    names: { 1053: 'Godkänn', 1033: 'Approve' },
    descriptions: { 1053: 'Kan redigera och godkänna sidor, listobjekt och dokument.', 1033: 'Can edit and approve pages, list items, and documents.' }
  },
  {
    id: 1073741926, roleTypeKind: 0, order: 80, hidden: false,
    mask: addKinds({ High: 432, Low: 1011028719 }, [P.ManageSubwebs, P.AddAndCustomizePages, P.ManageLists, P.ManagePermissions, P.CancelCheckout, P.EnumeratePermissions]),
    names: { 1053: 'Hantera hierarki', 1033: 'Manage Hierarchy' },
    descriptions: { 1053: 'Kan skapa webbplatser och redigera sidor, listobjekt och dokument.', 1033: 'Can create sites and edit pages, list items, and documents.' }
  },
  {
    id: 1073741927, roleTypeKind: 0, order: 112, hidden: false, mask: { High: 0, Low: maskOf([P.ViewListItems, P.OpenItems, P.Open, P.ViewPages]).Low },
    names: { 1053: 'Begränsad läsning', 1033: 'Restricted Read' },
    descriptions: { 1053: 'Kan visa sidor och dokument, men inte historiska versioner eller användarbehörigheter.', 1033: 'Can view pages and documents, but not historical versions or user permissions.' }
  }
];

/** The Approve level of the lenient set-up: English, as earlier versions of the local SharePoint had it. */
export const LENIENT_APPROVE: IRoleTemplate = {
  id: ROLE_IDS.lenientApprove, roleTypeKind: 0, order: 96, hidden: false, mask: PUBLISHING_ROLES[0].mask,
  names: { 1053: 'Approve', 1033: 'Approve' },
  descriptions: { 1053: 'Can edit and approve pages, list items, and documents.', 1033: 'Can edit and approve pages, list items, and documents.' }
};

export function kindsOf(t: IRoleTemplate): PermissionKind[] {
  return kindsFromMask(t.mask.High, t.mask.Low);
}

function maskOf(kinds: PermissionKind[]): { High: number; Low: number } {
  let high = 0;
  let low = 0;
  for (const k of kinds) {
    const bit = k - 1;
    if (bit < 32) {
      low += Math.pow(2, bit);
    } else {
      high += Math.pow(2, bit - 32);
    }
  }
  return { High: high, Low: low };
}

function addKinds(mask: { High: number; Low: number }, kinds: PermissionKind[]): { High: number; Low: number } {
  const all = new Set(kindsFromMask(mask.High, mask.Low).concat(kinds));
  return maskOf(Array.from(all));
}
