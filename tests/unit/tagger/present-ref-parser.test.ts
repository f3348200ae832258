import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const R = '2022-01-11';
const v = (text: string, start: number, value: string) =>
  ({ text, start, type: 'DATE', value, precision: null, interval: null, anchoring: 'none', rule: 'present-ref' }) as const;
const rows: Row[] = [
  ['Russia now demands guarantees', R, v('now', 7, 'PRESENT_REF')],
  ['talks are currently stalled', R, v('currently', 10, 'PRESENT_REF')],
  ['NATO members recently met', R, v('recently', 13, 'PAST_REF')],
  ['in the future they may agree', R, v('the future', 3, 'FUTURE_REF')],
  ['at the moment', R, v('the moment', 3, 'PRESENT_REF')],
  ['the current members', R, v('current', 4, 'PRESENT_REF')],
  // Unbounded past years, like "recent years"; "the past years" is a stretch of time instead.
  ['there were sell programs in past years, too', R, v('past years', 28, 'PAST_REF')],
  ['as in past decades', R, v('past decades', 6, 'PAST_REF')],
  // "then" moves "current" to the past time the story speaks of.
  ['buy shares at 50% of the then current market price', R, v('then current', 25, 'PAST_REF')],
  ['the then-current chairman resigned', R, v('then-current', 4, 'PAST_REF')],
  ['to placate holders in the short term', R, v('the short term', 22, 'FUTURE_REF')],
  // No month, unit or other trigger word near it: the trigger windows must still find it.
  ['It will seek financing at a later date.', R, v('a later date', 26, 'FUTURE_REF')],
  ['There is at present no plan.', R, v('present', 12, 'PRESENT_REF')], // "at" is a signal, as in "at the moment"
  // After a modal, "one day" is some day to come; elsewhere it is a day's length (duration parser).
  ['Islam will one day be the second largest religion.', R, v('one day', 11, 'FUTURE_REF')],
  ['Europe must one day pay the bill.', R, v('one day', 12, 'FUTURE_REF')],
  // "soon" between a modal (or "to") and its verb, or before a modal: the near future.
  ['prosecutors may soon seek an indictment', R, v('soon', 16, 'FUTURE_REF')],
  ['Kellogg soon will begin selling boxes', R, v('soon', 8, 'FUTURE_REF')],
  ['The court should soon rule on the case', R, v('soon', 17, 'FUTURE_REF')],
  ['it expects sales to soon grow', R, v('soon', 20, 'FUTURE_REF')],
];

describe('present-ref parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves "the past years" to the duration parser and "past year" to the relative periods', () => {
    expect(tag('over the past years prices rose', R).map((m) => [m.text, m.value, m.rule])).toEqual([['the past years', 'PXY', 'duration']]);
    expect(tag('past year results', R).map((m) => [m.text, m.rule])).toEqual([['past year', 'relative-period']]);
  });

  it('keeps "then" of another clause out of "current"', () => {
    expect(tag('Since then current rules apply.', R).map((m) => [m.text, m.value])).toEqual([['current', 'PRESENT_REF']]);
  });

  it('marks "now", "currently", "today" as deictic, so that they never make an event alone', () => {
    const mentions = tag('Now, currently and today.', R);
    expect(mentions.map((m) => [m.text, m.deictic])).toEqual([
      ['Now', true],
      ['currently', true],
      ['today', true],
    ]);
  });

  it('values "today" as the reference day (TIMEX3), relative', () => {
    expectMention(only('Lavrov said today', R), { text: 'today', start: 12, type: 'DATE', value: '2022-01-11', precision: 'day', interval: ['2022-01-11', '2022-01-12'], anchoring: 'relative' });
  });

  it.each([['the future of NATO'], ['the current account deficit'], ['a recent poll'], ['they will come soon'], ['he was soon released'], ['soon after the vote'], ['as soon as possible'], ['a cash flow that soon became a flood']])(
    'is no time reference in "%s"',
    (sentence) => expect(tag(sentence, R)).toEqual([]),
  );
});

describe('present-ref parser: recent stretches', () => {
  it('values "recent weeks" and "recent months" as durations, "recent years" as PAST_REF', () => {
    expect(tag('in recent weeks, recent months and recent years', '2000-01-28').map((m) => [m.text, m.type, m.value])).toEqual([
      ['recent weeks', 'DURATION', 'PXW'],
      ['recent months', 'DURATION', 'PXM'],
      ['recent years', 'DATE', 'PAST_REF'],
    ]);
  });
});
