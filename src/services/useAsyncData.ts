import * as React from 'react';
import { isMessageKey, message } from '../messages';
import { repositoryMessage } from './repositoryMessage';

/** State of data being loaded; `errorMessage` is already localized for display. */
export type AsyncData<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly errorMessage: string }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Turns a failure into a message a user can read. Errors carrying a message key of the catalogue
 * (`messageKey` or `key`) are shown in the UI language; anything else gets a generic message —
 * raw error objects are never shown.
 */
export function localizeError(error: unknown): string {
  if (typeof error === 'object' && error !== undefined && error !== null) {
    const candidate = (error as { messageKey?: unknown; key?: unknown }).messageKey ?? (error as { key?: unknown }).key;
    if (isMessageKey(candidate)) return repositoryMessage({ ...(error as object), messageKey: candidate });
    const status = (error as { status?: unknown }).status;
    if (status === 401 || status === 403) {
      return message('reader.error.accessDenied');
    }
    if (status === 404) {
      return message('data.error.notFound');
    }
  }
  return message('reader.error.loadFailed');
}

/**
 * Runs `load` whenever `deps` change and tracks loading/error/ready. Results of a load that
 * was superseded (deps changed, component unmounted) are dropped. `settled`, asked once when
 * the component mounts, may hand over data already at hand (a read that has answered): then
 * the first render shows it and the first `load` is not made.
 */
export function useAsyncData<T>(
  load: () => Promise<T>,
  deps: React.DependencyList,
  settled?: () => T | undefined
): AsyncData<T> & { reload: () => void } {
  const [state, setState] = React.useState<AsyncData<T>>(() => {
    const data = settled ? settled() : undefined;
    return data === undefined ? { status: 'loading' } : { status: 'ready', data };
  });
  const [attempt, setAttempt] = React.useState(0);
  // The first effect has nothing to load when the data was at hand at mount.
  const skipLoad = React.useRef(state.status === 'ready');

  React.useEffect(() => {
    if (skipLoad.current) {
      skipLoad.current = false;
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', errorMessage: localizeError(error) });
      }
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
