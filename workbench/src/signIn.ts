import { IWorkbenchState, userCookie } from './state';

/** Signs the page in as the state's user: the local SharePoint reads the user from this cookie. */
export function signIn(state: IWorkbenchState): void {
  document.cookie = userCookie(state.user);
}
