/**
 * The security model of GITS Statusrapport as data: which principal holds which role on each
 * list and on each object's folder. Provisioning sets exactly this, `provision --check` compares
 * a site against it, and docs/security.md renders it (tested to match).
 *
 * SharePoint enforces it; the UI only reflects it. Built-in roles are found by RoleTypeKind
 * (their names are localised: "Läsa", "Fullständig behörighet" on a Swedish site); the site's
 * Owners/Members/Visitors groups through web/associated*Group (their names depend on the
 * site's title and language). Custom roles are ours, created by base permissions.
 */
import { listTitle, type ListKey } from './schema';

/** SP.PermissionKind numbers (bit n-1 of SP.BasePermissions). */
export const PERMISSION = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38
} as const;

/** SP.RoleType (RoleTypeKind) of the built-in roles this model uses. */
export const ROLE_TYPE = { None: 0, Guest: 1, Reader: 2, Contributor: 3, WebDesigner: 4, Administrator: 5, Editor: 6 } as const;

export type RoleKey = 'fullControl' | 'read' | 'edit' | 'submit' | 'approve' | 'review' | 'record';

export interface IRoleSpec {
  readonly key: RoleKey;
  /** Built-in roles: found by this RoleTypeKind. */
  readonly roleTypeKind?: number;
  /** Custom roles: created with this (Swedish) name and these base permissions. */
  readonly name?: string;
  readonly description?: string;
  readonly permissions?: readonly number[];
  /** Label in the docs. */
  readonly label: string;
}

const P = PERMISSION;
/** What every custom role needs to open the site and its lists through the REST API. */
const BASE: readonly number[] = [P.ViewListItems, P.OpenItems, P.ViewVersions, P.ViewFormPages, P.Open, P.ViewPages, P.BrowseUserInfo, P.UseClientIntegration, P.UseRemoteAPIs];

export const ROLES: readonly IRoleSpec[] = [
  { key: 'fullControl', roleTypeKind: ROLE_TYPE.Administrator, label: 'Full Control (built-in)' },
  { key: 'read', roleTypeKind: ROLE_TYPE.Reader, label: 'Read (built-in)' },
  {
    key: 'edit',
    name: 'GITS Statusrapport redigera',
    description: 'Kan läsa, lägga till, ändra och ta bort rader i sitt objekts mapp. Kan inte hantera listor.',
    permissions: [...BASE, P.AddListItems, P.EditListItems, P.DeleteListItems],
    label: 'GITS Statusrapport redigera'
  },
  {
    key: 'submit',
    name: 'GITS Statusrapport skicka in',
    description: 'Kan läsa och lägga till (skicka in), aldrig ändra eller ta bort.',
    permissions: [...BASE, P.AddListItems],
    label: 'GITS Statusrapport skicka in'
  },
  {
    key: 'approve',
    name: 'GITS Statusrapport godkänna',
    description: 'Kan läsa och godkänna eller returnera inskickade rapporter. Kan inte ta bort.',
    permissions: [...BASE, P.EditListItems, P.ApproveItems],
    label: 'GITS Statusrapport godkänna'
  },
  {
    key: 'review',
    name: 'GITS Statusrapport granska',
    description: 'Kan läsa rapporter och ändra rapporthuvudets godkännandestatus. Kan inte lägga till eller ta bort.',
    permissions: [...BASE, P.EditListItems],
    label: 'GITS Statusrapport granska'
  },
  {
    key: 'record',
    name: 'GITS Statusrapport protokollföra',
    description: 'Kan läsa, lägga till och ändra ledningsrådets behandlingar och uppdrag. Kan inte ta bort.',
    permissions: [...BASE, P.AddListItems, P.EditListItems],
    label: 'GITS Statusrapport protokollföra'
  }
];

export function roleSpec(key: RoleKey): IRoleSpec {
  const r = ROLES.find((x) => x.key === key);
  if (!r) throw new Error(`Unknown role ${key}`);
  return r;
}

