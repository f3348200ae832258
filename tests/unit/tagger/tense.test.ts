/** The verb markers of tense.ts read on their own. */
import { describe, expect, it } from 'vitest';
import { isBaseFormBefore, tenseAround } from '../../../src/extract/tagger/tense';
import { dayMention as day, expectMention, mentionOf, type Expected, type Row } from './support';

const weekly = (text: string, start: number, value: string): Expected => ({
  text, start, type: 'SET', value, precision: null, interval: null, rule: 'tense:habit',
});

const yearly = (text: string, start: number, value: string): Expected => ({
  text, start, type: 'DATE', value, precision: null, interval: null, rule: 'tense:yearly',
});

const rows: Row[] = [
  // Wednesday 1 November 2000. A plural present schedules as the singular does ("the team plays Saturday").
  ['Voters go to the polls on Tuesday.', '2000-11-01', day('Tuesday', 26, '2000-11-07', '2000-11-08')],
  ['The talks resume Monday.', '2000-11-01', day('Monday', 17, '2000-11-06', '2000-11-07')],
  ['Negotiators meet again Friday, officials said.', '2000-11-01', day('Friday', 23, '2000-11-03', '2000-11-04')],
  // Verbs that are as often nouns schedule right after a plural subject.
  ['The two teams play Saturday in Denver.', '2000-11-01', day('Saturday', 19, '2000-11-04', '2000-11-05')],
  ['Lawmakers return Monday from recess.', '2000-11-01', day('Monday', 17, '2000-11-06', '2000-11-07')],
  ['"Schools open Tuesday," the mayor said.', '2000-11-01', day('Tuesday', 14, '2000-11-07', '2000-11-08')],
  // Reported: a present the reporter did not shift back still lies ahead when the story is written.
  ['He said Monday that the ministers meet again Thursday.', '2000-11-01', day('Thursday', 45, '2000-11-02', '2000-11-03')],
  ['Officials said the leaders meet on Tuesday.', '2000-11-01', day('Tuesday', 35, '2000-11-07', '2000-11-08')],
  // Wednesday 11 February 1998: an end, a deadline, a continuation are scheduled too.
  ['The strike ends Sunday, union leaders said.', '1998-02-11', day('Sunday', 16, '1998-02-15', '1998-02-16')],
  ['The offer expires Friday.', '1998-02-11', day('Friday', 18, '1998-02-13', '1998-02-14')],
  ['The trial continues Thursday.', '1998-02-11', day('Thursday', 20, '1998-02-12', '1998-02-13')],
  ['Both houses adjourn Friday for the recess.', '1998-02-11', day('Friday', 20, '1998-02-13', '1998-02-14')],
  ['Schools reopen Monday after the storm.', '1998-02-11', day('Monday', 15, '1998-02-16', '1998-02-17')],
  // The verb a date hangs on decides, whatever another clause's verb nearer on the other side says.
  ['The trial, which opened Monday, continues Thursday.', '1998-02-11', day('Monday', 24, '1998-02-09', '1998-02-10')],
  ['Talks resumed Monday and will continue Thursday.', '1998-02-11', day('Monday', 14, '1998-02-09', '1998-02-10')],
  // Irregular pasts are past: "flew" before a present schedule in the next clause.
  ['On Monday, the ministers flew to Geneva; they return Friday.', '1998-02-11', day('Monday', 3, '1998-02-09', '1998-02-10')],
  ['On Monday, the ministers flew to Geneva; they return Friday.', '1998-02-11', day('Friday', 53, '1998-02-13', '1998-02-14')],
  // A present passive is no past: "when the case is heard in May" looks ahead (Thursday 6 January 2000).
  ['He will not cooperate when the case is heard in May, he said.', '2000-01-06', { text: 'May', start: 48, type: 'DATE', value: '2000-05', precision: 'month', interval: ['2000-05-01', '2000-06-01'] }],
  // A participle after "remain" or "stay" is a state in their tense (Wednesday 20 March 2013);
  // "remained" is past by itself.
  ['The banks will remain closed until Thursday.', '2013-03-20', day('Thursday', 35, '2013-03-21', '2013-03-22')],
  ['The store remains closed until Saturday.', '2013-03-20', day('Saturday', 31, '2013-03-23', '2013-03-24')],
  ['The border stays closed until Monday.', '2013-03-20', day('Monday', 30, '2013-03-25', '2013-03-26')],
  ['The airport remained closed until Friday.', '2013-03-20', day('Friday', 34, '2013-03-15', '2013-03-16')],
  // "is open/closed on Saturday": a present state on a named day looks ahead, as "the funeral is
  // Saturday" does; "was open" looks back.
  ['The store is open on Saturday.', '2023-06-15', day('Saturday', 21, '2023-06-17', '2023-06-18')],
  ['Banks are closed on Friday for the holiday.', '2023-06-15', day('Friday', 20, '2023-06-16', '2023-06-17')],
  ['The store was open on Saturday.', '2023-06-15', day('Saturday', 22, '2023-06-10', '2023-06-11')],
  // The date of a speaking is the saying's: the reporting verb after it places it, whatever the
  // reported clause says.
  ['The minister, speaking on Saturday, said talks would resume.', '2013-03-20', day('Saturday', 26, '2013-03-16', '2013-03-17')],
  ['The talks will resume on Friday, he said.', '2013-03-20', day('Friday', 25, '2013-03-22', '2013-03-23')],
  // Monday 13 August 1990: "is set for" schedules; a verb in the date's own clause decides over a
  // nearer one past a comma.
  ['The summit is set for Tuesday in Helsinki.', '1990-08-13', day('Tuesday', 22, '1990-08-14', '1990-08-15')],
  ['Bush, who returns to Washington on Wednesday, spent the weekend at Kennebunkport.', '1990-08-13', day('Wednesday', 35, '1990-08-15', '1990-08-16')],
  ['On Wednesday, Bush returned to Washington.', '1990-08-13', day('Wednesday', 3, '1990-08-08', '1990-08-09')],
  // A date that opens the sentence hangs on its first verb, a reporting one too: the saying was on
  // Wednesday, not what was said ("would meet" placed it ahead).
  ['On Wednesday NATO said it would meet.', '1990-08-13', day('Wednesday', 3, '1990-08-08', '1990-08-09')],
  ['On Wednesday, NATO said it would meet.', '1990-08-13', day('Wednesday', 3, '1990-08-08', '1990-08-09')],
  // After a verb of its own, a reporting verb past the date only says when it was reported.
  ['The talks will begin on Wednesday officials said.', '1990-08-13', day('Wednesday', 24, '1990-08-15', '1990-08-16')],
  // Thursday 16 November 2000: a court's or an official's calendar, deadlines and expectations.
  ['The Florida Supreme Court hears arguments Monday.', '2000-11-16', day('Monday', 42, '2000-11-20', '2000-11-21')],
  ['The state certifies the results Saturday.', '2000-11-16', day('Saturday', 32, '2000-11-18', '2000-11-19')],
  ['Overseas ballots are due Friday.', '2000-11-16', day('Friday', 25, '2000-11-17', '2000-11-18')],
  ['Overseas ballots were due Friday.', '2000-11-16', day('Friday', 26, '2000-11-10', '2000-11-11')],
  ['Results are expected Sunday or Monday.', '2000-11-16', day('Monday', 31, '2000-11-20', '2000-11-21')],
  ['The count must be finished by Friday, the judge ruled.', '2000-11-16', day('Friday', 30, '2000-11-17', '2000-11-18')],
  ['The count must have been finished by Friday.', '2000-11-16', day('Friday', 37, '2000-11-10', '2000-11-11')],
  ['The Senate takes up the bill Thursday.', '2022-01-11', day('Thursday', 29, '2022-01-13', '2022-01-14')],
  ['Senators take up the bill Thursday.', '2022-01-11', day('Thursday', 26, '2022-01-13', '2022-01-14')],
  // A relative clause between the plural subject and its verb: the clause's own past stays with its day.
  ['The troops, who arrived Saturday, leave Friday.', '2000-04-12', day('Friday', 40, '2000-04-14', '2000-04-15')],
  ['The troops, who arrived Saturday, leave Friday.', '2000-04-12', day('Saturday', 24, '2000-04-08', '2000-04-09')],
  ['The talks, which began Monday, end Friday.', '2000-04-12', day('Friday', 35, '2000-04-14', '2000-04-15')],
  ['The ministers, who met Monday, said the talks ended Friday.', '2000-04-12', day('Friday', 52, '2000-04-07', '2000-04-08')],
  // An expectation in the present looks ahead; a denied one in the past does not.
  ['He expects the verdict on Friday.', '2000-04-12', day('Friday', 26, '2000-04-14', '2000-04-15')],
  ['He did not expect the verdict on Friday.', '2000-04-12', day('Friday', 33, '2000-04-07', '2000-04-08')],
  ['The storm is forecast to make landfall on Thursday.', '2023-03-15', day('Thursday', 42, '2023-03-16', '2023-03-17')],
  ['The storm was forecast to hit on Thursday but veered away.', '2023-03-15', day('Thursday', 33, '2023-03-09', '2023-03-10')],
  // A habit: the weekday recurs, as "on Tuesdays" does.
  ['They usually meet on Tuesday.', '2000-11-01', weekly('Tuesday', 21, 'XXXX-WXX-2')],
  ['The team often plays on Saturday, fans say.', '2000-11-01', weekly('Saturday', 24, 'XXXX-WXX-6')],
  // With "a", any such weekday: no one day (was the Monday before). "Iran Saturday" and "a plan
  // Friday" end in "an"/"a" only inside a word: one day each (a first version read them as "a").
  ['Christmas falls on a Monday this year.', '2023-03-14', { text: 'Monday', start: 21, type: 'DATE', value: 'XXXX-WXX-1', precision: null, interval: null, rule: 'tense:any-weekday' }],
  ['Iran Saturday condemned the bombing.', '2023-03-14', day('Saturday', 5, '2023-03-11', '2023-03-12')],
  ['They signed a plan Friday.', '2023-03-14', day('Friday', 19, '2023-03-10', '2023-03-11')],
  // A month that comes round every year names no one month (it made an event in August 2023).
  ['The festival takes place every year in August.', '2023-06-15', yearly('August', 39, 'XXXX-08')],
  ['The parade is held annually on July 4.', '2023-06-15', yearly('July 4', 31, 'XXXX-07-04')],
  ['In August every year, the town fills with tourists.', '2023-06-15', yearly('August', 3, 'XXXX-08')],
  // Without the recurrence, or in the past, it is one month.
  ['The festival took place in August.', '2023-06-15', { text: 'August', start: 27, type: 'DATE', value: '2022-08', precision: 'month', interval: ['2022-08-01', '2022-09-01'] }],
  ['Every year the board met in January, and in 2020 it met in March.', '2023-06-15', { text: 'January', start: 28, type: 'DATE', value: '2023-01', precision: 'month', interval: ['2023-01-01', '2023-02-01'] }],
];

describe('tense markers', () => {
  it('reads a verb after a modal, "to", "does" or "not" as its base form, but not after the month May', () => {
    expect(isBaseFormBefore('prices could ')).toBe(true);
    expect(isBaseFormBefore('the index may ')).toBe(true);
    expect(isBaseFormBefore('they must ')).toBe(true);
    expect(isBaseFormBefore('agreed to ')).toBe(true);
    expect(isBaseFormBefore('talks that began in May ')).toBe(false);
  });

  it('reads a past verb after "in May" as past', () => {
    const sentence = 'The talks in May ended on Friday.';
    expect(tenseAround(sentence, sentence.indexOf('Friday'), sentence.indexOf('Friday') + 6)).toBe('past');
  });

  it.each(rows)('%s (ref %s)', (sentence, reference, expected) => expectMention(mentionOf(sentence, reference, expected.text), expected));
});
