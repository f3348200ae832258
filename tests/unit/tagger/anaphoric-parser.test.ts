import { describe, expect, it } from 'vitest';
import { expectMention, mentionOf, only, tag } from './support';

const R = '2022-01-11';

describe('anaphoric parser and anaphora pass', () => {
  it('anchors "the next day" on the last dated mention of the paragraph', () => {
    expectMention(mentionOf('The talks began on Jan. 5, 2022. The next day, they failed.', R, 'The next day'), {
      text: 'The next day', start: 33, type: 'DATE', value: '2022-01-06', precision: 'day', interval: ['2022-01-06', '2022-01-07'], approximate: false, anchoring: 'absolute', rule: 'anaphoric',
    });
  });

  it('anchors on a relative date too, and chains', () => {
    const text = 'Talks ended on Monday. The following week they resumed.';
    expect(mentionOf(text, R, 'The following week')).toMatchObject({ value: '2022-W03', interval: { start: '2022-01-17', end: '2022-01-24' }, anchoring: 'relative', approximate: false });
    const years = tag('He arrived in 1988. That year he married, and the following year he left.', R).map((m) => [m.text, m.value]);
    expect(years).toEqual([['1988', '1988'], ['That year', '1988'], ['the following year', '1989']]);
  });

  it('reads "the prior year" like "the previous year", one back from the last dated mention', () => {
    expectMention(mentionOf('The plant closed in 1998. The prior year, it had expanded.', R, 'The prior year'), {
      text: 'The prior year', start: 26, type: 'DATE', value: '1997', precision: 'year', interval: ['1997-01-01', '1998-01-01'], rule: 'anaphoric',
    });
    expect(tag('Prior years were better and prior year results too.', R).filter((m) => m.rule === 'anaphoric')).toEqual([]);
  });

  it('anchors on the last dated mention however far back, across paragraph breaks', () => {
    expect(mentionOf('Sales fell in May 1989.\nThe following month they rose.', R, 'The following month').value).toBe('1989-06');
    const far = mentionOf('In March, it got an offer. It also weighed a restructuring. Holders urged it to act.\n\nThe following month, it put itself up for sale.', '1989-10-27', 'The following month');
    expect([far.value, far.approximate]).toEqual(['1989-04', false]);
    // A clock time likewise takes the day the story is at, a few sentences on.
    expect(mentionOf('The bombs went off on Friday. Hundreds died. Rescuers dug. One blast came at 10:35 a.m.', '1998-08-08', '10:35 a.m.').value).toBe('1998-08-07T10:35');
    // ... even when a coarser date was named since: the story is still on that day.
    expect(mentionOf('The Fed held rates on Wednesday and signalled hikes this year. It announced the decision at 2 p.m.', '2023-06-15', '2 p.m.').value).toBe('2023-06-14T14:00');
  });

  it('reads "the previous Friday" and "the following Monday" as the nearest such day before or after the story\'s day', () => {
    const values = (text: string) => tag(text, '1989-11-01').map((m) => [m.text, m.value]);
    expect(values('On Friday the index closed down 4.5% from the previous Friday.')).toEqual([['Friday', '1989-10-27'], ['the previous Friday', '1989-10-20']]);
    expect(values('Talks broke off on Oct. 5, 1989. They resumed the following Monday.')).toEqual([['Oct. 5, 1989', '1989-10-05'], ['the following Monday', '1989-10-09']]);
    expect(tag('the previous friday', '1989-11-01').map((m) => m.rule)).not.toContain('anaphoric');
  });

  it('needs an anchor fine enough: a year does not fix "the next day"', () => {
    const m = mentionOf('He arrived in 1988. The next day he left.', R, 'The next day');
    expect([m.value, m.approximate]).toEqual(['2022-01-12', true]);
  });

  it('falls back to the reference, approximate, with no date before', () => {
    expectMention(only('The next day, they failed.', R), {
      text: 'The next day', start: 0, type: 'DATE', value: '2022-01-12', precision: 'day', interval: ['2022-01-12', '2022-01-13'], approximate: true, anchoring: 'relative', rule: 'anaphoric',
    });
  });

  it('drops "that day" and "the same week" when nothing before them is dated', () => {
    expect(tag('Traders suffered losses that day.', R)).toEqual([]);
    expect(tag('It happened the same week.', R)).toEqual([]);
  });

  it('reads "the day before last Tuesday" and "the week before Christmas" as no anaphor', () => {
    expect(tag('the day before last Tuesday', R).map((m) => m.rule)).not.toContain('anaphoric');
    expect(tag('the week before Christmas', R).map((m) => m.rule)).not.toContain('anaphoric');
  });

  it('keeps "two days later" a duration, as TimeBank tags it', () => {
    expect(tag('Two days later they resumed.', R).map((m) => [m.text, m.type, m.value])).toEqual([['Two days', 'DURATION', 'P2D']]);
  });

  it('puts a clock time without a day on the day the story has just named', () => {
    const values = (text: string, ref: string) => tag(text, ref).map((m) => [m.text, m.value, m.interval?.start]);
    expect(values('The embassy was bombed on Friday. The blast came at 10:35 a.m.', '1998-08-08')).toEqual([
      ['Friday', '1998-08-07', '1998-08-07'],
      ['10:35 a.m.', '1998-08-07T10:35', '1998-08-07'],
    ]);
    // No day before it: the publication day, as before.
    expect(values('The blast came at 10:35 a.m.', '1998-08-08')).toEqual([['10:35 a.m.', '1998-08-08T10:35', '1998-08-08']]);
  });
});
