/**
 * TempEval-3 Task A alignment: gold and system timexes are paired one-to-one in document order.
 * A timex pairs with the other side's timex that is open where it starts (started at or before
 * that offset and not yet ended), the earliest-starting one first, provided that one is not
 * paired yet. Every overlap is seen this way, because of two overlapping spans one starts inside
 * the other; the one-to-one rule is what keeps a long gold span from absorbing several system
 * spans (the first one takes it, the others are spurious).
 */
import type { Timex } from './timex';

export interface Alignment<G extends Timex, S extends Timex> {
  pairs: { gold: G; system: S }[];
  /** Gold timexes no system timex was paired with. */
  missed: G[];
  /** System timexes no gold timex was paired with. */
  spurious: S[];
}

type Side = 'gold' | 'system';

interface Slot {
  side: Side;
  index: number;
  timex: Timex;
  partner: Slot | null;
}

const byStart = (a: Slot, b: Slot) =>
  a.timex.start - b.timex.start || a.timex.end - b.timex.end || (a.side === b.side ? a.index - b.index : a.side === 'gold' ? -1 : 1);

export function alignTimexes<G extends Timex, S extends Timex>(gold: readonly G[], system: readonly S[]): Alignment<G, S> {
  const goldSlots: Slot[] = gold.map((timex, index) => ({ side: 'gold', index, timex, partner: null }));
  const systemSlots: Slot[] = system.map((timex, index) => ({ side: 'system', index, timex, partner: null }));
  const ordered = [...goldSlots, ...systemSlots].sort(byStart);
  const sortedGold = [...goldSlots].sort(byStart);
  const sortedSystem = [...systemSlots].sort(byStart);

  for (const slot of ordered) {
    if (slot.partner) continue;
    const others = slot.side === 'gold' ? sortedSystem : sortedGold;
    const at = slot.timex.start;
    const partner = others.find((o) => !o.partner && o.timex.start <= at && at < o.timex.end);
    if (partner) {
      slot.partner = partner;
      partner.partner = slot;
    }
  }

  return {
    pairs: goldSlots
      .filter((g) => g.partner)
      .map((g) => ({ gold: gold[g.index]!, system: system[g.partner!.index]! })),
    missed: goldSlots.filter((g) => !g.partner).map((g) => gold[g.index]!),
    spurious: systemSlots.filter((s) => !s.partner).map((s) => system[s.index]!),
  };
}
