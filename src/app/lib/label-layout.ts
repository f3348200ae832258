/**
 * Label collision: labels sit to the right of their mark in one of a lane's label rows; a label
 * goes to the first row where it overlaps nothing, most salient first. Marks that find no room
 * stay unlabelled (still drawn and clickable).
 */
export interface LabelRequest {
  /** Left edge of the label, px. */
  x: number;
  width: number;
  priority: number;
}

/** Rough width of a label in px: enough for collision, no text measuring per frame. */
export function labelWidth(text: string, maxWidth: number, charPx = 6.6, padding = 10): number {
  return Math.min(maxWidth, text.length * charPx + padding);
}

/** The row of each request (−1 = no room), given `rows` rows and `gap` px between labels. */
export function placeLabels(requests: readonly LabelRequest[], rows: number, limit: number, gap = 6): Int32Array {
  const rowOf = new Int32Array(requests.length).fill(-1);
  const taken: Array<Array<[number, number]>> = Array.from({ length: rows }, () => []);
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.priority - requests[a]!.priority || requests[a]!.x - requests[b]!.x);
  let placed = 0;
  for (const i of order) {
    if (placed >= limit) break;
    const r = requests[i]!;
    const from = r.x - gap;
    const to = r.x + r.width + gap;
    const row = taken.findIndex((spans) => spans.every(([a, b]) => to <= a || from >= b));
    if (row < 0) continue;
    taken[row]!.push([from, to]);
    rowOf[i] = row;
    placed++;
  }
  return rowOf;
}
