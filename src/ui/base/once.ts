/**
 * A lazily loaded part, loaded once: every call shares the same load, and a failed load is
 * forgotten, so the next call tries again (the network may be back).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
