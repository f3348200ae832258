/**
 * Re-anchors "the next day", "that year", "the week before" (mentions carrying an `Anaphor`) on
 * the last dated mention before them, however far back: that is the time the story has reached,
 * as HeidelTime and the TimeBank annotators read it ("In March, ... [two sentences, a paragraph
 * break] The following month" is April). Without such a mention "the next day" keeps the
 * reference-based value, approximate, and "that day" / "the same week" are dropped (they point at
 * nothing). One pass over the mentions in text order, so linear.
 */
import type { DateMention } from '../types';
import { compareDays, isoDay, type Day } from './calendar';
import { stepFrom } from './parsers/anaphoric-parser';
import type { Anaphor } from './timex';

export interface Tagged {
  mention: DateMention;
  anaphor?: Anaphor;
  leadsOn?: Anaphor;
}

/** Precision an anchor needs for each unit: a "next day" needs a day, a "next year" any date. */
const FINE_ENOUGH: Record<Anaphor['unit'], readonly string[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'week', 'month'],
  year: ['day', 'week', 'month', 'quarter', 'half', 'season', 'year'],
};

export function resolveAnaphora(tagged: readonly Tagged[]): DateMention[] {
  let anchor: DateMention | null = null;
  /** The last anchor with a day: where a bare clock time is, even after "this year" was named since. */
  let day: DateMention | null = null;
  const out: DateMention[] = [];
  for (const { mention, anaphor, leadsOn } of tagged) {
    let resolved = mention;
    if (anaphor) {
      const on = anaphor.clock && day ? day : anchor;
      if (on && fineEnough(anaphor, on)) resolved = anchored(mention, anaphor, on);
      else if (anaphor.pointing) continue;
    }
    if (leadsOn && anchor && fineEnough(leadsOn, anchor)) {
      const pointsAt = pointedAt(leadsOn, anchor);
      resolved = { ...mention, pointsAt };
      // The story has moved on: "Three days later, NATO met. The next day, ..." is the day after that.
      anchor = { ...mention, type: 'DATE', ...pointsAt };
    }
    if (isAnchor(resolved)) anchor = resolved;
    if (anchor?.precision === 'day') day = anchor;
    out.push(resolved);
  }
  return out;
}

const fineEnough = (step: Anaphor, anchor: DateMention) =>
  FINE_ENOUGH[step.unit].includes(anchor.precision ?? '') &&
  (!step.onlyFromBefore || (anchor.anchoring === 'absolute' && compareDays(dayOf(anchor.interval!.end), step.onlyFromBefore) <= 0));

function isAnchor(m: DateMention): boolean {
  return (m.type === 'DATE' || m.type === 'TIME') && m.interval !== null && !m.deictic && !(m.rule === 'anaphoric' && m.approximate);
}

/**
 * The date a step leads to from the anchor ("the next day", "two years later": 1999 from "1997",
 * April 2014 from "March 2014"), as absolute as the anchor.
 */
function pointedAt(step: Anaphor, anchor: DateMention): NonNullable<DateMention['pointsAt']> {
  const timex = stepFrom(dayOf(anchor.interval!.start), step, { anchoring: 'relative', rule: 'anaphoric' });
  const interval = { start: isoDay(timex.interval!.start), end: isoDay(timex.interval!.end) };
  return { value: timex.value, precision: timex.precision!, interval, anchoring: anchor.anchoring === 'absolute' ? 'absolute' : 'relative' };
}

function anchored(mention: DateMention, anaphor: Anaphor, anchor: DateMention): DateMention {
  const { value, precision, interval, anchoring } = pointedAt(anaphor, anchor);
  // A clock time ("at 10:35 a.m.") keeps its clock on the anchor's day.
  return { ...mention, value: anaphor.clock ? `${value}T${anaphor.clock}` : value, precision, interval, approximate: false, anchoring };
}

function dayOf(iso: string): Day {
  const [, year, month, day] = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(iso)!;
  return { year: Number(year), month: Number(month), day: Number(day) };
}
