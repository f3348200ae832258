import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2022-01-11';
const d = (text: string, start: number, value: string, approximate = false) =>
  ({ text, start, type: 'DURATION', value, precision: null, interval: null, approximate, anchoring: 'none', rule: 'duration' }) as const;
const rows: Row[] = [
  ['talks lasted for three days', R, d('three days', 17, 'P3D')],
  // "straight", "consecutive" between a count and its unit count the same unit.
  ['The index has risen for five straight days.', R, d('five straight days', 24, 'P5D')],
  // A count with thousands separators.
  ['The cave was inhabited for 10,000 years.', R, d('10,000 years', 27, 'P10000Y')],
  ['Profits fell for three consecutive quarters.', R, d('three consecutive quarters', 17, 'P3Q')],
  // "and a half" hyphenated like the amount: "two-and-a-half years".
  ['It took two-and-a-half years.', R, d('two-and-a-half years', 8, 'P2Y6M')],
  ['Major had only been in the job one day.', R, d('one day', 31, 'P1D')],
  ['over the past 8 years', R, d('the past 8 years', 5, 'P8Y')],
  ['in the first nine months', R, d('the first nine months', 3, 'P9M')],
  // The same stretch a year back is still that long: one duration, not "year-earlier" and "nine months".
  ['Net for the year-earlier nine months included a gain.', '1989-10-26', d('the year-earlier nine months', 8, 'P9M')],
  ['in the comparable six months', '1989-10-26', d('the comparable six months', 3, 'P6M')],
  ['a five-year plan', R, d('five-year', 2, 'P5Y')],
  ['their third day-long meeting', R, d('day-long', 12, 'P1D')],
  ['the decades-long battle', R, d('decades-long', 4, 'PXY')],
  ['it has gone on for decades', R, d('decades', 19, 'PXY')],
  ['a 12-hour-long shift', R, d('12-hour-long', 2, 'PT12H')],
  ['for at least two more weeks', R, d('at least two more weeks', 4, 'P2W', true)],
  ['nearly an hour', R, d('nearly an hour', 0, 'PT1H', true)],
  ['two decades', R, d('two decades', 0, 'P20Y')],
  ['several years', R, d('several years', 0, 'PXY', true)],
  ['a few days', R, d('a few days', 0, 'PXD', true)],
  ['it went on for years', R, d('years', 15, 'PXY')],
  ['half an hour', R, d('half an hour', 0, 'PT30M')],
  ['a year and a half', R, d('a year and a half', 0, 'P1Y6M')],
  ['in camps for 2 1/2 years', R, d('2 1/2 years', 13, 'P2Y6M')],
  ['spread over the next three quarters', R, d('the next three quarters', 12, 'P3Q')],
  ['for the two-day rally', R, d('two-day', 8, 'P2D')],
  ['in the nine months', R, d('the nine months', 3, 'P9M')],
  ['manager for only six months', R, d('six months', 17, 'P6M')],
  ['24 hours', R, d('24 hours', 0, 'PT24H')],
  ['then about 5 1/2 hours in Nairobi', R, d('about 5 1/2 hours', 5, 'PT5H30M', true)],
  ['a minute and a half later', R, d('a minute and a half', 0, 'PT1M30S')],
  // chrono reads "in one day" as tomorrow: it is how long something takes.
  ['It’s impossible to reach an agreement in one day', R, d('one day', 41, 'P1D')],
  ['Three days later he left.', R, d('Three days', 0, 'P3D')],
  // No vague amount makes a fraction: "several quarters of losses" is time ("three quarters of voters" is not).
  ['profitable after several quarters of losses', R, d('several quarters', 17, 'PXQ', true)],
  // A qualifier between the amount and the unit counts the same unit.
  ['extended for an additional year', R, d('an additional year', 13, 'P1Y')],
  ['Eight trading days after the crash', R, d('Eight trading days', 0, 'P8D')],
  ['within three business days', R, d('three business days', 7, 'P3D')],
  ['for a further month', R, d('a further month', 4, 'P1M')],
  // A fortnight counts two weeks, "the past fortnight" as "the past two weeks".
  ['He stayed for a fortnight.', R, d('a fortnight', 14, 'P2W')],
  ['He returned a fortnight later.', R, d('a fortnight', 12, 'P2W')],
  ['The talks lasted two fortnights, officials said.', R, d('two fortnights', 17, 'P4W')],
  ['Over the past fortnight, prices fell.', R, d('the past fortnight', 5, 'P2W')],
];

describe('duration parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('values "in five years" governed by a future verb as the time that far ahead', () => {
    expectMention(only('The stock would be redeemed in five years.', '1989-11-02'), {
      text: 'five years', start: 31, type: 'DATE', value: '1994', precision: 'year', interval: ['1994-01-01', '1995-01-01'], anchoring: 'relative', rule: 'duration:ahead',
    });
    expect(tag('He will return in a month and they will meet in about two weeks.', '1989-11-02').map((m) => [m.text, m.type, m.value])).toEqual([
      ['a month', 'DATE', '1989-12'],
      ['about two weeks', 'DATE', '1989-W46'],
    ]);
    // A decade ahead counts years from the reference year, as "a decade ago" does back.
    expect(tag('The bonds will mature in two decades.', '1989-11-02').map((m) => [m.text, m.type, m.value])).toEqual([['two decades', 'DATE', '2009']]);
    // A fortnight ahead is the week two weeks on.
    expect(tag('He will return in a fortnight.', '2000-04-14').map((m) => [m.text, m.type, m.value])).toEqual([['a fortnight', 'DATE', '2000-W17']]);
  });

  it('values "in a year or two" ahead as a future no one can date, not a year', () => {
    // Was "a year", valued 1999: an event labelled "You may" on a year no one named.
    expect(tag('You may, in a year or two, save a few more lives.', '1998-03-31').map((m) => [m.text, m.type, m.value, m.interval])).toEqual([
      ['a year or two', 'DATE', 'FUTURE_REF', null],
    ]);
    expect(tag('The plant will close in a week or so.', '1998-03-31').map((m) => [m.text, m.value])).toEqual([['a week or so', 'FUTURE_REF']]);
    // In the past it is still a duration.
    expect(tag('The plant closed in a year or two.', '1998-03-31').map((m) => [m.text, m.value])).toEqual([['a year', 'P1Y']]);
  });

  it.each([
    ['It was the smallest gain in a year.', 'P1Y'],
    ['They finished in three days.', 'P3D'],
    ['The plan will end in the next five years.', 'P5Y'],
    ['He will leave in two hours.', 'PT2H'],
  ])('keeps "%s" a duration', (sentence, value) => expect(tag(sentence, '1989-11-02').map((m) => [m.type, m.value])).toEqual([['DURATION', value]]));

  it.each([['a 9-year-old boy'], ['a second term'], ['three quarters of voters'], ['a quarter of the vote'], ['the day'], ['an additional share'], ['the trading day'], ['more days']])('no duration in "%s"', (sentence) =>
    expect(tag(sentence, R).filter((m) => m.type === 'DURATION')).toEqual([]),
  );
});

describe('duration parser: a year back without a length', () => {
  it('leaves "a year-earlier loss" and "the year-ago period" to the year-back rules', () => {
    expect(tag('compared with a year-earlier loss', '1989-10-26').map((m) => [m.text, m.type, m.rule])).toEqual([['year-earlier', 'DATE', 'ago']]);
    expect(tag('in the year-ago nine', '1989-10-26').map((m) => [m.text, m.type, m.rule])).toEqual([['year-ago', 'DATE', 'ago']]);
  });
});
