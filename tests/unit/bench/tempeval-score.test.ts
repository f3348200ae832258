import { describe, expect, it } from 'vitest';
import { alignTimexes } from '../../../bench/tempeval/align';
import { addCounts, countDocument, emptyCounts, scoresOf } from '../../../bench/tempeval/score';
import type { Timex } from '../../../bench/tempeval/timex';

/** A timex over `text` found at `start`; type and value default to a plain date. */
function tx(start: number, text: string, value = '2000-01-01', type = 'DATE'): Timex {
  return { start, end: start + text.length, text, type, value };
}

describe('alignTimexes (TempEval-3 one-to-one pairing in document order)', () => {
  it('pairs identical spans', () => {
    const g = tx(0, 'Monday');
    const s = tx(0, 'Monday');
    expect(alignTimexes([g], [s])).toEqual({ pairs: [{ gold: g, system: s }], missed: [], spurious: [] });
  });

  it('pairs a system timex that starts inside a gold one, and a gold one that starts inside a system one', () => {
    const g1 = tx(0, 'last Monday');
    const s1 = tx(5, 'Monday');
    const g2 = tx(25, 'May 5');
    const s2 = tx(20, 'late May');
    const a = alignTimexes([g1, g2], [s1, s2]);
    expect(a.pairs).toEqual([
      { gold: g1, system: s1 },
      { gold: g2, system: s2 },
    ]);
    expect(a.missed).toEqual([]);
    expect(a.spurious).toEqual([]);
  });

  it('does not pair spans that only touch (ends are exclusive)', () => {
    const g = tx(0, 'today');
    const s = tx(5, ' noon');
    expect(alignTimexes([g], [s])).toEqual({ pairs: [], missed: [g], spurious: [s] });
  });

  it('pairs one-to-one: a long gold span takes the first system span, the next one is spurious', () => {
    const g = tx(0, 'from May to June 1998');
    const may = tx(5, 'May');
    const june = tx(12, 'June 1998');
    expect(alignTimexes([g], [may, june])).toEqual({ pairs: [{ gold: g, system: may }], missed: [], spurious: [june] });
  });

  it('pairs one-to-one the other way: a long system span leaves the second gold span missed', () => {
    const s = tx(0, 'Monday and Tuesday');
    const monday = tx(0, 'Monday');
    const tuesday = tx(11, 'Tuesday');
    expect(alignTimexes([monday, tuesday], [s])).toEqual({ pairs: [{ gold: monday, system: s }], missed: [tuesday], spurious: [] });
  });

  it('takes the earliest-starting open timex when several are open where a timex starts', () => {
    const s1 = tx(0, 'aaaaaaaaaa'); // 0-10
    const s2 = tx(3, 'bbbbbbbbb'); // 3-12
    const g = tx(5, 'cccccccccc'); // 5-15: both system spans are open at 5
    expect(alignTimexes([g], [s2, s1])).toEqual({ pairs: [{ gold: g, system: s1 }], missed: [], spurious: [s2] });
  });

  it('skips an open timex that is already paired and takes the next open one', () => {
    const g1 = tx(0, 'aaaaaaaa'); // 0-8
    const s1 = tx(2, 'bbb'); // 2-5, pairs with g1
    const g2 = tx(1, 'cccccccccccc'); // 1-13: open at 2 but s1 takes g1, the earliest
    const s2 = tx(6, 'dd'); // 6-8: g1 (paired) and g2 open, so g2
    expect(alignTimexes([g1, g2], [s1, s2])).toEqual({
      pairs: [
        { gold: g1, system: s1 },
        { gold: g2, system: s2 },
      ],
      missed: [],
      spurious: [],
    });
  });

  it('does not depend on the order the timexes are given in', () => {
    const gold = [tx(0, 'January'), tx(20, 'the 1990s', '199'), tx(40, 'now', 'PRESENT_REF')];
    const system = [tx(41, 'ow'), tx(24, '1990'), tx(2, 'nuary')];
    const forward = alignTimexes(gold, system);
    const backward = alignTimexes([...gold].reverse(), [...system].reverse());
    expect(backward.pairs).toEqual([...forward.pairs].reverse());
    expect(forward.pairs.map((p) => [p.gold.text, p.system.text])).toEqual([
      ['January', 'nuary'],
      ['the 1990s', '1990'],
      ['now', 'ow'],
    ]);
  });
});

describe('countDocument and scoresOf', () => {
  it('counts strict matches only for identical texts and compares attributes over relaxed pairs', () => {
    const gold = [tx(0, 'last Monday', '2000-01-03'), tx(20, 'three days', 'P3D', 'DURATION')];
    const system = [tx(5, 'Monday', '2000-01-03'), tx(20, 'three days', 'P3', 'DURATION'), tx(40, '1,000', '1000')];
    const counts = countDocument(gold, system);
    expect(counts).toEqual({ gold: 2, system: 3, relaxed: 2, strict: 1, typeCorrect: 2, valueCorrect: 1 });
    expect(scoresOf(counts)).toEqual({
      strict: { precision: 1 / 3, recall: 1 / 2, f1: 2 / 5 },
      relaxed: { precision: 2 / 3, recall: 1, f1: 4 / 5 },
      typeF1: 4 / 5,
      valueF1: 2 / 5,
    });
  });

  it('counts a wrong type but right value as value-correct only', () => {
    const counts = countDocument([tx(0, 'noon', '2000-01-01T12:00', 'TIME')], [tx(0, 'noon', '2000-01-01T12:00', 'DATE')]);
    expect(counts).toEqual({ gold: 1, system: 1, relaxed: 1, strict: 1, typeCorrect: 0, valueCorrect: 1 });
    expect(scoresOf(counts).typeF1).toBe(0);
    expect(scoresOf(counts).valueF1).toBe(1);
  });

  it('micro-averages: counts add up over documents before scores are taken', () => {
    const doc1 = countDocument([tx(0, '1997', '1997')], [tx(0, '1997', '1997')]);
    const doc2 = countDocument([tx(0, 'May', '1998-05'), tx(10, 'June', '1998-06'), tx(20, 'July', '1998-07')], []);
    const total = addCounts(addCounts(emptyCounts(), doc1), doc2);
    expect(total).toEqual({ gold: 4, system: 1, relaxed: 1, strict: 1, typeCorrect: 1, valueCorrect: 1 });
    const s = scoresOf(total);
    expect(s.relaxed).toEqual({ precision: 1, recall: 1 / 4, f1: 2 / 5 });
    expect(s.valueF1).toBe(2 / 5);
  });

  it('scores an empty comparison as zeros, never NaN', () => {
    expect(scoresOf(emptyCounts())).toEqual({
      strict: { precision: 0, recall: 0, f1: 0 },
      relaxed: { precision: 0, recall: 0, f1: 0 },
      typeF1: 0,
      valueF1: 0,
    });
  });
});
