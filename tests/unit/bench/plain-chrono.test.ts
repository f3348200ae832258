import { describe, expect, it } from 'vitest';
import { plainChronoTimexes } from '../../../bench/tempeval/plain-chrono';

describe('plainChronoTimexes (the baseline as a user would run chrono)', () => {
  it('values results from the components chrono knows, at the DCT', () => {
    const text = 'He left on March 5, 1998 at 3pm, came back in May 1997, and calls on Monday.';
    expect(plainChronoTimexes(text, '1998-08-07').map(({ text: t, type, value }) => [t, type, value])).toEqual([
      ['March 5, 1998 at 3pm', 'TIME', '1998-03-05T15:00'],
      ['May 1997', 'DATE', '1997-05'],
      ['on Monday', 'DATE', '1998-08-10'],
    ]);
  });

  it('gives offsets into the text as given', () => {
    const text = 'AT&T said Friday';
    expect(plainChronoTimexes(text, '2000-01-06')).toEqual([{ start: 10, end: 16, text: 'Friday', type: 'DATE', value: '2000-01-07' }]);
  });
});
