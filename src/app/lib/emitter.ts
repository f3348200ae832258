/** A typed listener registry for the viewer controller's `on(...)`. */
export class Emitter<Events> {
  private listeners = new Map<keyof Events, Set<(detail: never) => void>>();

  on<K extends keyof Events>(type: K, listener: (detail: Events[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (detail: never) => void);
    return () => set.delete(listener as (detail: never) => void);
  }

  emit<K extends keyof Events>(type: K, detail: Events[K]): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (d: Events[K]) => void)(detail);
  }
}
