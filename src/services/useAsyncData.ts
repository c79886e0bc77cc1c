import * as React from 'react';
import * as strings from 'StatusReportWebPartStrings';

/** State of data being loaded; `errorMessage` is already localized for display. */
export type AsyncData<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly errorMessage: string }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Turns a failure into a message a user can read. Errors carrying a known message key
 * (`messageKey` or `key` matching a loc string) are shown in the UI language; anything
 * else gets a generic message — raw error objects are never shown.
 */
export function localizeError(error: unknown): string {
  const table = strings as unknown as Record<string, string>;
  if (typeof error === 'object' && error !== undefined && error !== null) {
    const candidate = (error as { messageKey?: unknown; key?: unknown }).messageKey ?? (error as { key?: unknown }).key;
    if (typeof candidate === 'string') {
      const key = stringKeyOf(candidate);
      if (typeof table[key] === 'string') return table[key];
    }
    const status = (error as { status?: unknown }).status;
    if (status === 401 || status === 403) {
      return strings.ErrorAccessDenied;
    }
    if (status === 404) {
      return strings.ErrorNotFound;
    }
  }
  return strings.ErrorLoadFailed;
}

/**
 * The text of a message key (domain, data layer or docx) in the UI language, with "{name}"
 * placeholders filled from `params`; unknown keys get the generic failure text.
 */
export function localizeMessage(messageKey: string, params: Readonly<Record<string, string | number>> = {}): string {
  const table = strings as unknown as Record<string, string>;
  const key = stringKeyOf(messageKey);
  const template = typeof table[key] === 'string' ? table[key] : strings.ErrorLoadFailed;
  return template.replace(/\{([A-Za-z]\w*)\}/g, (match: string, name: string) => (params[name] === undefined ? match : String(params[name])));
}

/** Maps a message key to its loc string key: "data.error.notFound" → "DataErrorNotFound". */
export function stringKeyOf(messageKey: string): string {
  return messageKey
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * Runs `load` whenever `deps` change and tracks loading/error/ready. Results of a load that
 * was superseded (deps changed, component unmounted) are dropped.
 */
export function useAsyncData<T>(load: () => Promise<T>, deps: React.DependencyList): AsyncData<T> & { reload: () => void } {
  const [state, setState] = React.useState<AsyncData<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
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
