/**
 * What joins two dates that may be the two ends of one range: "30 March to 2 April 2022", "20-25
 * June", "between Dec. 30 and Jan. 2". Read the same by the tagger (a year written at one end is
 * the other's too) and by the events (the two ends make one event). A comma after the first end
 * counts only when it closes that end's year ("from December 30, 2021, to January 2"): "due to
 * expire last Thursday, to Nov. 6" moves a deadline and spans nothing.
 */
import type { Span } from '../schema/timeline';

const TO = /^\s*(?:to|through|thru|until|till|[-–—])\s*$/i;
const AND = /^\s*and\s*$/i;

/** `to` for "to", "through", "until", a dash; `and` for "and"; null for anything else. */
export function rangeJoin(text: string, first: Span, next: Span): 'to' | 'and' | null {
  const closesYear = /\d{4}$/.test(text.slice(first.start, first.end));
  const gap = text.slice(first.end, next.start).replace(/^,(?=\s)/, closesYear ? '' : ',');
  return TO.test(gap) ? 'to' : AND.test(gap) ? 'and' : null;
}
