/**
 * A loader of an on-demand chunk: the first call starts `load`, every later call gets the same
 * promise, and after a failed download (a dropped connection, a new version deployed) the next
 * call starts it again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const started = load();
      loading = started;
      started.catch(() => {
        if (loading === started) loading = undefined;
      });
    }
    return loading;
  };
}
