/** What is not a date: the list, each case a sentence a news text could hold. */
import { describe, expect, it } from 'vitest';
import { tag } from './support';

const R = '2022-01-11';
const texts = (sentence: string) => tag(sentence, R).map((m) => `${m.text}:${m.type}`);

describe('not a date', () => {
  it.each([
    ['counts and distances', "It wouldn't have expanded around 1,000 kilometers eastward."],
    ['people counted', 'after around 1,700 of its nationals were killed'],
    ['a rounded count without a comma', 'About 2020 people were counted and around 1500 troops landed.'],
    ['a count after a verb of having, whatever its noun', 'The town has 1984 residents and the quake killed 1500 villagers.'],
    ['a vote going down', 'The vote was 1998 to 1200.'],
    ['a number in brackets', 'presidents and prime ministers of (57) OSCE countries'],
    ['a date as a name', 'the 9/11 attacks changed everything'],
    ['a slogan', 'news coverage 24/7'],
    ['a fraction', 'a 3/4 majority of the assembly'],
    ['a score', 'they won at 5 points'],
    ['temperatures', 'Temperatures were in the 90s and highs in the mid-90s.'],
    ['an age', 'She is in her late 80s.'],
    ['a version number', 'version 2.10 of the software'],
    ['another version number', 'upgrade to v3.1.2 now'.replace(' now', '')],
    ['a phone number', 'call 555-1234 for tickets'],
    ['a phone number with area code', 'call (212) 555-2012 for tickets'],
    ['a price', 'earned $1.35 a share'],
    ['a price in pounds', 'shares fell to £19.99 each'],
    ['a percentage', 'unemployment rose to 12.5% in the region'],
    ['the modal may', 'They may go home.'],
    ['the verb march', 'Troops march on the capital.'],
    ['a part of the day naming a noun', 'He reads the morning papers; early morning flights were cancelled.'],
    ['money a year', 'It should save $500 million a year in costs.'],
    ['a procession', 'Protesters joined the annual March for Life on Capitol Hill.'],
    ['a named procession', 'He led the March of the Combatant Mothers.'],
    ['a furniture style', 'She collects mid-century modern chairs in a mid-century house.'],
    ['a turn of events', 'It was a turn of the screw for the century-old firm.'],
    ['this time, no date', 'This time the committee agreed.'],
    ['mid-years of a life', 'In the mid-years of his life he wrote.'],
    ['a quarterly report', 'The quarterly dividend and the quarterly report were cut.'],
    ['the same time, not a period', 'At the same time, the committee met.'],
    ['the verb fall before an amount', 'The Dow could fall 2000 points, and stocks fall 1500 points on bad days.'],
    ['a fortnight and a half, uncounted', 'It ended a fortnight and a half ago.'],
    ['a fall with a quoted count', "Prices may fall '20 percent', he said."],
    ['years apart across a slash', 'The index went from 1990/2000 to 1985/1999 points.'],
    ['a half of something else', 'He scored in the second half of the match and the first half of may be next.'],
    ['a half of something else, said with a possessive', "He scored in the game's first half, in the season's second half."],
    ['a week of something else', 'It was the first week of training and the second week of may be rain.'],
    ['early part of something else', 'He missed the early part of the game.'],
    ['an ordinal in a run', 'It was the third consecutive month of gains and a second straight week of losses.'],
    ['a quarter of something else', 'They led in the first quarter of the game and the last quarter of the century.'],
    ['a named procession in quotes', "He was at the head of the ``March of the Combatant Mothers,'' pushing a stroller."],
    ['a company', 'Sun Microsystems gained'],
    ['a company in a list', 'Sun, Hewlett-Packard and others say Intel is not to blame.'],
    ['a rate per year', 'It will save $500 million a year in costs.'],
    ['a television programme', 'Mr. Baker said on ABC News\' "This Week" that'],
    ['a programme titled by a duration', "Gonzalez said on CBS's ''60 Minutes.''"],
    ['a newspaper', 'He told USA Today that he would run.'],
    ['a programme at the end of a broadcast', 'This is VOA Today.'],
    ['an age', 'a 9-year-old boy'],
    ['the present age', "The case is for today's youth what the blockade was for their parents."],
    ['the present age, capitalized', "Today's world is smaller."],
    ['the future age', "He said tomorrow's generation will pay."],
    ['some weekend', 'After a weekend of bitter accusations, talks resumed.'],
    ['some long weekend', 'It was a long weekend in Paris.'],
    ['some long weekend before a comma (chrono reads "weekend,")', 'After a long weekend, talks resumed.'],
    ['the future as a time of people', 'If I were choosing the people of tomorrow, I would choose these.'],
    ['a conjunction after "the day"', 'He stayed in Nairobi later in the day before returning home.'],
    ['a counted day of no present', 'On the second day of the trial, he spoke.'],
    ['a house number', 'He lived at 2020 Main Street and at 1600 Pennsylvania Ave.'],
    ['numbered measures and roads', 'Proposition 2022 passed; Highway 2001, Interstate 1995 and Resolution 1973 too.'],
    ['an age in millions or thousands of years', 'The fossil dates to 66 million years ago; the cave was used 10,000 years ago.'],
    ['a weekday in a title', 'Sunday Times reporters and The Sunday Telegraph watched Monday Night Football.'],
    ['a day that names an accord or a killing', 'The Good Friday Agreement and the Bloody Sunday Massacre were debated.'],
    ['a time taken', 'She finished the marathon in 2:05:30, with a time of 2:06:10.'],
    ['numbered bills, products and places', "The bill, H.R. 1994, and Arizona's S.B. 1070 ran on Windows 2000 in Suite 2010, off Exit 1999."],
    ['months as given names', 'April Ryan asked, reporter June Carter said so and August Wilson wrote plays.'],
    ['dates in web addresses', 'Source: https://www.reuters.com/world/2021/12/30/biden-putin-call/ and www.example.com/news/2019-05-03-story.html'],
    ['a date in a mail address', 'Write to press-2021-12-30@example.com for it.'],
    ['high noon, an idiom and a film', "It was high noon for the party, as in ``High Noon.''"],
    ['a possessive before a count', "The players' 98 goals were a record."],
    ['a quoted title of two digits', "He starred in '24' on Fox."],
    ['a quoted score', "She gave it a rating of '10 out of 10'."],
    ['a quoted number with no year word before it', "He shouted '98' twice and wore '23 on his shirt."],
    ['a season in a name', 'Athletes at the Summer Olympics in Sydney and the Winter Games in Nagano.'],
  ])('%s', (_case, sentence) => expect(texts(sentence)).toEqual([]));

  it('keeps the day in "today\'s" session and "as of"/"the end of" today', () => {
    expect(texts("Today's session ended early; as of today the offer stands until the end of tomorrow.")).toEqual(['Today:DATE', 'today:DATE', 'tomorrow:DATE']);
  });

  it('keeps a month before a capitalised word after a preposition of time', () => {
    expect(texts('In April Congress passed the bill; by June Democrats agreed.')).toEqual(['April:DATE', 'June:DATE']);
  });

  it('keeps a year before a street name after a preposition of time', () => {
    expect(texts('In 2020 Main Street suffered.')).toEqual(['2020:DATE']);
  });

  it('keeps a date written next to an address', () => {
    expect(texts('The talks ended on 2021-12-30 (www.example.org), in 1997 terms.')).toEqual(['2021-12-30:DATE', '1997:DATE']);
  });

  it('keeps a weekday before a comma and a title-like word, and a clock time with a.m./p.m.', () => {
    expect(texts('Talks resumed Sunday, Times Square was closed.')).toEqual(['Sunday:DATE']);
    expect(texts('The race started at 2:05:30 p.m.')).toEqual(['2:05:30 p.m.:TIME']);
  });

  it('keeps a definite weekend', () => {
    expect(tag('Over the weekend, talks resumed; a weekend rally is planned for this weekend.', '2000-04-17').map((m) => [m.text, m.value])).toEqual([
      ['the weekend', '2000-W15-WE'],
      ['this weekend', '2000-W16-WE'],
    ]);
  });

  it('keeps "Today" that is no title, at the start of a sentence or after a lower-case word', () => {
    expect(texts('NATO met. Today, the talks resume, Lavrov said Today.')).toEqual(['Today:DATE', 'Today:DATE']);
  });

  it('a rate per day or week is not a duration of its own', () => {
    expect(texts('Guards stood outside 24 hours a day, seven days a week.')).toEqual(['24 hours:DURATION', 'seven days:DURATION']);
    expect(texts('They ate three meals a day.')).toEqual([]);
  });

  it('still reads a month where a procession could stand', () => {
    expect(texts('The March report was late; the March 12 meeting was not.')).toEqual(['March:DATE', 'March 12:DATE']);
  });

  it('a count after a date and "and" is no second day', () => {
    expect(texts('Police fired on May 3 and 25 people died.')).toEqual(['May 3:DATE']);
    expect(texts('Shares fell on May 2 and 3 percent more later.')).toEqual(['May 2:DATE']);
  });

  it('"in one day" is a duration, not the day after the reference', () => {
    expect(texts('It’s impossible to reach an agreement in one day.')).toEqual(['one day:DURATION']);
  });

  it('does not move a holiday or weekday a past clause speaks of ahead', () => {
    expect(tag('Christmas was quiet; the strike lasted until Friday.', '2000-04-12').map((m) => [m.text, m.value])).toEqual([
      ['Christmas', '1999-12-25'],
      ['Friday', '2000-04-07'],
    ]);
  });

  it('a noun that could be a plural verb schedules nothing, nor does a habit in the past', () => {
    const values = (sentence: string) => tag(sentence, '2000-11-01').map((m) => [m.text, m.value]);
    expect(values('The vote Tuesday was close.')).toEqual([['Tuesday', '2000-10-31']]);
    expect(values("The Senate's vote Tuesday surprised many.")).toEqual([['Tuesday', '2000-10-31']]);
    expect(values('Its start Monday was delayed.')).toEqual([['Monday', '2000-10-30']]);
    expect(values('Stocks generally rose on Tuesday.')).toEqual([['Tuesday', '2000-10-31']]);
    expect(values('The talks never resumed after Monday.')).toEqual([['Monday', '2000-10-30']]);
    expect(values('They meet on Tuesdays.')).toEqual([['Tuesdays', 'XXXX-WXX-2']]);
    expect(values("The market's close Friday was weak, and a close vote Tuesday followed.")).toEqual([['Friday', '2000-10-27'], ['Tuesday', '2000-10-31']]);
    expect(values('Rocket launches Friday were delayed.')).toEqual([['Friday', '2000-10-27']]);
    expect(values('Its email addresses Monday were hacked.')).toEqual([['Monday', '2000-10-30']]);
    // A count before an -s form makes it a noun too (read on Thursday 2 November 2000).
    expect(tag('Biden led by 20,000 votes as of Wednesday night.', '2000-11-02').map((m) => m.value)).toEqual(['2000-11-01TNI']);
  });
});
