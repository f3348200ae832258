import { describe, expect, it } from 'vitest';
import { chunkText, MAX_CHUNK } from '../../../src/extract/tagger/chunk-text';
import { triggerWindows } from '../../../src/extract/tagger/trigger-windows';

describe('chunkText', () => {
  it('cuts sentences and lines, keeping offsets into the text', () => {
    const text = 'Talks ended on Monday. Mr. Ryabkov left on Jan. 14 for Moscow.\nNew line here';
    const chunks = chunkText(text);
    expect(chunks.map((c) => c.text)).toEqual(['Talks ended on Monday.', 'Mr. Ryabkov left on Jan. 14 for Moscow.', 'New line here']);
    for (const c of chunks) expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
  });

  it('caps a sentence without ends at MAX_CHUNK characters', () => {
    const text = 'word '.repeat(1000);
    const chunks = chunkText(text);
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_CHUNK);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks[0]!.start).toBe(0);
  });
});

describe('triggerWindows', () => {
  it('keeps only the parts of a sentence near a trigger word', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
    const text = `${filler}${filler}talks ended on Monday ${filler}${filler}`;
    const windows = triggerWindows({ start: 100, text });
    expect(windows).toHaveLength(1);
    const w = windows[0]!;
    expect(w.text).toContain('talks ended on Monday');
    expect(w.text.length).toBeLessThan(text.length / 2);
    expect(text.slice(w.start - 100, w.start - 100 + w.text.length)).toBe(w.text);
  });

  it('finds no window where nothing can be a date', () => {
    expect(triggerWindows({ start: 0, text: 'The company said 1,700 of its 57 members may agree.' })).toEqual([]);
  });
});
