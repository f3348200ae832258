/**
 * Wheel, drag and pinch on an element, turned into zoom transforms (see time-scale.ts for why not
 * d3-zoom). `settled` is true when a gesture ends, for listeners that should not run every frame.
 */
import { ZoomTransform } from './time-scale';

export interface GestureTarget {
  current(): ZoomTransform;
  update(next: ZoomTransform, settled: boolean): void;
}

const CLICK_SLOP_PX = 4;
const WHEEL_SETTLE_MS = 160;

function wheelFactor(e: WheelEvent): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-e.deltaY * unit * (e.ctrlKey ? 5 : 1));
}

export function attachZoomGestures(el: HTMLElement, target: GestureTarget): () => void {
  const pointers = new Map<number, number>();
  let moved = 0;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  const localX = (clientX: number) => clientX - el.getBoundingClientRect().left;

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const t = target.current();
    const pan = Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey;
    target.update(pan ? t.translateBy(-e.deltaX) : t.scaleBy(wheelFactor(e), localX(e.clientX)), false);
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => target.update(target.current(), true), WHEEL_SETTLE_MS);
  };

  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, localX(e.clientX));
    if (pointers.size === 1) moved = 0;
  };

  const onMove = (e: PointerEvent) => {
    const before = pointers.get(e.pointerId);
    if (before === undefined) return;
    const x = localX(e.clientX);
    if (moved === 0 && Math.abs(x - before) < CLICK_SLOP_PX) return;
    if (!el.hasPointerCapture(e.pointerId)) el.setPointerCapture(e.pointerId);
    const t = target.current();
    if (pointers.size === 1) {
      moved += Math.abs(x - before);
      pointers.set(e.pointerId, x);
      target.update(t.translateBy(x - before), false);
      return;
    }
    const other = [...pointers].find(([id]) => id !== e.pointerId)?.[1] ?? x;
    const spanBefore = Math.abs(before - other) || 1;
    const spanAfter = Math.abs(x - other) || 1;
    moved += Math.abs(x - before);
    pointers.set(e.pointerId, x);
    const mid = (x + other) / 2;
    target.update(t.scaleBy(spanAfter / spanBefore, mid).translateBy((x - before) / 2), false);
  };

  const onUp = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
    if (pointers.size === 0 && moved > 0) target.update(target.current(), true);
  };

  /** A drag must not also click the mark it started on. */
  const onClick = (e: MouseEvent) => {
    if (moved >= CLICK_SLOP_PX) {
      e.stopPropagation();
      e.preventDefault();
      moved = 0;
    }
  };

  const onDblClick = (e: MouseEvent) => {
    if ((e.target as Element).closest('button')) return;
    target.update(target.current().scaleBy(e.shiftKey ? 0.5 : 2, localX(e.clientX)), true);
  };

  const listening = new AbortController();
  const signal = listening.signal;
  el.addEventListener('wheel', onWheel, { passive: false, signal });
  el.addEventListener('pointerdown', onDown, { signal });
  el.addEventListener('pointermove', onMove, { signal });
  el.addEventListener('pointerup', onUp, { signal });
  el.addEventListener('pointercancel', onUp, { signal });
  el.addEventListener('click', onClick, { capture: true, signal });
  el.addEventListener('dblclick', onDblClick, { signal });
  return () => {
    clearTimeout(wheelTimer);
    listening.abort();
  };
}
