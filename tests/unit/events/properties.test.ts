import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc, mention, run } from './hand-made';

const WORDS = ['talks', 'Geneva', 'ended', 'the', 'summit', 'in', 'on', 'NATO', 'said', 'it', 'and', 'of', '(w)e', '“quote”', 'adding:', 'Mr.', '1,700', '—', 'If', 'will', 'war', 'signed'];
const YEARS = ['1997', '2008', '2010'];

/** Random prose with years in it, laid out in lines and paragraphs like scraped pages. */
const prose = fc
  .array(
    fc.tuple(fc.array(fc.constantFrom(...WORDS, ...YEARS), { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '?', ':', '', '.\n', '.\n\n', '\n\n  1. ')),
    { minLength: 1, maxLength: 12 },
  )
  .map((sentences) => 'Headline\n\n' + sentences.map(([w, end]) => w.join(' ') + end).join(' '));

describe('events on arbitrary prose', () => {
  it('never throws; passages hold their mentions; labels are 2–6 words; ids are unique', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const mentions = [...text.matchAll(/\b(1997|2008|2010)\b/g)].map((m, i, all) =>
          mention(text, m[0], m[0], { nth: all.slice(0, i).filter((x) => x[0] === m[0]).length }),
        );
        const r = run([doc('a', text), mentions]);
        const ids = new Set(r.events.map((e) => e.id));
        expect(ids.size).toBe(r.events.length);
        for (const e of r.events) {
          const words = e.label.split(/\s+/).length;
          expect(words >= 2 && words <= 6, e.label).toBe(true);
          for (const s of e.sources) expect(s.passage.start <= s.mention.start && s.mention.end <= s.passage.end).toBe(true);
        }
      }),
      { numRuns: 80, seed: 7 },
    );
  });
});
