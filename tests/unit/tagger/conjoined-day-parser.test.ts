import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, tag } from './support';

const R = '1999-02-10';

describe('conjoined-day parser', () => {
  it('reads the second day of "April 24 and 25" as a date of its own', () => {
    expectMention(mentionOf('The summit will be held on April 24 and 25.', R, '25'), {
      text: '25', start: 40, type: 'DATE', value: '1999-04-25', precision: 'day', interval: ['1999-04-25', '1999-04-26'], anchoring: 'relative', rule: 'conjoined-day',
    });
    expect(tag('The summit will be held on April 24 and 25.', R).map((m) => m.text)).toEqual(['April 24', '25']);
  });

  it('takes a year written after the second day into its extent', () => {
    expect(mentionOf('Talks ran on May 3 or 4, 1998.', R, '4, 1998')).toMatchObject({ value: '1998-05-04', anchoring: 'absolute' });
  });

  it('reads no day in a count or a percentage after "and"', () => {
    expect(tag('It rose on March 3 and 25 people died.', R).map((m) => m.text)).toEqual(['March 3']);
    expect(tag('Shares fell on May 2 and 3 percent more on May 5.', R).map((m) => m.text)).toEqual(['May 2', 'May 5']);
  });

  it('reads the first day of the day-first "10 and 11 January", which chrono leaves a bare number', () => {
    expect(tag('The summit was held on 10 and 11 January.', '2022-01-15').map((m) => [m.text, m.value, m.rule])).toEqual([
      ['10', '2022-01-10', 'conjoined-day'],
      ['11 January', '2022-01-11', 'tense:chrono'],
    ]);
    expect(tag('The summit will be held on 24 and 25 January.', '2022-01-15').map((m) => m.value)).toEqual(['2022-01-24', '2022-01-25']);
    expect(mentionOf('Talks ran on 3 or 4 May 1998.', R, '3')).toMatchObject({ value: '1998-05-03', anchoring: 'absolute', rule: 'conjoined-day' });
  });

  it('reads no day-first day in an amount, or where the second is not after the first', () => {
    expect(tag('It cost $10 and 11 January was the day.', '2022-01-15').map((m) => m.text)).toEqual(['11 January']);
    expect(tag('The vote was 12 or 11 January, nobody knows.', '2022-01-15').map((m) => m.text)).toEqual(['11 January']);
  });

  it('reads ordinals and a second day before the next clause\'s article ("March 3rd and 4th", "March 3 and 4 the talks")', () => {
    expect(tag('On March 3rd and 4th the talks resumed.', '2023-06-15').map((m) => [m.text, m.value])).toEqual([
      ['March 3rd', '2023-03-03'],
      ['4th', '2023-03-04'],
    ]);
    expect(tag('On March 3 and 4 the talks resumed.', '2023-06-15').map((m) => m.text)).toEqual(['March 3', '4']);
    expect(tag('Held on 3rd and 4th March, the talks failed.', '2023-06-15').map((m) => [m.text, m.value])).toEqual([
      ['3rd', '2023-03-03'],
      ['4th March', '2023-03-04'],
    ]);
  });
});
