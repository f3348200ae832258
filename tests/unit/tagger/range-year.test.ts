import { describe, expect, it } from 'vitest';
import { tag } from './support';

const values = (text: string, reference: string) => tag(text, reference).map((m) => [m.text, m.value, m.anchoring]);

describe('range-year refiner', () => {
  it('gives the end of a range without a year the year written at the other end', () => {
    // Was 2023-03-30: the first end was resolved against the publication.
    expect(values('The show ran from 30 March to 2 April 2022.', '2023-04-15')).toEqual([
      ['30 March', '2022-03-30', 'absolute'],
      ['2 April 2022', '2022-04-02', 'absolute'],
    ]);
    expect(values('The port closed from May through July 2019.', '2023-04-15')).toEqual([['May through July 2019', '2019-05', 'absolute']]);
  });

  it('crosses the year where the range does', () => {
    expect(values('Talks were held between Dec. 30 and Jan. 2, 2022.', '2023-04-15')).toEqual([
      ['Dec. 30', '2021-12-30', 'absolute'],
      ['Jan. 2, 2022', '2022-01-02', 'absolute'],
    ]);
    expect(values('The exhibition runs from December 30, 2021, to January 2.', '2023-04-15')).toEqual([
      ['December 30, 2021', '2021-12-30', 'absolute'],
      ['January 2', '2022-01-02', 'absolute'],
    ]);
  });

  it('leaves dates that are not two ends of one range to their own sentence', () => {
    // Words between the two dates: not a range.
    expect(values('He visited Paris on 3 May and London on 5 May 2020.', '2023-08-15')).toEqual([
      ['3 May', '2023-05-03', 'relative'],
      ['5 May 2020', '2020-05-05', 'absolute'],
    ]);
    // A weekday has no year to take.
    expect(values('The strike lasted from Monday to 3 March 2022.', '2023-04-15').map(([text]) => text)).toEqual(['Monday', '3 March 2022']);
  });
});
