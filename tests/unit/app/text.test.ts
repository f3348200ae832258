import { describe, expect, it } from 'vitest';
import { highlight, queryRanges } from '../../../src/app/lib/highlight';
import { safeHttpUrl } from '../../../src/schema/safe-url';
import { virtualRange } from '../../../src/app/lib/virtual-range';
import { fullTimelineLink } from '../../../src/app/embed/deep-link';
import { Emitter } from '../../../src/app/lib/emitter';
import { countOf, formatCount } from '../../../src/app/lib/formatters';

describe('highlighting', () => {
  it('splits text into plain and marked pieces', () => {
    expect(highlight('On January 10, talks', [{ start: 3, end: 13, kind: 'mention' }])).toEqual([
      { text: 'On ', mark: false },
      { text: 'January 10', mark: true, kind: 'mention' },
      { text: ', talks', mark: false },
    ]);
  });

  it('keeps the earlier of overlapping ranges and ignores ranges outside the text', () => {
    const pieces = highlight('abcdef', [
      { start: 1, end: 4, kind: 'mention' },
      { start: 2, end: 5, kind: 'search' },
      { start: 10, end: 12, kind: 'search' },
      { start: 3, end: 3, kind: 'search' },
    ]);
    expect(pieces.map((p) => [p.text, p.mark])).toEqual([
      ['a', false],
      ['bcd', true],
      ['e', true],
      ['f', false],
    ]);
    expect(highlight('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });

  it('finds every case-insensitive occurrence of a query, and nothing for an empty one', () => {
    expect(queryRanges('Geneva, geneva, GENEVA', 'geneva').map((r) => r.start)).toEqual([0, 8, 16]);
    expect(queryRanges('aaa', 'aa').map((r) => r.start)).toEqual([0]);
    expect(queryRanges('text', '   ')).toEqual([]);
  });
});

describe('links', () => {
  it('shows only absolute http(s) links', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'example.org', '', null, undefined])
      expect(safeHttpUrl(bad)).toBeNull();
  });

  it('links an embed to the full timeline without the embed flag', () => {
    expect(fullTimelineLink('https://x.example/t/?embed=1&q=talks#event=e1', { event: 'e1', window: null })).toBe('https://x.example/t/?q=talks#event=e1');
  });

  it('links an embed to the full timeline without its iframe-only parameters, at the open event (or none)', () => {
    const embed = 'https://x.example/t/?embed=1&height=600&origin=https%3A%2F%2Fnews.example&childId=tl&q=talks#event=e1';
    expect(fullTimelineLink(embed, { event: 'e2', window: null })).toBe('https://x.example/t/?q=talks#event=e2');
    expect(fullTimelineLink(embed, { event: null, window: null })).toBe('https://x.example/t/?q=talks');
  });
});

describe('virtual list', () => {
  it('renders only the rows on screen plus overscan', () => {
    expect(virtualRange(1000, 50, 0, 500, 4)).toEqual({ from: 0, to: 14 });
    expect(virtualRange(1000, 50, 5000, 500, 4)).toEqual({ from: 96, to: 114 });
    // A stale offset past the end of a shorter list still shows its last rows.
    expect(virtualRange(20, 50, 5000, 500, 4)).toEqual({ from: 6, to: 20 });
    expect(virtualRange(0, 50, 0, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe('controller events', () => {
  it('calls listeners with the detail and unsubscribes them', () => {
    const emitter = new Emitter<{ select: string | null }>();
    const seen: (string | null)[] = [];
    const off = emitter.on('select', (id) => seen.push(id));
    emitter.emit('select', 'a');
    off();
    emitter.emit('select', 'b');
    expect(seen).toEqual(['a']);
  });
});

describe('counts', () => {
  it('says "1 event" and "0 events", "2,000 events", and takes an irregular plural', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(2000, 'event')).toBe('2,000 events');
    expect(countOf(1, 'problem')).toBe('1 problem');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('groups digits as Intl does for English, without creating an Intl object', () => {
    const intl = new Intl.NumberFormat('en');
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890, -1234, Number.MAX_SAFE_INTEGER]) expect(formatCount(n)).toBe(intl.format(n));
    expect(formatCount(1.5)).toBe('1.5');
  });
});