/**
 * The principals of the model. `team` is each object's own group (on its folder) or every
 * object's group (on a list scope); `members` appears in no scope: site members get nothing
 * on the product's lists unless a team group gives it.
 */
export type PrincipalKey = 'owners' | 'visitors' | 'members' | 'approvers' | 'recorders' | 'team';

export const PRINCIPAL_LABELS: Record<PrincipalKey, string> = {
  visitors: 'board (site Visitors)',
  team: "team (the object's editors group)",
  approvers: 'approvers',
  recorders: "board's recorders",
  owners: 'site owners',
  members: 'site members (no team group)'
};

/** Name of the site group whose members approve reports. */
export const APPROVERS_GROUP = 'GITS Statusrapport godkännare';
/**
 * Name of the site group whose members keep the board's minutes (meetings, handlings,
 * assignments). SharePoint groups cannot contain groups, so approvers hold the same rights by
 * their own assignments on the board lists, not by membership.
 */
export const RECORDERS_GROUP = 'GITS Statusrapport protokollförare';
/** Prefix of each object's team group: "GITS Statusrapport redaktörer SHVO". */
export const TEAM_GROUP_PREFIX = 'GITS Statusrapport redaktörer ';

export function teamGroupName(objectKey: string): string {
  return `${TEAM_GROUP_PREFIX}${objectKey}`;
}

export type ScopeAssignments = Partial<Record<PrincipalKey, RoleKey>>;

export interface IListSecurity {
  readonly list: ListKey;
  /** Role assignments on the list (inheritance broken, nothing copied). */
  readonly listScope: ScopeAssignments;
  /** Role assignments on each object's folder; `team` is that object's group. Absent: no folders. */
  readonly folderScope?: ScopeAssignments;
  /** Why, in one sentence (docs). */
  readonly why: string;
}

const WORKING_WHY = "Working material: only the object's team changes it, in its folder; approvers read what a decision needs; the board never sees it.";

function workingList(list: ListKey): IListSecurity {
  return {
    list,
    listScope: { owners: 'fullControl', approvers: 'read' },
    folderScope: { owners: 'fullControl', approvers: 'read', team: 'edit' },
    why: WORKING_WHY
  };
}

function boardRecords(list: ListKey, why: string): IListSecurity {
  return { list, listScope: { owners: 'fullControl', visitors: 'read', approvers: 'record', recorders: 'record', team: 'read' }, why };
}

export const SECURITY: readonly IListSecurity[] = [
  {
    list: 'objects',
    listScope: { owners: 'fullControl', visitors: 'read', approvers: 'read', recorders: 'read', team: 'read' },
    why: 'Every role needs the objects\' names; only owners create objects (that creates folders and a team group).'
  },
  {
    list: 'config',
    listScope: { owners: 'fullControl', visitors: 'read', approvers: 'read', recorders: 'read', team: 'read' },
    why: 'Everyone reads the schema version and the board settings (days before a meeting a report is due); only owners provision and change settings.'
  },
  {
    list: 'reports',
    listScope: { owners: 'fullControl', approvers: 'review' },
    folderScope: { owners: 'fullControl', approvers: 'review', team: 'edit' },
    why: "Report headers: the team writes its object's; approvers set the approval state but neither add nor delete."
  },
  workingList('events'),
  workingList('kpiDefinitions'),
  workingList('kpiValues'),
  workingList('meetings'),
  workingList('problems'),
  workingList('activities'),
  workingList('staffing'),
  workingList('communication'),
  {
    list: 'snapshots',
    listScope: { owners: 'fullControl', visitors: 'read', approvers: 'approve', recorders: 'read' },
    folderScope: { owners: 'fullControl', visitors: 'read', approvers: 'approve', recorders: 'read', team: 'submit' },
    why: 'Frozen revisions: the team adds (submits) in its folder and never changes one; approvers approve or return; the board sees approved versions only (content approval, draft visibility: approvers and authors).'
  },
  {
    list: 'approvalLog',
    listScope: { owners: 'fullControl', approvers: 'submit', team: 'submit' },
    why: 'Append-only: teams and approvers add entries; nobody but owners edits or deletes.'
  },
  {
    list: 'boardMeetings',
    listScope: { owners: 'fullControl', visitors: 'read', approvers: 'edit', recorders: 'edit', team: 'read' },
    why: 'The governance calendar: recorders (and approvers) add, move and remove meetings; everyone else reads it to know when reports are due.'
  },
  boardRecords('boardHandlings', "The board's handling of each approved report: recorders (and approvers) write it; the board and every team read it; nobody but owners deletes it."),
  boardRecords('boardAssignments', 'Assignments: recorders (and approvers) give, change and close them (so only they close one); teams read them and answer in their own report; nobody but owners deletes one.'),
  {
    list: 'boardLog',
    listScope: { owners: 'fullControl', visitors: 'read', approvers: 'submit', recorders: 'submit', team: 'read' },
    why: "Append-only log of every change to the board's records: recorders and approvers add entries; nobody but owners edits or deletes."
  }
];

