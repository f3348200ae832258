import { describe, it } from 'vitest';
import { expectMention, only, type Row } from './support';

// 2000-04-17 is a Monday: "Friday" in a past sentence is 2000-04-14.
const rows: Row[] = [
  ['The deal expired at midnight Friday, officials said.', '2000-04-17', { text: 'midnight Friday', start: 20, type: 'TIME', value: '2000-04-14T24:00', precision: 'day', interval: ['2000-04-14', '2000-04-15'] }],
  ['The deal expired Friday midnight.', '2000-04-17', { text: 'Friday midnight', start: 17, type: 'TIME', value: '2000-04-14T24:00', precision: 'day', interval: ['2000-04-14', '2000-04-15'] }],
  ['The offer will expire Friday at midnight.', '2000-04-12', { text: 'Friday at midnight', start: 22, type: 'TIME', value: '2000-04-14T24:00', precision: 'day', interval: ['2000-04-14', '2000-04-15'] }],
  // a bare midnight: chrono's start of the next day, the same instant written as the end of the reference day
  ['The curfew starts at midnight.', '2000-04-17', { text: 'midnight', start: 21, type: 'TIME', value: '2000-04-17T24:00', precision: 'day', interval: ['2000-04-17', '2000-04-18'] }],
  // ... but in a past sentence the midnight that began the reference day
  ['Rebels attacked shortly after midnight.', '2000-04-14', { text: 'midnight', start: 30, type: 'TIME', value: '2000-04-14T00:00', precision: 'day', interval: ['2000-04-14', '2000-04-15'] }],
  ['The deal expires at midnight tonight.', '2000-04-17', { text: 'midnight tonight', start: 20, type: 'TIME', value: '2000-04-17T24:00', precision: 'day', interval: ['2000-04-17', '2000-04-18'] }],
  // noon keeps its clock time
  ['The talks resume at noon Friday.', '2000-04-12', { text: 'noon Friday', start: 20, type: 'TIME', value: '2000-04-14T12:00', precision: 'day', interval: ['2000-04-14', '2000-04-15'] }],
];

describe('midnight', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));
});
