/**
 * What the viewer lets the outside (the embed's postMessage API, deep links) do to it, and what it
 * announces. The viewer implements it; `embed/` drives it. Kept small and serialisable.
 */
export type Theme = 'light' | 'dark' | 'auto';

export interface TimeWindow {
  /** ISO day or date-time, inclusive. */
  start: string;
  /** ISO day or date-time, exclusive. */
  end: string;
}

export interface ViewerFilter {
  /** Document ids to keep; empty or absent = all. */
  documents?: string[];
}

export interface ViewerEvents {
  select: string | null;
  viewchange: TimeWindow;
}

export interface ViewerController {
  select(eventId: string | null): void;
  search(query: string): void;
  filter(filter: ViewerFilter): void;
  setWindow(window: TimeWindow): void;
  setTheme(theme: Theme): void;
  /** Subscribe; returns the unsubscribe function. */
  on<K extends keyof ViewerEvents>(type: K, listener: (detail: ViewerEvents[K]) => void): () => void;
}