export function listSecurity(list: ListKey): IListSecurity | undefined {
  return SECURITY.find((s) => s.list === list);
}

/** Lists with one folder per object (folder name = object key). */
export function isFolderedList(list: ListKey): boolean {
  return listSecurity(list)?.folderScope !== undefined;
}

export function folderedLists(): ListKey[] {
  return SECURITY.filter((s) => s.folderScope !== undefined).map((s) => s.list);
}

/** Server-relative URL of a list we created: SharePoint puts generic lists under Lists/<title>. */
export function listServerRelativeUrl(webServerRelativeUrl: string, list: ListKey): string {
  return `${webServerRelativeUrl.replace(/\/$/, '')}/Lists/${listTitle(list)}`;
}

/** Server-relative URL of an object's folder in a foldered list (where its new items are created). */
export function objectFolderPath(webServerRelativeUrl: string, list: ListKey, objectKey: string): string {
  return `${listServerRelativeUrl(webServerRelativeUrl, list)}/${objectKey}`;
}

/**
 * Whether an item's folder (its `FileDirRef`) is where rows of `objectKey` live in `list`: that
 * object's folder, or the list root (written by site owners only, and where sites provisioned
 * before folders keep their rows). SharePoint enforces the folder, not the columns: a team may
 * write any `ObjectKey` or `ReportId` into an item of its own folder, so a row counts for an
 * object only from that object's folder. Compared as SharePoint compares URLs, ignoring case;
 * a folder nested inside another object's folder never matches.
 */
export function inObjectFolder(webServerRelativeUrl: string, list: ListKey, fileDirRef: unknown, objectKey: string): boolean {
  if (typeof fileDirRef !== 'string') return false;
  const dir = fileDirRef.replace(/\/$/, '').toLowerCase();
  const root = listServerRelativeUrl(webServerRelativeUrl, list).toLowerCase();
  return dir === root || (objectKey !== '' && dir === `${root}/${objectKey.toLowerCase()}`);
}

/**
 * Object keys become folder and group names: letters, digits, '-' and '_' only, at most 50
 * characters (SharePoint refuses " * : < > ? / \ | # % in folder names).
 */
export function isValidObjectKey(key: string): boolean {
  return /^[A-Za-z0-9ÅÄÖåäö_-]{1,50}$/.test(key);
}

/** The base permissions a role gives (FullMask for Full Control). */
export function rolePermissions(key: RoleKey): readonly number[] | 'all' {
  const spec = roleSpec(key);
  if (spec.roleTypeKind === ROLE_TYPE.Administrator) return 'all';
  if (spec.roleTypeKind === ROLE_TYPE.Reader) return BASE;
  return spec.permissions ?? [];
}

