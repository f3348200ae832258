import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

// Friday 14 April 2000: a day of the month alone is April's, or March's / May's by tense.
const R = '2000-04-14';
const rows: Row[] = [
  ['Talks broke down on the 10th.', R, { text: 'the 10th', start: 20, type: 'DATE', value: '2000-04-10', precision: 'day', interval: ['2000-04-10', '2000-04-11'], anchoring: 'relative', rule: 'ordinal-day' }],
  ['The bill was signed on the 31st.', R, { text: 'the 31st', start: 23, type: 'DATE', value: '2000-03-31', precision: 'day', interval: ['2000-03-31', '2000-04-01'] }],
  ['Prices fell sharply after the 20th, traders said.', R, { text: 'the 20th', start: 26, type: 'DATE', value: '2000-03-20', precision: 'day', interval: ['2000-03-20', '2000-03-21'] }],
  ['The deal is due by the 25th.', R, { text: 'the 25th', start: 19, type: 'DATE', value: '2000-04-25', precision: 'day', interval: ['2000-04-25', '2000-04-26'] }],
  ['He will leave on the 2nd.', R, { text: 'the 2nd', start: 17, type: 'DATE', value: '2000-05-02', precision: 'day', interval: ['2000-05-02', '2000-05-03'] }],
];

describe('ordinal-day parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('leaves ordinals of other things alone', () => {
    const texts = (s: string) => tag(s, R).map((m) => m.text);
    expect(texts('It marked the 10th anniversary of the war.')).toEqual([]);
    expect(texts('He finished on the 10th hole.')).toEqual([]);
    expect(texts('She came in the 3rd, after him.')).toEqual([]);
    expect(texts('On the 3rd of May he left.')).toEqual(['3rd of May']);
  });
});
