/**
 * Watches the height of the document's content and reports each change once. The measure is the
 * content, not the viewport: `documentElement.scrollHeight` never shrinks below the iframe, so an
 * iframe sized by it could grow but never shrink back.
 */
export function measureHeight(doc: Document): number {
  const html = doc.documentElement;
  const body = doc.body;
  let height = html.getBoundingClientRect().height;
  if (body) {
    // Content that overflows the body (absolutely positioned panels) still needs room.
    const style = doc.defaultView?.getComputedStyle(body);
    const margins = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
    height = Math.max(height, body.scrollHeight + margins);
  }
  return Math.ceil(height);
}

/** Calls `onHeight` now and whenever the content height changes; returns the stop function. */
export function watchHeight(doc: Document, onHeight: (height: number) => void): () => void {
  const win = doc.defaultView;
  let last = -1;
  let frame = 0;
  const check = () => {
    frame = 0;
    const height = measureHeight(doc);
    if (height !== last) {
      last = height;
      onHeight(height);
    }
  };
  const schedule = () => {
    if (!frame && win) frame = win.requestAnimationFrame(check);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(doc.documentElement);
  if (doc.body) observer.observe(doc.body);
  // Late fonts and images change the height without resizing the observed boxes first.
  win?.addEventListener('load', schedule);
  check();
  return () => {
    observer.disconnect();
    win?.removeEventListener('load', schedule);
    if (frame && win) win.cancelAnimationFrame(frame);
  };
}
