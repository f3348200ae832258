import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag, type Expected, type Row } from './support';

const day = (text: string, start: number, date: string, next: string): Expected => ({
  text, start, type: 'DATE', value: date, precision: 'day', interval: [date, next], anchoring: 'relative',
});
const rows: Row[] = [
  // Tuesday 11 January 2022: "ended on Monday" is the day before, "will meet on Wednesday" the day after.
  ['Talks ended on Monday.', '2022-01-11', day('Monday', 15, '2022-01-10', '2022-01-11')],
  ['They will meet on Wednesday.', '2022-01-11', day('Wednesday', 18, '2022-01-12', '2022-01-13')],
  ['Lavrov said on Friday that talks failed.', '2022-01-11', day('Friday', 15, '2022-01-07', '2022-01-08')],
  // No verb: news reports the past.
  ['Monday: talks in Geneva', '2022-01-11', day('Monday', 0, '2022-01-10', '2022-01-11')],
  // Month-days: the nearest one, whichever side ...
  ['On January 10, talks will begin.', '2021-12-29', day('January 10', 3, '2022-01-10', '2022-01-11')],
  ['Responses were received on January 26.', '2022-02-02', day('January 26', 27, '2022-01-26', '2022-01-27')],
  ['It is payable Dec. 15 to holders.', '1989-11-01', day('Dec. 15', 14, '1989-12-15', '1989-12-16')],
  // ... unless the tense puts it far on the other side.
  ['The treaty was signed on November 20.', '2022-01-11', day('November 20', 25, '2021-11-20', '2021-11-21')],
  ['The summit will open on October 3.', '2022-01-11', day('October 3', 24, '2022-10-03', '2022-10-04')],
  // A future more than a month behind is next year's; nearer, the tense may be another clause's
  // ("hoped she would produce aid for countries where the Aug. 7 blasts killed 257", said Aug. 18).
  ['Elections will be held on 12 May, the commission announced.', '2023-06-15', day('12 May', 26, '2024-05-12', '2024-05-13')],
  ['The offer will expire on June 1.', '2023-06-15', day('June 1', 25, '2023-06-01', '2023-06-02')],
  // "be named" looks ahead; an -ed adjective after the date ("markets untouched") says nothing.
  ['Collins will be named commander for a mission in December.', '1998-03-02', { text: 'December', start: 49, type: 'DATE', value: '1998-12', precision: 'month', interval: ['1998-12-01', '1999-01-01'] }],
  // "would be paid" looks ahead like "will be named"; "unspecified" is an adjective, no past verb.
  ['The dividend would be paid on a still unspecified date in January.', '1989-10-26', { text: 'January', start: 58, type: 'DATE', value: '1990-01', precision: 'month', interval: ['1990-01-01', '1990-02-01'], anchoring: 'relative' }],
  ['The dividend has been paid since January.', '1989-10-26', { text: 'January', start: 33, type: 'DATE', value: '1989-01', precision: 'month', interval: ['1989-01-01', '1989-02-01'] }],
  // An -ed verb after a clause break with a lower-case subject, or right after a date that is the
  // sentence's subject, is the verb; after a noun run it stays an adjective.
  ['On Sept. 11, terrorists attacked.', '2000-04-14', day('Sept. 11', 3, '1999-09-11', '1999-09-12')],
  ['Sept. 11 changed everything.', '2000-04-14', day('Sept. 11', 0, '1999-09-11', '1999-09-12')],
  ['The May 3 deal announced by Smith will matter.', '2000-04-14', day('May 3', 4, '2000-05-03', '2000-05-04')],
  // A present copula with the weekday as predicate is a schedule: the coming one (Friday 14 April 2000).
  ['The funeral is Saturday.', '2000-04-14', day('Saturday', 15, '2000-04-15', '2000-04-16')],
  // a month-day as the predicate of a present copula is the coming one too
  ['The vote is Nov. 7.', '2000-04-14', day('Nov. 7', 12, '2000-11-07', '2000-11-08')],
  ['The vote was Nov. 7.', '2000-04-14', day('Nov. 7', 13, '1999-11-07', '1999-11-08')],
  // A weekday as the subject of a present copula is the coming one too (Friday 14 April 2000).
  ['Monday is a holiday.', '2000-04-14', day('Monday', 0, '2000-04-17', '2000-04-18')],
  ['Tuesday will be a national holiday.', '2000-04-14', day('Tuesday', 0, '2000-04-18', '2000-04-19')],
  ['"Sunday is the deadline," he said.', '2000-04-14', day('Sunday', 1, '2000-04-16', '2000-04-17')],
  ['Prices rose, but Wednesday is another day.', '2000-04-14', day('Wednesday', 17, '2000-04-19', '2000-04-20')],
  // "adjourned", "postponed" look ahead only toward a new date ("postponed until Monday")
  ['The Senate adjourned for the recess on Thursday.', '2000-04-14', day('Thursday', 39, '2000-04-13', '2000-04-14')],
  ['The vote was postponed until Monday.', '2000-04-14', day('Monday', 29, '2000-04-17', '2000-04-18')],
  ['The meeting was adjourned to Tuesday.', '2000-04-14', day('Tuesday', 29, '2000-04-18', '2000-04-19')],
  // the present of a schedule looks ahead: sports fixtures, a parliament's sittings
  ['The team plays its next game on Saturday.', '2000-04-14', day('Saturday', 32, '2000-04-15', '2000-04-16')],
  ['Parliament reconvenes Tuesday.', '2000-04-14', day('Tuesday', 22, '2000-04-18', '2000-04-19')],
  ['The team played its last game on Saturday.', '2000-04-14', day('Saturday', 33, '2000-04-08', '2000-04-09')],
  // "hit", "cut", "set" after a modal or "to" are base forms, not the past
  ['The storm will hit Sunday.', '2000-04-14', day('Sunday', 19, '2000-04-16', '2000-04-17')],
  ['The storm is expected to hit Sunday.', '2000-04-14', day('Sunday', 29, '2000-04-16', '2000-04-17')],
  ['The storm hit Sunday.', '2000-04-14', day('Sunday', 14, '2000-04-09', '2000-04-10')],
  // not the subject: "the Monday" with its article, or a weekday that only precedes the copula's clause
  ['The Monday is quiet.', '2000-04-14', day('Monday', 4, '2000-04-10', '2000-04-11')],
  ['Shares fell Monday, the report is out.', '2000-04-14', day('Monday', 12, '2000-04-10', '2000-04-11')],
  ['The election is on Tuesday.', '2000-04-14', day('Tuesday', 19, '2000-04-18', '2000-04-19')],
  ['The election was on Tuesday.', '2000-04-14', day('Tuesday', 20, '2000-04-11', '2000-04-12')],
  ['What he said is Monday\'s news.', '2000-04-14', day('Monday', 16, '2000-04-10', '2000-04-11')],
  // "should" and "is likely to" look ahead; "should have" looks back.
  ['The talks should resume Monday.', '2000-04-14', day('Monday', 24, '2000-04-17', '2000-04-18')],
  ['A deal is likely to be signed Monday.', '2000-04-14', day('Monday', 30, '2000-04-17', '2000-04-18')],
  ['He should have left on Monday.', '2000-04-14', day('Monday', 23, '2000-04-10', '2000-04-11')],
  // "may" and "might" look ahead too ("could" not: "could not be located Wednesday" is past); "May" is the month.
  ['The storm might hit on Sunday.', '2023-06-15', day('Sunday', 23, '2023-06-18', '2023-06-19')],
  ['The talks may resume on Monday.', '2023-06-15', day('Monday', 24, '2023-06-19', '2023-06-20')],
  ['He said on Tuesday the US may extend the deadline.', '2023-06-15', day('Tuesday', 11, '2023-06-13', '2023-06-14')],
  // "succeed" is no past verb; a month one ahead stays ahead even in a past-tense sentence.
  ['Mr. Schwarz will succeed Mr. Davison Feb. 1.', '1989-11-02', day('Feb. 1', 37, '1990-02-01', '1990-02-02')],
  ['It agreed to buy the bank in December.', '1989-11-02', { text: 'December', start: 29, type: 'DATE', value: '1989-12', precision: 'month', interval: ['1989-12-01', '1990-01-01'] }],
  ['He arrived in March.', '2022-01-11', { text: 'March', start: 14, type: 'DATE', value: '2021-03', precision: 'month', interval: ['2021-03-01', '2021-04-01'], anchoring: 'relative' }],
  ['at 2 p.m. on Monday', '2022-01-11', { text: '2 p.m. on Monday', start: 3, type: 'TIME', value: '2022-01-10T14:00', precision: 'day', interval: ['2022-01-10', '2022-01-11'] }],
  // The reference's own weekday is the reference day, whatever the tense: wire copy names it so.
  ['Officials sent new signals Sunday that Israel wants to withdraw.', '1998-03-01', day('Sunday', 27, '1998-03-01', '1998-03-02')],
  ['The ministers will meet Friday in Brussels.', '2022-01-14', day('Friday', 24, '2022-01-14', '2022-01-15')],
  // "would" in reported speech looks ahead from the time of reporting; "would have" does not.
  ['He said the father would be traveling to the United States Thursday.', '2000-04-05', day('Thursday', 59, '2000-04-06', '2000-04-07')],
  ['Without the deal, he would have resigned on Thursday.', '2000-04-05', day('Thursday', 44, '2000-03-30', '2000-03-31')],
  // A possessive weekday names a happening of its own: past, unless something looks ahead to it.
  ['They will look for ways around Wednesday\'s ruling.', '2000-01-15', day('Wednesday', 31, '2000-01-12', '2000-01-13')],
  ['Fans gathered ahead of Saturday\'s final.', '2022-01-11', day('Saturday', 23, '2022-01-15', '2022-01-16')],
  // A present state lasting "until" a date puts the date ahead; a past one ("stayed until") ends before.
  ['The agency has given the relatives until Tuesday to sign.', '2000-04-03', day('Tuesday', 41, '2000-04-04', '2000-04-05')],
  ['The offer is open until Friday.', '2000-04-03', day('Friday', 24, '2000-04-07', '2000-04-08')],
  ['They stayed until Friday.', '2000-04-03', day('Friday', 18, '2000-03-31', '2000-04-01')],
  ['It was not until Tuesday that Castro spoke.', '2000-04-03', day('Tuesday', 17, '2000-03-28', '2000-03-29')],
  // "were planning to" is a plan, not a past verb; "since" puts its date in the past whatever verb is nearest.
  ['Protesters planned a rally on Saturday and were planning to drive to the airport.', '2000-01-07', day('Saturday', 30, '2000-01-08', '2000-01-09')],
  ['Protesters held a rally on Saturday and were arrested.', '2000-01-07', day('Saturday', 27, '2000-01-01', '2000-01-02')],
  ['The carrier has been on patrol since March and was scheduled to return.', '1990-08-13', { text: 'March', start: 37, type: 'DATE', value: '1990-03', precision: 'month', interval: ['1990-03-01', '1990-04-01'] }],
  // Planning, vows and threats look ahead to what they are about.
  ['They can take part in planning for the NATO summit in April.', '1998-12-05', { text: 'April', start: 54, type: 'DATE', value: '1999-04', precision: 'month', interval: ['1999-04-01', '1999-05-01'], anchoring: 'relative' }],
  // "set to" looks ahead like "is set to"; a plan in the past perfect is about a time now past.
  ['Extremists want to undermine the peace process, set to resume Monday in Belfast.', '1998-03-22', day('Monday', 62, '1998-03-23', '1998-03-24')],
  ['The offer had been due to expire Friday.', '1989-10-30', day('Friday', 33, '1989-10-27', '1989-10-28')],
  // "due to" giving a cause is no plan: "was" places the day (these read as next Monday).
  ['The crash on Monday was due to the storm.', '2023-06-15', day('Monday', 13, '2023-06-12', '2023-06-13')],
  ['The closure on Monday was due to flooding.', '2023-06-15', day('Monday', 15, '2023-06-12', '2023-06-13')],
  ['The talks are due to resume on Monday.', '2023-06-15', day('Monday', 31, '2023-06-19', '2023-06-20')],
  // "agreed to meet" looks ahead; "agreed to the deal" is a past agreement (was the coming Monday).
  ['He agreed to the deal on Monday.', '2023-06-15', day('Monday', 25, '2023-06-12', '2023-06-13')],
  ['The vote had originally been scheduled for Friday.', '1989-10-30', day('Friday', 43, '1989-10-27', '1989-10-28')],
  // The present of a schedule looks ahead.
  ['The summit opens on Monday.', '2022-01-11', day('Monday', 20, '2022-01-17', '2022-01-18')],
  ['Albright heads Tuesday to East Africa.', '1998-08-17', day('Tuesday', 15, '1998-08-18', '1998-08-19')],
  ['He and Arafat meet separately Monday with Albright.', '1998-05-01', day('Monday', 30, '1998-05-04', '1998-05-05')],
  // The bare form after "did", "n't" or "to" is no schedule; nor is a noun ("the head of").
  ["They didn't meet Monday, officials said.", '1998-05-01', day('Monday', 17, '1998-04-27', '1998-04-28')],
  // Nor after a causative and its object ("let the offensive begin"); "as planned" is a manner, not a plan ahead.
  ['When Iraq failed to respond, Mr. Bush let the ground offensive begin as previously planned Saturday night.', '1991-02-25', { text: 'Saturday night', start: 91, type: 'DATE', value: '1991-02-23TNI', precision: 'day', interval: ['1991-02-23', '1991-02-24'] }],
  ['He let the talks begin Saturday, officials said.', '1991-02-25', day('Saturday', 23, '1991-02-23', '1991-02-24')],
  ['The talks began as scheduled on Saturday.', '1991-02-25', day('Saturday', 32, '1991-02-23', '1991-02-24')],
  ['The talks will begin as scheduled on Saturday.', '1991-02-25', day('Saturday', 37, '1991-03-02', '1991-03-03')],
  ['We will let the talks begin Saturday.', '1991-02-25', day('Saturday', 28, '1991-03-02', '1991-03-03')],
  ['The summit is planned for Saturday.', '1991-02-25', day('Saturday', 26, '1991-03-02', '1991-03-03')],
  ['On Wednesday, the head of the assembly said the convictions stand.', '2000-02-10', day('Wednesday', 3, '2000-02-09', '2000-02-10')],
  // The present perfect looks back: last October's slaying, though next October is nearer.
  ['Police have been searching for him since the Oct. 23 slaying.', '1999-05-06', day('Oct. 23', 45, '1998-10-23', '1998-10-24')],
  // A month no verb places leans to the past, as news does: October's "March" is last March.
  ['Its low: $29.75 in March.', '1989-10-30', { text: 'March', start: 19, type: 'DATE', value: '1989-03', precision: 'month', interval: ['1989-03-01', '1989-04-01'], anchoring: 'relative' }],
  ['They met Wednesday night.', '2000-01-15', { text: 'Wednesday night', start: 9, type: 'DATE', value: '2000-01-12TNI', precision: 'day', interval: ['2000-01-12', '2000-01-13'] }],
];