function allows(key: RoleKey | undefined, kind: number): boolean {
  if (!key) return false;
  const perms = rolePermissions(key);
  return perms === 'all' || perms.indexOf(kind) >= 0;
}

export interface IAccess {
  readonly read: boolean;
  readonly add: boolean;
  readonly edit: boolean;
  readonly delete: boolean;
}

/**
 * What a principal may do with the rows of a list: on foldered lists the rows live in the
 * objects' folders, so the folder scope decides (for a team: its own object's folder only).
 */
export function accessOf(principal: PrincipalKey, list: ListKey): IAccess {
  const sec = listSecurity(list);
  const role = sec ? (sec.folderScope ?? sec.listScope)[principal] : undefined;
  return {
    read: allows(role, P.ViewListItems),
    add: allows(role, P.AddListItems),
    edit: allows(role, P.EditListItems),
    delete: allows(role, P.DeleteListItems)
  };
}

/** SP.BasePermissions {High, Low} of a set of permission kinds. */
export function basePermissionsOf(kinds: readonly number[]): { High: string; Low: string } {
  let low = 0;
  let high = 0;
  kinds.forEach((k) => {
    if (k <= 32) low += Math.pow(2, k - 1);
    else high += Math.pow(2, k - 33);
  });
  return { High: String(high), Low: String(low) };
}

/** Whether an SP.BasePermissions mask holds a permission kind (FullMask holds all). */
export function maskHas(mask: { High?: unknown; Low?: unknown } | undefined, kind: number): boolean {
  if (!mask) return false;
  const low = Number(mask.Low);
  const high = Number(mask.High);
  if (high >= 2147483647 && low >= 4294967295) return true;
  const half = kind <= 32 ? low : high;
  const bit = kind <= 32 ? kind - 1 : kind - 33;
  return Math.floor(half / Math.pow(2, bit)) % 2 === 1;
}

/** Whether two masks hold the same kinds (bits 1–64). */
export function sameMask(a: { High?: unknown; Low?: unknown }, b: { High?: unknown; Low?: unknown }): boolean {
  return Number(a.High) === Number(b.High) && Number(a.Low) === Number(b.Low);
}

const ORDER: readonly PrincipalKey[] = ['visitors', 'team', 'approvers', 'recorders', 'owners', 'members'];

/** The security table as Markdown (docs/security.md holds exactly this; a test keeps them equal). */
export function securityTableMarkdown(): string {
  const lines: string[] = [];
  lines.push(`| list | ${ORDER.map((p) => PRINCIPAL_LABELS[p]).join(' | ')} |`);
  lines.push(`|---|${ORDER.map(() => '---').join('|')}|`);
  SECURITY.forEach((s) => {
    const cells = ORDER.map((p) => {
      const a = accessOf(p, s.list);
      const letters = [a.read ? 'R' : '', a.add ? 'A' : '', a.edit ? 'E' : '', a.delete ? 'D' : ''].join('');
      return letters || '–';
    });
    lines.push(`| \`${listTitle(s.list)}\` | ${cells.join(' | ')} |`);
  });
  return lines.join('\n');
}

/** Role per principal and scope, as Markdown (the assignments provisioning makes). */
export function assignmentTableMarkdown(): string {
  const label = (a: ScopeAssignments): string =>
    (Object.keys(a) as PrincipalKey[]).map((p) => `${p}: ${roleSpec(a[p] as RoleKey).label}`).join(', ');
  const lines = ['| list | on the list | on each object\'s folder | why |', '|---|---|---|---|'];
  SECURITY.forEach((s) => {
    lines.push(`| \`${listTitle(s.list)}\` | ${label(s.listScope)} | ${s.folderScope ? label(s.folderScope) : '–'} | ${s.why} |`);
  });
  return lines.join('\n');
}
