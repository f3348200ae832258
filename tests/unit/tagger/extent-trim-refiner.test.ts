import { describe, expect, it } from 'vitest';
import { tag } from './support';

describe('extent trim refiner', () => {
  it.each([
    ['(on Monday).', 'Monday', 4],
    ['Talks on Monday, then more.', 'Monday', 9],
    ['It ended on Tuesday,', 'Tuesday', 12],
    ['within three days', 'three days', 7],
    ['people began gathering early Tuesday for the rally', 'early Tuesday', 23],
    // found by the property tests: the part must not reach into the mention before it
    ['year-earlier Monday', 'year-earlier', 0],
  ])('"%s" has the extent "%s"', (sentence, text, start) => {
    const [mention] = tag(sentence, '2022-01-11');
    expect([mention?.text, mention?.start, mention?.end]).toEqual([text, start, start + text.length]);
  });
});