describe('tense refiner', () => {
  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(only(sentence, reference), expected));

  it('keeps two past weekdays told in order in order', () => {
    // Was Monday the 12th and Friday the 9th: the strike ended before it began.
    const days = (text: string) => tag(text, '2023-06-15').map((m) => [m.text, m.value]);
    expect(days('The strike began on Monday and ended on Friday.')).toEqual([['Monday', '2023-06-05'], ['Friday', '2023-06-09']]);
    // Already in order, or apart in two clauses: each as it is.
    expect(days('He arrived on Friday and left on Monday.')).toEqual([['Friday', '2023-06-09'], ['Monday', '2023-06-12']]);
    expect(days('She met him on Wednesday; on Monday she left.')).toEqual([['Wednesday', '2023-06-14'], ['Monday', '2023-06-12']]);
  });

  it('reads "comes into force" and "enters into force" as a schedule, "came into force" as past', () => {
    // Was January 2023, in June 2023: no verb of the sentence placed the month.
    const months = (text: string) => tag(text, '2023-06-15').map((m) => m.value);
    expect(months('The law comes into force in January.')).toEqual(['2024-01']);
    expect(months('The treaty enters into force in March.')).toEqual(['2024-03']);
    expect(months('The law came into force in January.')).toEqual(['2023-01']);
  });

  it('reads "runs" and "lasts" as a schedule, which looks ahead', () => {
    // Was September 2022: the nearest verb was "opened".
    expect(tag('The exhibition opened on Saturday and runs until September.', '2023-06-15').map((m) => [m.text, m.value])).toEqual([
      ['Saturday', '2023-06-10'],
      ['September', '2023-09'],
    ]);
  });

  it('puts the day a reporting period "ended" on in the past, however close ahead it falls', () => {
    expectMention(mentionOf('The second quarter ended Oct. 31.', '1989-10-27', 'Oct. 31'), day('Oct. 31', 25, '1988-10-31', '1988-11-01'));
    expect(tag('For the six months ended Oct. 1, net slipped.', '1989-11-02').map((m) => [m.text, m.value])).toEqual([['the six months', 'P6M'], ['Oct. 1', '1989-10-01']]);
  });

  it('leaves other things that "ended" a few days ahead to the lag-tolerant nearest reading', () => {
    expect(tag('The talks ended Oct. 31.', '1989-10-27').map((m) => [m.text, m.value])).toEqual([['Oct. 31', '1989-10-31']]);
  });

  it('keeps chrono\'s reading of "last Friday" and "next Monday"', () => {
    expectMention(only('They met last Friday.', '2022-01-11'), day('last Friday', 9, '2022-01-07', '2022-01-08'));
    expectMention(only('They meet next Monday.', '2022-01-11'), day('next Monday', 10, '2022-01-17', '2022-01-18'));
  });

  const days = (text: string) => tag(text, '2022-01-11').map((m) => [m.text, m.value]);

  it('gives a weekday conjoined with another the same direction', () => {
    expect(days('Russia intends to meet with NATO and OSCE officials on Wednesday and Thursday respectively.')).toEqual([['Wednesday', '2022-01-12'], ['Thursday', '2022-01-13']]);
    expect(days('Russia intends to meet with NATO and OSCE officials on Wednesday and Thursday respectively, Ryabkov said.')).toEqual([['Wednesday', '2022-01-12'], ['Thursday', '2022-01-13']]);
    expect(days('Talks ended on Monday or Tuesday, officials said.')).toEqual([['Monday', '2022-01-10'], ['Tuesday', '2022-01-11']]);
  });

  it('reads "effective" before a date as looking ahead', () => {
    expect(tag('The bank created an office of the chairman, effective Feb. 1.', '1989-11-02').map((m) => [m.text, m.value])).toEqual([['Feb. 1', '1990-02-01']]);
  });

  it('does not read the tense of a reporting verb after the date', () => {
    expect(days('The ministers are due to meet on Thursday, Ryabkov told reporters.')).toEqual([['Thursday', '2022-01-13']]);
  });

  it('still reads a past verb after the date when no other verb says', () => {
    expect(days('On Friday the talks collapsed.')).toEqual([['Friday', '2022-01-07']]);
  });

  it('reads "could" and "may" as placing nothing by themselves, unlike "will" and "should"', () => {
    expect(mentionOf('Neither he nor his grandparents could be located Wednesday in Cardenas.', '2000-01-06', 'Wednesday').value).toBe('2000-01-05');
    expect(mentionOf('The talks should end Wednesday.', '2000-01-06', 'Wednesday').value).toBe('2000-01-12');
  });

  it('ends a weekday range on or after its start', () => {
    // Tuesday 11 January 2022: a present range runs from last Monday to the coming Friday.
    expect(tag('The office is closed Monday through Friday.', '2022-01-11').map((m) => [m.text, m.value])).toEqual([['Monday', '2022-01-10'], ['Friday', '2022-01-14']]);
    expect(tag('The talks will run from Thursday to Saturday.', '2022-01-11').map((m) => [m.text, m.value])).toEqual([['Thursday', '2022-01-13'], ['Saturday', '2022-01-15']]);
  });

  it('reads "has been set for" as a schedule, a past "was set for" as told in the past', () => {
    expect(mentionOf('A hearing has been set for Tuesday.', '2000-04-14', 'Tuesday').value).toBe('2000-04-18');
    expect(mentionOf('The hearing was set for Tuesday, but it was postponed.', '2000-04-14', 'Tuesday').value).toBe('2000-04-11');
  });

  it('reads a schedule verb after a determiner or possessive as the plural noun it is', () => {
    expect(mentionOf('His visits on Tuesday were brief.', '2000-04-14', 'Tuesday').value).toBe('2000-04-11');
    expect(mentionOf('The votes on Tuesday were close.', '2000-04-14', 'Tuesday').value).toBe('2000-04-11');
    expect(mentionOf('The Senate votes Tuesday on the bill.', '2000-04-14', 'Tuesday').value).toBe('2000-04-18');
  });

  it('reads "expects profits to improve" as looking ahead, with the object between', () => {
    expect(mentionOf('The company expects profits to improve in the second half.', '2000-04-14', 'the second half').value).toBe('2000-H2');
  });

  it('reads a "would" after a reported day as the first such weekday after that day', () => {
    // Wednesday 12 April 2000: said on Monday the 10th, "would meet on Tuesday" is the 11th.
    const days = (text: string) => tag(text, '2000-04-12').map((m) => [m.text, m.value]);
    expect(days('He said Monday that he would meet the president on Tuesday.')).toEqual([['Monday', '2000-04-10'], ['Tuesday', '2000-04-11']]);
    expect(days('He said on Monday that he would leave on Monday.')).toEqual([['Monday', '2000-04-10'], ['Monday', '2000-04-17']]);
    // "will" still looks ahead from the publication; another sentence reports nothing.
    expect(days('She said Monday she will meet him Tuesday.')).toEqual([['Monday', '2000-04-10'], ['Tuesday', '2000-04-18']]);
    expect(days('He said Monday. The talks would resume Tuesday.')).toEqual([['Monday', '2000-04-10'], ['Tuesday', '2000-04-18']]);
  });
});
