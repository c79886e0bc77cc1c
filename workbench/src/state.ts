/**
 * The workbench's state (who is signed in, which host frames the web part, theme, language,
 * view, object) and its URL form. Pure: no DOM access, so it is unit-tested under jest.
 *
 * URL: /?user=reader|editor|approver|owner&host=sharepoint|teams&theme=default|dark|contrast
 *        &view=report|portfolio&object=SHVO&lang=sv-SE|en-US&mode=read|edit
 * Without parameters the page opens the seeded SHVO report as reader, in Swedish, on a
 * SharePoint page with the default theme.
 */

export const WORKBENCH_USERS = ['reader', 'editor', 'approver', 'owner'] as const;
export type WorkbenchUser = (typeof WORKBENCH_USERS)[number];

export const WORKBENCH_HOSTS = ['sharepoint', 'teams'] as const;
export type WorkbenchHost = (typeof WORKBENCH_HOSTS)[number];

export const WORKBENCH_THEMES = ['default', 'dark', 'contrast'] as const;
export type WorkbenchTheme = (typeof WORKBENCH_THEMES)[number];

export const WORKBENCH_VIEWS = ['report', 'portfolio'] as const;
export type WorkbenchView = (typeof WORKBENCH_VIEWS)[number];

/** The SharePoint page's display mode (SPFx `displayMode`); editing is offered in edit mode. */
export const WORKBENCH_MODES = ['read', 'edit'] as const;
export type WorkbenchMode = (typeof WORKBENCH_MODES)[number];

export const WORKBENCH_LANGUAGES = ['sv-SE', 'en-US'] as const;
export type WorkbenchLanguage = (typeof WORKBENCH_LANGUAGES)[number];

export interface IWorkbenchState {
  readonly user: WorkbenchUser;
  readonly host: WorkbenchHost;
  readonly theme: WorkbenchTheme;
  readonly view: WorkbenchView;
  /** Key of the förvaltningsobjekt shown in the report view. */
  readonly object: string;
  readonly lang: WorkbenchLanguage;
  /** Page display mode on a SharePoint page (a Teams tab always allows editing). */
  readonly mode: WorkbenchMode;
}

export const DEFAULT_WORKBENCH_STATE: IWorkbenchState = {
  user: 'reader',
  host: 'sharepoint',
  theme: 'default',
  view: 'report',
  object: 'SHVO',
  lang: 'sv-SE',
  mode: 'read'
};

/** Object keys are short ASCII keys ("SHVO"); anything else falls back to the default. */
const OBJECT_KEY_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Whether `key` looks like an object key the workbench accepts (from the URL or the bar). */
export function isObjectKey(key: string): boolean {
  return OBJECT_KEY_PATTERN.test(key);
}

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  if (value === null) return fallback;
  // Case-insensitive so hand-typed URLs (?lang=sv-se, ?user=Reader) work.
  const found = allowed.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
  return found === undefined ? fallback : found;
}

/** Reads the state from a query string ("?user=editor&theme=dark" or without "?"); unknown values fall back to defaults. */
export function parseWorkbenchState(search: string): IWorkbenchState {
  const params = new URLSearchParams(search);
  const object = params.get('object');
  return {
    user: pick(WORKBENCH_USERS, params.get('user'), DEFAULT_WORKBENCH_STATE.user),
    host: pick(WORKBENCH_HOSTS, params.get('host'), DEFAULT_WORKBENCH_STATE.host),
    theme: pick(WORKBENCH_THEMES, params.get('theme'), DEFAULT_WORKBENCH_STATE.theme),
    view: pick(WORKBENCH_VIEWS, params.get('view'), DEFAULT_WORKBENCH_STATE.view),
    object: object !== null && OBJECT_KEY_PATTERN.test(object.trim()) ? object.trim() : DEFAULT_WORKBENCH_STATE.object,
    lang: pick(WORKBENCH_LANGUAGES, params.get('lang'), DEFAULT_WORKBENCH_STATE.lang),
    mode: pick(WORKBENCH_MODES, params.get('mode'), DEFAULT_WORKBENCH_STATE.mode)
  };
}

/** The workbench's own parameters; any other (the portfolio's filters, say) belongs to the web part. */
const WORKBENCH_PARAMS: readonly string[] = ['user', 'host', 'theme', 'view', 'object', 'lang', 'mode'];

/**
 * The query string of a state, always with every parameter so a copied URL reproduces the page
 * exactly. Parameters of `current` that are not the workbench's (the web part's own, as on a
 * SharePoint page) follow unchanged.
 */
export function formatWorkbenchState(state: IWorkbenchState, current: string = ''): string {
  const params = new URLSearchParams();
  params.set('user', state.user);
  params.set('host', state.host);
  params.set('theme', state.theme);
  params.set('view', state.view);
  params.set('object', state.object);
  params.set('lang', state.lang);
  params.set('mode', state.mode);
  new URLSearchParams(current).forEach((value, name) => {
    if (WORKBENCH_PARAMS.indexOf(name) < 0) params.append(name, value);
  });
  return '?' + params.toString();
}

/** Name of the cookie the local SharePoint reads the signed-in user from. */
export const USER_COOKIE_NAME = 'localsp-user';

/** The Set-Cookie/document.cookie value that signs `user` in for the whole origin. */
export function userCookie(user: WorkbenchUser): string {
  return `${USER_COOKIE_NAME}=${user}; path=/; SameSite=Strict`;
}

/**
 * Display names of the local SharePoint's users (KNOWN_USERS in localsp/src/engine.ts; a test
 * keeps them equal), what the web part gets from the page context in SharePoint.
 */
export const USER_DISPLAY_NAMES: Readonly<Record<WorkbenchUser, string>> = {
  reader: 'Rita Reader',
  editor: 'Erik Editor',
  approver: 'Anna Approver',
  owner: 'Olle Owner'
};

/** Domain of the local SharePoint's accounts (USER_DOMAIN in localsp/src/permissions/siteDefaults.ts). */
export const USER_EMAIL_DOMAIN = 'example.org';

/** E-mail (login) of a local SharePoint user, as the page context gives it. */
export function userEmail(user: WorkbenchUser): string {
  return `${user}@${USER_EMAIL_DOMAIN}`;
}

/** SPFx loc file name for a UI language ("sv-SE" → "sv-se"). */
export function locFileLocale(lang: WorkbenchLanguage): string {
  return lang.toLowerCase();
}
