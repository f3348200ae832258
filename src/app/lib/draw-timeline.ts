/**
 * Paints the canvas layer: grid, lane rules, density strips, and every single event at its
 * precision — a day is a point, coarser dates are bands over their interval, approximate dates are
 * fuzzy (soft edges, dashed ring). Clusters get a faint band over the span of their members.
 */
import type { EventIndex } from './event-index';
import type { Lane } from './lanes';
import { density, wideInView, type Mark, type View } from './level-of-detail';
import type { LaneGeometry, OverlayItem } from './overlay';
import type { Palette } from './theme';
import type { Tick } from './time-axis';

export interface DrawInput {
  width: number;
  height: number;
  axis: number;
  palette: Palette;
  ticks: readonly Tick[];
  lanes: number;
  geometry: (lane: number) => LaneGeometry;
  overlay: readonly OverlayItem[];
  index: EventIndex;
  laneMarks: readonly Mark[][];
  lanesData: readonly Lane[];
  view: View;
  openIndex: number;
  activeIndex: number;
}

const DAY_PRECISION = 0;
const DENSITY_PX = 3;
const DENSITY_H = 10;
const MAX_OFFSCREEN_BANDS = 200;

export function drawTimeline(canvas: HTMLCanvasElement, d: DrawInput): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const w = Math.round(d.width * ratio);
  const h = Math.round(d.height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, d.width, d.height);
  drawGrid(ctx, d);
  d.lanesData.forEach((lane, l) => {
    drawDensity(ctx, d, lane, d.geometry(l));
    drawOffscreenBands(ctx, d, lane, d.geometry(l));
  });
  d.laneMarks.forEach((marks, l) => {
    const g = d.geometry(l);
    for (const m of marks) {
      if (m.kind === 'cluster') drawClusterSpan(ctx, d.palette, m.x0, m.x1, g.baseline);
      else drawEvent(ctx, d, m.index, m.x, m.x0, m.x1, g.baseline);
    }
  });
  for (const item of d.overlay)
    if (item.kind === 'event' && item.labelY !== null) {
      ctx.strokeStyle = d.palette.mark;
      ctx.globalAlpha = 0.5;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(Math.round(item.x) + 0.5, item.y - 6);
      ctx.lineTo(Math.round(item.x) + 0.5, item.labelY + 16);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
}

function drawGrid(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  for (const t of d.ticks) {
    ctx.strokeStyle = t.major ? d.palette.gridMajor : d.palette.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(t.x) + 0.5, d.axis);
    ctx.lineTo(Math.round(t.x) + 0.5, d.height);
    ctx.stroke();
  }
  ctx.strokeStyle = d.palette.laneRule;
  for (let l = 1; l < d.lanes; l++) {
    const y = Math.round(d.geometry(l).top) + 0.5;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(d.width, y);
    ctx.stroke();
  }
}

function drawDensity(ctx: CanvasRenderingContext2D, d: DrawInput, lane: Lane, g: LaneGeometry): void {
  const columns = density(lane, d.view, DENSITY_PX);
  let max = 0;
  for (const c of columns) if (c > max) max = c;
  if (max === 0) return;
  const bottom = g.top + g.height - 2;
  const logMax = Math.log1p(max);
  ctx.fillStyle = d.palette.density;
  for (let c = 0; c < columns.length; c++) {
    if (columns[c] === 0) continue;
    const hgt = Math.max(2, (Math.log1p(columns[c]!) / logMax) * DENSITY_H);
    ctx.fillRect(c * DENSITY_PX, bottom - hgt, DENSITY_PX - 0.5, hgt);
  }
}

/**
 * Long events whose middle is off screen (the month, year or decade the view lies in): a thin
 * faint strip under the marks, fainter the more there are, so that many add up to a tint.
 */
function drawOffscreenBands(ctx: CanvasRenderingContext2D, d: DrawInput, lane: Lane, g: LaneGeometry): void {
  const scale = d.width / (d.view.t1 - d.view.t0);
  const spans: number[] = [];
  for (const group of lane.wide) {
    const [from, to] = wideInView(group.starts, group.maxSpan, d.view);
    for (let k = from; k < to && spans.length < 2 * MAX_OFFSCREEN_BANDS; k++) {
      const i = group.members[k]!;
      const a = d.index.anchor[i]!;
      if (d.index.end[i]! <= d.view.t0 || (a >= d.view.t0 && a < d.view.t1)) continue;
      spans.push(Math.max(-2, (d.index.start[i]! - d.view.t0) * scale), Math.min(d.width + 2, (d.index.end[i]! - d.view.t0) * scale));
    }
  }
  if (spans.length === 0) return;
  ctx.fillStyle = d.palette.band;
  ctx.globalAlpha = Math.max(0.03, Math.min(0.2, 0.6 / (spans.length / 2)));
  for (let k = 0; k < spans.length; k += 2) ctx.fillRect(spans[k]!, g.baseline + 7, spans[k + 1]! - spans[k]!, 3);
  ctx.globalAlpha = 1;
}

function drawClusterSpan(ctx: CanvasRenderingContext2D, p: Palette, x0: number, x1: number, y: number): void {
  ctx.fillStyle = p.cluster;
  ctx.globalAlpha = 0.25;
  ctx.fillRect(x0 - 4, y - 3, Math.max(8, x1 - x0 + 8), 6);
  ctx.globalAlpha = 1;
}

function drawEvent(ctx: CanvasRenderingContext2D, d: DrawInput, i: number, x: number, x0: number, x1: number, y: number): void {
  const p = d.palette;
  const approximate = d.index.events[i]!.date.approximate;
  const highlighted = i === d.openIndex || i === d.activeIndex;
  const colour = highlighted ? p.selected : p.mark;
  if (d.index.precision[i] === DAY_PRECISION && x1 - x0 < 10) {
    ctx.beginPath();
    ctx.arc(x, y, 5, 0, Math.PI * 2);
    if (approximate) {
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.35;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.setLineDash([2, 2]);
      ctx.strokeStyle = colour;
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  } else {
    const left = Math.max(x0, -10);
    const right = Math.min(Math.max(x1, x0 + 2), d.width + 10);
    if (approximate) {
      const fade = Math.min(24, (right - left) / 3);
      const g = ctx.createLinearGradient(left - fade, 0, right + fade, 0);
      const span = right - left + 2 * fade;
      g.addColorStop(0, 'transparent');
      g.addColorStop(Math.min(0.5, (2 * fade) / span), colour);
      g.addColorStop(Math.max(0.5, 1 - (2 * fade) / span), colour);
      g.addColorStop(1, 'transparent');
      ctx.fillStyle = g;
      ctx.globalAlpha = 0.45;
      ctx.fillRect(left - fade, y - 5, right - left + 2 * fade, 10);
    } else {
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.4;
      ctx.fillRect(left, y - 5, right - left, 10);
      ctx.globalAlpha = 1;
      ctx.fillRect(left, y - 5, 2, 10);
      ctx.fillRect(right - 2, y - 5, 2, 10);
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(x, y, 3, 0, Math.PI * 2);
    ctx.fill();
  }
  if (highlighted) {
    ctx.strokeStyle = p.selected;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x, y, 9, 0, Math.PI * 2);
    ctx.stroke();
    ctx.lineWidth = 1;
  }
}
