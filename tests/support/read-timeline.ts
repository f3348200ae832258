/** A timeline file as the viewer reads it, either form (timeline@1 objects or timeline@2 rows), validated. */
import { readFileSync } from 'node:fs';
import { validateTimeline, type Timeline } from '../../src/schema/timeline';

export function parseTimeline(json: string): Timeline {
  const result = validateTimeline(JSON.parse(json));
  if (!result.ok) throw new Error(`not a valid timeline: ${result.errors.join('; ')}`);
  return result.timeline;
}

export const readTimeline = (file: string): Timeline => parseTimeline(readFileSync(file, 'utf8'));
