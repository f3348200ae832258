/**
 * A chunk loaded on first use and then kept: the returned function starts the dynamic import once
 * and gives the same promise every time, so an early request and the first use share one
 * fetch.
 */
export function lazyChunk<T>(importer: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | undefined;
  return () => (chunk ??= importer());
}
