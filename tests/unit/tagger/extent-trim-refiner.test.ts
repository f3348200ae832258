import { describe, expect, it } from 'vitest';
import { tag } from './support';

describe('extent trim refiner', () => {
  it('marks "around Nov. 1" approximate', () => {
    expect(tag('to be completed around Nov. 1.', '1989-10-26')[0]).toMatchObject({ text: 'around Nov. 1', value: '1989-11-01', approximate: true });
  });

  it.each([
    ['(on Monday).', 'Monday', 4],
    ['Talks on Monday, then more.', 'Monday', 9],
    ['It ended on Tuesday,', 'Tuesday', 12],
    ['within three days', 'three days', 7],
    ['people began gathering early Tuesday for the rally', 'early Tuesday', 23],
    ['to be completed around Nov. 1.', 'around Nov. 1', 16],
    ['to get around Wednesday\'s ruling', 'Wednesday', 14],
    // found by the property tests: the part must not reach into the mention before it
    ['year-earlier Monday', 'year-earlier', 0],
  ])('"%s" has the extent "%s"', (sentence, text, start) => {
    const [mention] = tag(sentence, '2022-01-11');
    expect([mention?.text, mention?.start, mention?.end]).toEqual([text, start, start + text.length]);
  });
});
