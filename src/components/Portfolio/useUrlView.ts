/**
 * The portfolio's view state, read from and written to the page URL's query string so a
 * filtered view can be linked and bookmarked. Written with history.replaceState (no new
 * history entry per keystroke, no navigation), keeping every parameter the portfolio does not
 * own. A Teams tab shows no address bar: there the state still works but cannot be copied.
 */
import * as React from 'react';
import { formatPortfolioView, parsePortfolioView, type IPortfolioViewState } from '../../domain/portfolio';

function currentSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

function writeSearch(search: string): void {
  if (typeof window === 'undefined' || search === window.location.search) return;
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  } catch {
    // A sandboxed frame may refuse to change its URL: the view still works, only not in the address.
  }
}

export function usePortfolioView(): [IPortfolioViewState, (next: IPortfolioViewState) => void] {
  const [view, setView] = React.useState<IPortfolioViewState>(() => parsePortfolioView(currentSearch()));
  const update = React.useCallback((next: IPortfolioViewState): void => {
    setView(next);
    writeSearch(formatPortfolioView(next, currentSearch()));
  }, []);
  return [view, update];
}
