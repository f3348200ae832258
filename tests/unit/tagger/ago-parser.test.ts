import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag, type Row } from './support';

const rows: Row[] = [
  // Centuries count in years, as decades do; half a unit alone counts half of it; a loose count is approximate.
  ['The company was founded a century ago.', '2022-01-11', { text: 'a century ago', start: 24, type: 'DATE', value: '1922', precision: 'year', interval: ['1922-01-01', '1923-01-01'], approximate: false, rule: 'ago' }],
  ['The town was built two centuries ago.', '2022-01-11', { text: 'two centuries ago', start: 19, type: 'DATE', value: '1822', precision: 'year', interval: ['1822-01-01', '1823-01-01'], approximate: false }],
  ['The war ended more than half a century ago.', '2022-01-11', { text: 'more than half a century ago', start: 14, type: 'DATE', value: '1972', precision: 'year', interval: ['1972-01-01', '1973-01-01'], approximate: true }],
  ['It happened about two years ago.', '2022-01-11', { text: 'about two years ago', start: 12, type: 'DATE', value: '2020', precision: 'year', interval: ['2020-01-01', '2021-01-01'], approximate: true }],
  // A fortnight is two weeks: the ISO week two back (Friday 14 April 2000 is in W15).
  ['The plan was unveiled a fortnight ago.', '2000-04-14', { text: 'a fortnight ago', start: 22, type: 'DATE', value: '2000-W13', precision: 'week', interval: ['2000-03-27', '2000-04-03'], anchoring: 'relative', rule: 'ago' }],
  // "the same period a year ago/earlier" is one mention, like "the same period last year"
  ['Net rose 5% from the same period a year ago.', '2000-04-14', { text: 'the same period a year ago', start: 17, type: 'DATE', value: '1999', precision: 'year', interval: ['1999-01-01', '2000-01-01'], rule: 'ago' }],
  ['Two fortnights ago it rained.', '2000-04-14', { text: 'Two fortnights ago', start: 0, type: 'DATE', value: '2000-W11', precision: 'week', interval: ['2000-03-13', '2000-03-20'] }],
  // Half a unit more counts in the next smaller unit: 18 months back, 15 years back, 11 days back (rounded).
  ['He left a year and a half ago.', '2000-04-14', { text: 'a year and a half ago', start: 8, type: 'DATE', value: '1998-10', precision: 'month', interval: ['1998-10-01', '1998-11-01'], anchoring: 'relative', rule: 'ago' }],
  ['He left two-and-a-half years ago.', '2000-04-14', { text: 'two-and-a-half years ago', start: 8, type: 'DATE', value: '1997-10', precision: 'month', interval: ['1997-10-01', '1997-11-01'] }],
  ['a decade and a half ago', '2000-04-14', { text: 'a decade and a half ago', start: 0, type: 'DATE', value: '1985', precision: 'year', interval: ['1985-01-01', '1986-01-01'] }],
  ['It began a week and a half ago.', '2000-04-14', { text: 'a week and a half ago', start: 9, type: 'DATE', value: '2000-04-03', precision: 'day', interval: ['2000-04-03', '2000-04-04'], approximate: true }],
  ['a month ago', '2022-01-15', { text: 'a month ago', start: 0, type: 'DATE', value: '2021-12', precision: 'month', interval: ['2021-12-01', '2022-01-01'], anchoring: 'relative', rule: 'ago' }],
  ['two years ago', '2022-01-11', { text: 'two years ago', start: 0, type: 'DATE', value: '2020', precision: 'year', interval: ['2020-01-01', '2021-01-01'] }],
  ['up from a year earlier', '2022-01-11', { text: 'a year earlier', start: 8, type: 'DATE', value: '2021', precision: 'year', interval: ['2021-01-01', '2022-01-01'] }],
  ['three weeks ago', '2022-01-11', { text: 'three weeks ago', start: 0, type: 'DATE', value: '2021-W51', precision: 'week', interval: ['2021-12-20', '2021-12-27'] }],
  ['five days from now', '2022-01-11', { text: 'five days from now', start: 0, type: 'DATE', value: '2022-01-16', precision: 'day', interval: ['2022-01-16', '2022-01-17'] }],
  // Counted from a named day, to the day: the coming Monday (2000-04-17) and a week on; a month from today keeps the day of the month.
  ['The vote is a week from Monday.', '2000-04-14', { text: 'a week from Monday', start: 12, type: 'DATE', value: '2000-04-24', precision: 'day', interval: ['2000-04-24', '2000-04-25'], anchoring: 'relative', rule: 'ago' }],
  ['The vote is two weeks from today, officials said.', '2000-04-14', { text: 'two weeks from today', start: 12, type: 'DATE', value: '2000-04-28', precision: 'day', interval: ['2000-04-28', '2000-04-29'] }],
  ['The vote is a month from today.', '2000-01-31', { text: 'a month from today', start: 12, type: 'DATE', value: '2000-02-29', precision: 'day', interval: ['2000-02-29', '2000-03-01'] }],
  ['The vote, set for a week from Friday, was delayed.', '2000-04-14', { text: 'a week from Friday', start: 18, type: 'DATE', value: '2000-04-21', precision: 'day', interval: ['2000-04-21', '2000-04-22'] }],
  // ... and back from one: "a week ago Monday" is the Monday before last Monday (2000-04-10), "a year ago today" the date a year back.
  ['The plant closed a week ago Monday.', '2000-04-14', { text: 'a week ago Monday', start: 17, type: 'DATE', value: '2000-04-03', precision: 'day', interval: ['2000-04-03', '2000-04-04'], rule: 'ago' }],
  ['The plant closed a year ago today, workers recalled.', '2000-04-14', { text: 'a year ago today', start: 17, type: 'DATE', value: '1999-04-14', precision: 'day', interval: ['1999-04-14', '1999-04-15'] }],
  // "next Monday" said on a Monday is the one a week on
  ['It will open a week from next Monday.', '2000-04-17', { text: 'a week from next Monday', start: 13, type: 'DATE', value: '2000-05-01', precision: 'day', interval: ['2000-05-01', '2000-05-02'] }],
  ['two decades ago', '2022-01-11', { text: 'two decades ago', start: 0, type: 'DATE', value: '2002', precision: 'year', interval: ['2002-01-01', '2003-01-01'] }],
  ['years ago', '2022-01-11', { text: 'years ago', start: 0, type: 'DATE', value: 'PAST_REF', precision: null, interval: null, anchoring: 'none' }],
  // In a story that reports quarterly results, "a year ago" is the reported quarter a year back.
  ['Third-quarter profit rose from a year ago. The quarter was strong.', '1989-10-30', { text: 'a year ago', start: 31, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  // One named quarter of the books is enough to make the story quarterly.
  ['Citadel posted a third-quarter net loss of $2.3 million, versus net income of $5.3 million a year earlier.', '1989-11-02', { text: 'a year earlier', start: 91, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  ['In the quarter ended July 31, sales fell from a year ago.', '1989-10-30', { text: 'a year ago', start: 46, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  // ... unless its sentence last named a longer period: nine months a year back are the year back.
  ['Third-quarter net rose. For the nine months, losses totaled $212 million, compared with net income of $48.7 million a year earlier.', '1989-10-26', { text: 'a year earlier', start: 116, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
  ['Third-quarter net rose. For the nine months, it had a loss, compared with year-earlier net income of $967,809.', '1989-11-02', { text: 'year-earlier', start: 74, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
  ['Third-quarter sales rose. In the first half, profit was up 5% from a year ago.', '1989-10-26', { text: 'a year ago', start: 67, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
  // The sentence before may have named it: "The year-ago results" then compare the nine months.
  ['Third-quarter net rose. In the first nine months, net was $306 million. The year-ago results included a charge.', '1989-11-02', { text: 'year-ago', start: 76, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
  // The quarter named last, or a longer period named only after it, keeps the quarter.
  ['Net for the nine months fell, but third-quarter net rose 5% from a year earlier.', '1989-10-26', { text: 'a year earlier', start: 65, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  ['In the first half, sales rose. Third-quarter profit rose from a year ago, and nine-month profit fell.', '1989-10-26', { text: 'a year ago', start: 62, type: 'DATE', value: '1988-Q3', precision: 'quarter', interval: ['1988-07-01', '1988-10-01'] }],
  // A "quarter-century", "a quarter of the market" or one "quarterly dividend" is no quarterly report.
  ['The jobless rate is near its quarter-century low; wages were 3.8 percent higher than a year earlier.', '1998-02-06', { text: 'a year earlier', start: 85, type: 'DATE', value: '1997', precision: 'year', interval: ['1997-01-01', '1998-01-01'] }],
  ['Funds hold more than a quarter of the market, up from a year ago.', '1989-10-27', { text: 'a year ago', start: 54, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
  ['It cut its quarterly dividend, which it had raised a year earlier.', '1989-11-02', { text: 'a year earlier', start: 51, type: 'DATE', value: '1988', precision: 'year', interval: ['1988-01-01', '1989-01-01'] }],
];

describe('ago parser', () => {
  it.each(rows)('%s', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));

  it('counts from a day only when the day stands alone: not a range from it, nor a thing of that day', () => {
    const texts = (sentence: string) => tag(sentence, '2000-04-14').map((m) => m.text);
    expect(texts('The strike lasted three days from Monday to Wednesday.')).toEqual(['three days', 'Monday', 'Wednesday']);
    expect(texts("Prices fell two weeks from Monday's high.")).toEqual(['two weeks', 'Monday']);
    expect(texts('He left years ago. Monday, he returned.')).toEqual(['years ago', 'Monday']);
    expect(texts('Two weeks from today -- April 28 -- the polls open.')).toEqual(['Two weeks from today', 'April 28']);
    expect(texts('The strike lasted three days from Monday-Wednesday.')).toEqual(['three days', 'Monday', 'Wednesday']);
  });

  it('leaves "three days later" to the duration parser (TIMEX3 tags "three days")', () => {
    expectMention(only('Three days later he left.', '2022-01-11'), { text: 'Three days', start: 0, type: 'DURATION', value: 'P3D', precision: null, interval: null, rule: 'duration' });
  });

  it('keeps "and a half" whole: no bare "years ago" inside "two and a half years ago"', () => {
    expect(tag('He left two and a half years ago.', '2000-04-14').map((m) => [m.text, m.value])).toEqual([['two and a half years ago', '1997-10']]);
    expect(tag('He ate a pie and a half ago.', '2000-04-14')).toEqual([]);
  });
});

describe('"N years earlier" in a story set in a year already over', () => {
  it('counts from the story\'s date, not the publication', () => {
    expect(tag('The treaty was signed in 1997. Two years earlier, NATO had met.', '2022-01-11').map((m) => [m.text, m.value, m.rule])).toEqual([
      ['1997', '1997', 'bare-year'],
      ['Two years earlier', '1995', 'ago'],
    ]);
    expect(tag('Sales rose in 2021. A year earlier they fell.', '2022-01-11').map((m) => m.value)).toEqual(['2021', '2020']);
  });

  it('counts from the publication in a story of the current year, or with no date before it', () => {
    expect(tag('Profit rose to $5 million in March, from $3 million a year earlier.', '2022-05-11').map((m) => m.value)).toEqual(['2022-03', '2021']);
    expect(tag('Profit was $5 million, up from $3 million a year earlier.', '2022-01-11').map((m) => m.value)).toEqual(['2021']);
  });
});
