/**
 * Printing a report prints every section, also those whose content loads only when opened.
 * The print button (and Ctrl+P / Cmd+P while such content is not loaded yet) mounts that
 * content, waits until it reports ready, then opens the browser's print dialog; printing from
 * the browser's menu (beforeprint) mounts it too, for that print or the next.
 */
import * as React from 'react';

export interface IPrintPreparation {
  /** Render the on-demand sections now: a print was asked for. */
  readonly mountForPrint: boolean;
  /** Prints once the on-demand content is ready. */
  print(): void;
  /** The on-demand content tells whether it has what it prints (loaded or failed). */
  setReady(ready: boolean): void;
}

export function usePrintPreparation(): IPrintPreparation {
  const [mountForPrint, setMountForPrint] = React.useState(false);
  const [ready, setReady] = React.useState(false);
  const [printPending, setPrintPending] = React.useState(false);
  const readyRef = React.useRef(ready);
  readyRef.current = ready;

  const print = React.useCallback(() => {
    setMountForPrint(true);
    setPrintPending(true);
  }, []);

  React.useEffect(() => {
    if (!printPending || !ready) return;
    setPrintPending(false);
    window.print();
  }, [printPending, ready]);

  React.useEffect(() => {
    const beforePrint = (): void => setMountForPrint(true);
    const onKeyDown = (event: KeyboardEvent): void => {
      const isPrintKey = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'p' || event.key === 'P');
      if (!isPrintKey || readyRef.current) return;
      event.preventDefault();
      print();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [print]);

  return { mountForPrint, print, setReady };
}
