import { lazyChunk } from './lazy-chunk';

/**
 * A component kept in a chunk of its own, for templates to read instead of `{#await}`: `get()`
 * starts the import on first call and gives the component once it has arrived (undefined until
 * then; `failed` once it never will). The `{#await}` block and the async machinery it pulls into
 * the entry bundle cost more than this class.
 */
export class LazyComponent<C> {
  #component = $state.raw<C | undefined>(undefined);
  #failed = $state(false);
  #requested = false;
  /** Starts (or joins) the import without reading the component, e.g. to fetch it ahead of use. */
  readonly load: () => Promise<{ default: C }>;

  constructor(importer: () => Promise<{ default: C }>) {
    this.load = lazyChunk(importer);
  }

  get failed(): boolean {
    return this.#failed;
  }

  get(): C | undefined {
    if (!this.#requested) {
      this.#requested = true;
      this.load().then(
        (chunk) => (this.#component = chunk.default),
        () => (this.#failed = true),
      );
    }
    return this.#component;
  }
}
