import { describe, expect, it } from 'vitest';
import { expectMention, only, tag, type Row } from './support';

const rows: Row[] = [
  ['the spring of 1990', '2022-01-11', { text: 'the spring of 1990', start: 0, type: 'DATE', value: '1990-SP', precision: 'season', interval: ['1990-03-01', '1990-06-01'], anchoring: 'absolute', rule: 'season' }],
  ['in summer 2008', '2022-01-11', { text: 'summer 2008', start: 3, type: 'DATE', value: '2008-SU', precision: 'season', interval: ['2008-06-01', '2008-09-01'] }],
  ["He left in the summer of '98.", '2000-04-14', { text: "the summer of '98", start: 11, type: 'DATE', value: '1998-SU', precision: 'season', interval: ['1998-06-01', '1998-09-01'], anchoring: 'absolute', rule: 'season' }],
  ["In spring '01 they return.", '2000-04-14', { text: "spring '01", start: 3, type: 'DATE', value: '2001-SP', precision: 'season', interval: ['2001-03-01', '2001-06-01'] }],
  ['the fall of ’89', '2022-01-11', { text: 'the fall of ’89', start: 0, type: 'DATE', value: '1989-FA', precision: 'season', interval: ['1989-09-01', '1989-12-01'] }],
  ['In fall 1999 he left.', '2000-04-14', { text: 'fall 1999', start: 3, type: 'DATE', value: '1999-FA', precision: 'season', interval: ['1999-09-01', '1999-12-01'] }],
  ['last fall', '2022-01-11', { text: 'last fall', start: 0, type: 'DATE', value: '2021-FA', precision: 'season', interval: ['2021-09-01', '2021-12-01'], anchoring: 'relative' }],
  ['this winter', '2022-01-11', { text: 'this winter', start: 0, type: 'DATE', value: '2021-WI', precision: 'season', interval: ['2021-12-01', '2022-03-01'] }],
  // "this past spring" said in the fall is this year's; "last spring" the year before's.
  ['It was scrapped this past spring.', '1989-10-30', { text: 'this past spring', start: 16, type: 'DATE', value: '1989-SP', precision: 'season', interval: ['1989-03-01', '1989-06-01'], anchoring: 'relative' }],
  ['It was scrapped last spring.', '1989-10-30', { text: 'last spring', start: 16, type: 'DATE', value: '1988-SP', precision: 'season', interval: ['1988-03-01', '1988-06-01'] }],
  ['this past summer', '1998-02-06', { text: 'this past summer', start: 0, type: 'DATE', value: '1997-SU', precision: 'season', interval: ['1997-06-01', '1997-09-01'] }],
  ['next spring', '2022-01-11', { text: 'next spring', start: 0, type: 'DATE', value: '2022-SP', precision: 'season', interval: ['2022-03-01', '2022-06-01'] }],
  // Said in that very season, "next" is the one a year on (winter counted from its December).
  ['The plant opens next spring.', '2000-04-14', { text: 'next spring', start: 16, type: 'DATE', value: '2001-SP', precision: 'season', interval: ['2001-03-01', '2001-06-01'] }],
  ['next winter', '2000-12-10', { text: 'next winter', start: 0, type: 'DATE', value: '2001-WI', precision: 'season', interval: ['2001-12-01', '2002-03-01'] }],
  ['next winter', '2000-01-10', { text: 'next winter', start: 0, type: 'DATE', value: '2000-WI', precision: 'season', interval: ['2000-12-01', '2001-03-01'] }],
  // "the coming" keeps its article; said in spring it may be the spring under way.
  ['Sales should rise in the coming spring.', '2000-04-14', { text: 'the coming spring', start: 21, type: 'DATE', value: '2000-SP', precision: 'season', interval: ['2000-03-01', '2000-06-01'] }],
  // "the" and a season before a verb: the season, not a compound ("the summer months").
  ['The winter was hard, officials said.', '1998-02-11', { text: 'The winter', start: 0, type: 'DATE', value: '1997-WI', precision: 'season', interval: ['1997-12-01', '1998-03-01'] }],
];

describe('season parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it.each([['prices fall sharply'], ['a spring in his step'], ['summer camp'], ['the summer months were hot'], ['the Winter Games close'], ['the coming springboard of talks']])('no season in "%s"', (sentence) =>
    expect(tag(sentence, '2022-01-11')).toEqual([]),
  );
});
