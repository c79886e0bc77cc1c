import { KNOWN_USERS, USER_DOMAIN } from '../../../localsp/src/engine';
import {
  DEFAULT_WORKBENCH_STATE,
  USER_DISPLAY_NAMES,
  USER_EMAIL_DOMAIN,
  userEmail,
  WORKBENCH_USERS,
  formatWorkbenchState,
  locFileLocale,
  parseWorkbenchState,
  userCookie
} from '../../../workbench/src/state';

describe('workbench URL state', () => {
  it('opens the seeded SHVO report as reader, in Swedish, on a SharePoint page, without parameters', () => {
    expect(parseWorkbenchState('')).toEqual({
      user: 'reader',
      host: 'sharepoint',
      theme: 'default',
      view: 'report',
      object: 'SHVO',
      lang: 'sv-SE',
      mode: 'read'
    });
  });

  it('reads every parameter of the documented URL', () => {
    expect(parseWorkbenchState('?user=approver&host=teams&theme=contrast&view=portfolio&object=ABC-1&lang=en-US&mode=edit')).toEqual({
      user: 'approver',
      host: 'teams',
      theme: 'contrast',
      view: 'portfolio',
      object: 'ABC-1',
      lang: 'en-US',
      mode: 'edit'
    });
  });

  it('accepts hand-typed case variants and falls back per parameter on unknown values', () => {
    const state = parseWorkbenchState('user=Editor&host=word&theme=DARK&lang=sv-se&object=%3Cscript%3E&view=');
    expect(state.user).toBe('editor');
    expect(state.host).toBe('sharepoint');
    expect(state.theme).toBe('dark');
    expect(state.lang).toBe('sv-SE');
    expect(state.object).toBe('SHVO');
    expect(state.view).toBe('report');
  });

  it('round-trips through its query string with every parameter present', () => {
    const state = { ...DEFAULT_WORKBENCH_STATE, user: 'owner' as const, theme: 'dark' as const, object: 'KVB' };
    const query = formatWorkbenchState(state);
    expect(query).toBe('?user=owner&host=sharepoint&theme=dark&view=report&object=KVB&lang=sv-SE&mode=read');
    expect(parseWorkbenchState(query)).toEqual(state);
  });

  it('keeps the web part’s own parameters (a linked portfolio filter) after its own', () => {
    const state = parseWorkbenchState('?view=portfolio&status=problem&user=editor&q=v%C3%A5rd');
    expect(formatWorkbenchState(state, '?view=portfolio&status=problem&user=editor&q=v%C3%A5rd')).toBe(
      '?user=editor&host=sharepoint&theme=default&view=portfolio&object=SHVO&lang=sv-SE&mode=read&status=problem&q=v%C3%A5rd'
    );
  });

  it('signs the user in with the cookie the local SharePoint reads, for the whole origin', () => {
    expect(userCookie('editor')).toBe('localsp-user=editor; path=/; SameSite=Strict');
  });

  it('maps UI languages to SPFx loc file names', () => {
    expect(locFileLocale('sv-SE')).toBe('sv-se');
    expect(locFileLocale('en-US')).toBe('en-us');
  });

  it('offers exactly the local SharePoint users, with the display names SharePoint knows them by', () => {
    expect([...WORKBENCH_USERS].sort()).toEqual(KNOWN_USERS.map((u) => u.name).sort());
    for (const user of KNOWN_USERS) {
      expect(USER_DISPLAY_NAMES[user.name as keyof typeof USER_DISPLAY_NAMES]).toBe(user.title);
    }
    expect(USER_EMAIL_DOMAIN).toBe(USER_DOMAIN);
    expect(userEmail('approver')).toBe('approver@example.org');
  });
});
