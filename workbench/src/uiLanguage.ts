/**
 * The UI language of this page load, read once from `?lang=` before any localized resource
 * module is evaluated (SPFx picks the loc file per page load the same way). Changing the
 * language in the host bar therefore reloads the page.
 */
import { locFileLocale, parseWorkbenchState, WorkbenchLanguage } from './state';

export function uiLanguage(): WorkbenchLanguage {
  return parseWorkbenchState(typeof window === 'undefined' ? '' : window.location.search).lang;
}

/** Loc file stem ("sv-se") of the page's language. */
export function uiLocFileLocale(): string {
  return locFileLocale(uiLanguage());
}
