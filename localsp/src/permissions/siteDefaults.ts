/**
 * What a new site looks like: its role definitions, groups, role assignments and the four
 * known users.
 *
 * 'real' (the default) is a SharePoint Online team site: "<Site> Owners" (Full Control),
 * "<Site> Members" (Edit), "<Site> Visitors" (Read), named in the site language (sv-SE:
 * "<Site> ägare", "<Site> medlemmar", "<Site> besökare"); no Approve level unless the site is a
 * publishing site. Group settings as SharePoint Online answers `web/sitegroups` (pnp/pnpcore
 * src/sdk/PnP.Core.Test/Security/MockData/SharePointGroupTests/GetSharePointGroups-0-00002.response.json):
 * the three groups are owned by the Owners group, Members may edit the Members group's
 * membership, Description null.
 * 'lenient' is the set-up of earlier versions of the local SharePoint, in English: Members
 * Contribute and a web-level "Approvers" group with an "Approve" level.
 */
import { Store, IPrincipalRow } from '../store';
import { IRoleTemplate, kindsOf, LENIENT_APPROVE, PUBLISHING_ROLES, ROLE_IDS, SiteLanguage, TEAM_SITE_ROLES } from './roles';
import { Association, ScopeStore } from './scopeStore';

export type SiteProfile = 'real' | 'lenient';

export interface ISiteSetup {
  /** LCID of the site language: 1053 sv-SE (default) or 1033 en-US. */
  language?: SiteLanguage;
  profile?: SiteProfile;
  /** A publishing site: adds the Approve, Manage Hierarchy and Restricted Read levels and their groups. */
  publishing?: boolean;
}

/** Reserved domain (RFC 2606) for the e-mail addresses and logins of local users. */
export const USER_DOMAIN = 'example.org';

export function loginOf(name: string): string {
  return `i:0#.f|membership|${name}@${USER_DOMAIN}`;
}

type KnownGroup = 'owners' | 'members' | 'visitors' | 'approvers';

/** The four users the local SharePoint knows out of the box (fictional people). */
export const KNOWN_USERS: { name: string; title: string; real: KnownGroup | undefined; lenient: KnownGroup }[] = [
  { name: 'reader', title: 'Rita Reader', real: 'visitors', lenient: 'visitors' },
  { name: 'editor', title: 'Erik Editor', real: 'members', lenient: 'members' },
  { name: 'approver', title: 'Anna Approver', real: undefined, lenient: 'approvers' },
  { name: 'owner', title: 'Olle Owner', real: 'owners', lenient: 'owners' }
];

const GROUP_SUFFIX: Record<SiteLanguage, Record<'owners' | 'members' | 'visitors', string>> = {
  1053: { owners: 'ägare', members: 'medlemmar', visitors: 'besökare' },
  1033: { owners: 'Owners', members: 'Members', visitors: 'Visitors' }
};

/** Groups a publishing site adds (names per language) and the level each holds on the web. */
const PUBLISHING_GROUPS: { names: Record<SiteLanguage, string>; roleId: number }[] = [
  { names: { 1053: 'Godkännare', 1033: 'Approvers' }, roleId: PUBLISHING_ROLES[0].id },
  { names: { 1053: 'Hierarkiansvariga', 1033: 'Hierarchy Managers' }, roleId: PUBLISHING_ROLES[1].id },
  { names: { 1053: 'Designers', 1033: 'Designers' }, roleId: ROLE_IDS.design },
  { names: { 1053: 'Begränsade läsare', 1033: 'Restricted Readers' }, roleId: PUBLISHING_ROLES[2].id }
];

export function createUser(store: Store, site: string, name: string, title: string): IPrincipalRow {
  return store.insertPrincipal({
    site, kind: 'user', login: loginOf(name), title, email: `${name}@${USER_DOMAIN}`, description: '', ownerId: undefined, isSiteAdmin: false
  });
}

/** Writes the role definitions, groups, web role assignments and users of a new site (inside the caller's transaction). */
export function setUpSite(store: Store, scopes: ScopeStore, site: string, setup: ISiteSetup): void {
  const profile = setup.profile || 'real';
  // The lenient set-up keeps the English names it always had.
  const lang: SiteLanguage = profile === 'lenient' ? 1033 : setup.language || 1053;
  const roles: IRoleTemplate[] = TEAM_SITE_ROLES.concat(profile === 'lenient' ? [LENIENT_APPROVE] : setup.publishing ? PUBLISHING_ROLES : []);
  for (const r of roles) {
    scopes.insertRoleDefinition(site, {
      id: r.id, name: r.names[lang], description: r.descriptions[lang], order: r.order, roleTypeKind: r.roleTypeKind, hidden: r.hidden, permissions: kindsOf(r)
    });
  }
  store.insertPrincipal({
    site, kind: 'user', login: 'i:0#.w|nt service\\spsearch', title: 'System Account', email: '', description: '', ownerId: undefined, isSiteAdmin: true
  });
  const group = (title: string, settings: { allowMembersEdit: boolean; onlyMembersView: boolean }): IPrincipalRow => {
    const g = store.insertPrincipal({ site, kind: 'group', login: title, title, email: '', description: '', ownerId: undefined, isSiteAdmin: false });
    scopes.setGroupSettings(g.id, { allowMembersEditMembership: settings.allowMembersEdit, onlyAllowMembersViewMembership: settings.onlyMembersView });
    return g;
  };
  const suffix = GROUP_SUFFIX[lang];
  const groups: Partial<Record<KnownGroup, IPrincipalRow>> = {
    owners: group(`${site} ${suffix.owners}`, { allowMembersEdit: false, onlyMembersView: false }),
    visitors: group(`${site} ${suffix.visitors}`, { allowMembersEdit: false, onlyMembersView: false }),
    members: group(`${site} ${suffix.members}`, { allowMembersEdit: profile === 'real', onlyMembersView: false })
  };
  const owners = groups.owners as IPrincipalRow;
  const assign = (g: IPrincipalRow, roleId: number): void => store.addRoleAssignment(site, 'web', g.id, roleId);
  assign(owners, ROLE_IDS.fullControl);
  assign(groups.visitors as IPrincipalRow, ROLE_IDS.read);
  assign(groups.members as IPrincipalRow, profile === 'lenient' ? ROLE_IDS.contribute : ROLE_IDS.edit);
  if (profile === 'lenient') {
    groups.approvers = group('Approvers', { allowMembersEdit: false, onlyMembersView: true });
    assign(groups.approvers, LENIENT_APPROVE.id);
  } else if (setup.publishing) {
    for (const pg of PUBLISHING_GROUPS) {
      assign(group(`${pg.names[lang]}`, { allowMembersEdit: false, onlyMembersView: false }), pg.roleId);
    }
  }
  for (const g of store.listPrincipals(site, 'group')) {
    store.updatePrincipal({ ...g, ownerId: owners.id });
  }
  const assoc: [Association, KnownGroup][] = [['owner', 'owners'], ['member', 'members'], ['visitor', 'visitors']];
  assoc.forEach(([role, key]) => scopes.setAssociation(site, role, (groups[key] as IPrincipalRow).id));
  for (const u of KNOWN_USERS) {
    const user = createUser(store, site, u.name, u.title);
    const key = profile === 'lenient' ? u.lenient : u.real;
    const g = key ? groups[key] : undefined;
    if (g) {
      store.addGroupMember(g.id, user.id);
    }
  }
}
