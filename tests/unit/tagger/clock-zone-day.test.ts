import { describe, expect, it } from 'vitest';
import { expectMention, only, tag } from './support';

/** Wednesday 15 March 2023. */
const REF = '2023-03-15';

describe('a clock time, its zone in words, then the day', () => {
  it('puts the clock on that day, as "at 5 p.m. on Tuesday" does', () => {
    expectMention(only('The vote closed at 5 p.m. local time on Tuesday.', REF), {
      text: '5 p.m. local time on Tuesday', start: 19, type: 'TIME', value: '2023-03-14T17:00', precision: 'day', interval: ['2023-03-14', '2023-03-15'],
    });
    expect(only('The match kicks off at 8 p.m. local time on Saturday.', REF)).toMatchObject({ text: '8 p.m. local time on Saturday', value: '2023-03-18T20:00' });
    expect(only('The blast happened at 3 a.m. Beijing time on Monday.', REF)).toMatchObject({ value: '2023-03-13T03:00' });
    expect(only('Polls close at 8 p.m. New York time on Nov. 7.', REF)).toMatchObject({ value: '2023-11-07T20:00' });
    expect(only('The quake struck at 4:17 a.m. local time (2117 GMT) Monday.', REF)).toMatchObject({ text: '4:17 a.m. local time (2117 GMT) Monday', value: '2023-03-13T04:17' });
  });

  it('leaves the two apart after a comma, and a clock time with no day after it alone', () => {
    expect(tag("At 9 p.m. local time, Monday's session resumed.", REF).map((m) => [m.text, m.value])).toEqual([
      ['9 p.m.', '2023-03-15T21:00'],
      ['Monday', '2023-03-13'],
    ]);
    expect(tag('The show starts at 9 p.m. local time.', REF).map((m) => [m.text, m.value])).toEqual([['9 p.m.', '2023-03-15T21:00']]);
  });
});
