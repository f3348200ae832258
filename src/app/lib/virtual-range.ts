/** Which rows of a fixed-row-height list are on screen (plus overscan): rows [from, to). */
export function virtualRange(count: number, rowPx: number, scrollTop: number, viewport: number, overscan = 4): { from: number; to: number } {
  // The list may have shrunk under a stale scroll offset (the browser clamps it without an event).
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowPx - viewport));
  const first = Math.floor(top / rowPx);
  const shown = Math.ceil(Math.max(viewport, rowPx) / rowPx);
  const to = Math.min(count, first + shown + overscan);
  return { from: Math.min(to, Math.max(0, first - overscan)), to };
}
