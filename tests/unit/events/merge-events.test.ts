import { describe, expect, it } from 'vitest';
import type { DateMention, SourceDocument } from '../../../src/extract/types';
import { doc, mention, run, summary } from './hand-made';

describe('merging mentions into events', () => {
  it('merges one day written two ways in two documents when the passages share key terms', () => {
    const a = doc('a', 'Preview\n\nTalks with NATO are scheduled to begin on January 10 in Geneva.', '2021-12-29');
    const b = doc('b', 'Report\n\nHours of talks in Geneva on Monday ended with no agreement.', '2022-01-11');
    const r = run([a, [mention(a.text, 'January 10', '2022-01-10')]], [b, [mention(b.text, 'Monday', '2022-01-10')]]);
    expect(summary(r)).toEqual([['2022-01-10', ['a:January 10', 'b:Monday']]]);
  });

  it('never merges two different things that merely share a date', () => {
    const a = doc('a', 'One\n\nAn earthquake struck Chile on Monday, killing dozens.');
    const b = doc('b', 'Two\n\nThe central bank raised interest rates on Monday.');
    const r = run([a, [mention(a.text, 'Monday', '2022-01-10')]], [b, [mention(b.text, 'Monday', '2022-01-10')]]);
    expect(summary(r)).toEqual([
      ['2022-01-10', ['a:Monday']],
      ['2022-01-10', ['b:Monday']],
    ]);
  });

  it('keeps two speakers on the same day apart even when they speak of the same thing', () => {
    const text =
      'Report\n\nVladimir Putin said on Tuesday that the written security responses ignored Russia.\n\n' +
      'On Tuesday, Lavrov commented on the written security responses of the alliance.';
    const r = run([doc('a', text), [mention(text, 'Tuesday', '2022-02-01'), mention(text, 'Tuesday', '2022-02-01', { nth: 1 })]]);
    expect(r.events).toHaveLength(2);
  });

  it('finds the actor across a date between name and verb ("Estrada on Tuesday condemned")', () => {
    const a = doc('a', 'One\n\nPhilippine President Joseph Estrada on Tuesday condemned the bombings of the embassies in Kenya.');
    const b = doc('b', 'Two\n\nSecretary of State Madeleine Albright headed Tuesday to Kenya after the bombings of the embassies.');
    const r = run([a, [mention(a.text, 'Tuesday', '1998-08-11')]], [b, [mention(b.text, 'Tuesday', '1998-08-11')]]);
    expect(r.events).toHaveLength(2);
  });

  it('keeps two companies closing on the same stock exchange the same day apart', () => {
    const a = doc('a', 'One\n\nIn New York Stock Exchange composite trading Friday, Crossland closed at $5.25, down $1.875.');
    const b = doc('b', 'Two\n\nIn New York Stock Exchange composite trading Friday, Conseco closed at $19.50, down 25 cents.');
    const r = run([a, [mention(a.text, 'Friday', '1989-10-27')]], [b, [mention(b.text, 'Friday', '1989-10-27')]]);
    expect(r.events).toHaveLength(2);
  });

  it('merges a year and a month inside it that name the same summit, at the finer date', () => {
    const a = doc('a', 'One\n\nOSCE leaders met at Astana in 2010 and pledged security for all.');
    const b = doc('b', 'Two\n\nAt the December 2010 OSCE Astana summit, states approved a declaration.');
    const c = doc('c', 'Three\n\nThe economy grew in 2010 across the region.');
    const r = run(
      [a, [mention(a.text, '2010', '2010')]],
      [b, [mention(b.text, 'December 2010', '2010-12')]],
      [c, [mention(c.text, '2010', '2010')]],
    );
    expect(summary(r)).toEqual([
      ['2010', ['c:2010']],
      ['2010-12', ['a:2010', 'b:December 2010']],
    ]);
    expect(r.events[1]!.date).toEqual({ value: '2010-12', start: '2010-12-01', end: '2011-01-01', precision: 'month', approximate: false });
  });

  it('does not fold a coarse date into a finer event on words the whole corpus uses', () => {
    const common = 'Russia sought security talks with the alliance';
    const docs = [
      doc('a', `One\n\n${common} on January 10 in Geneva.`),
      doc('b', `Two\n\n${common} in 2022, as every year.`),
      ...['2019', '2020', '2021'].map((y) => doc(`c${y}`, `Old\n\n${common} in ${y}.`)),
    ];
    const r = run(
      [docs[0]!, [mention(docs[0]!.text, 'January 10', '2022-01-10')]],
      ...docs.slice(1).map((d): [SourceDocument, DateMention[]] => {
        const year = /\d{4}/.exec(d.text.slice(5))![0];
        return [d, [mention(d.text, year, year)]];
      }),
    );
    expect(summary(r)).toEqual([
      ['2019', ['c2019:2019']],
      ['2020', ['c2020:2020']],
      ['2021', ['c2021:2021']],
      ['2022', ['b:2022']],
      ['2022-01-10', ['a:January 10']],
    ]);
  });

  it('keeps a period apart from what happened during it', () => {
    const text =
      'Report\n\nOn Friday, Putin discussed the French EU Council presidency with Macron.\n\n' +
      'France holds the EU Council presidency from January through June, Macron said.';
    const range = mention(text, 'January through June', '2022-01', { interval: { start: '2022-01-01', end: '2022-07-01' } });
    const r = run([doc('a', text, '2022-01-29'), [mention(text, 'Friday', '2022-01-28'), range]]);
    expect(summary(r)).toEqual([
      ['2022-01', ['a:January through June']],
      ['2022-01-28', ['a:Friday']],
    ]);
    expect(r.events[0]!.date.end).toBe('2022-07-01');
  });

  it('within one article, joins the same day told again with the same common noun, not with the same name', () => {
    const text =
      'Report\n\nHours of talks in Geneva on Monday ended without agreement.\n\n' +
      'Talks on Monday proved useless.\n\n' +
      'Ryabkov flew home on Monday.';
    const r = run([doc('a', text), [0, 1, 2].map((nth) => mention(text, 'Monday', '2022-01-10', { nth }))]);
    expect(r.events.map((e) => e.sources.length)).toEqual([2, 1]);
  });

  it('returns a lone passage of a day to the occasion the article tells at length that day', () => {
    const text =
      'Report\n\nHours of talks in Geneva on Monday ended without agreement.\n\n' +
      'Talks on Monday proved useless.\n\nThe talks on Monday went nowhere.\n\n' +
      'What Russia sought on Monday, it did not get.';
    const r = run([doc('a', text), [0, 1, 2, 3].map((nth) => mention(text, 'Monday', '2022-01-10', { nth }))]);
    expect(r.events.map((e) => e.sources.length)).toEqual([4]);
  });

  it('leaves a busy day of many loose happenings alone', () => {
    const text =
      'Report\n\nHours of talks in Geneva on Monday ended without agreement.\n\n' +
      'Talks on Monday proved useless.\n\nThe talks on Monday went nowhere.\n\n' +
      'A storm hit Chile on Monday.\n\nMarkets fell sharply on Monday.';
    const r = run([doc('a', text), [0, 1, 2, 3, 4].map((nth) => mention(text, 'Monday', '2022-01-10', { nth }))]);
    expect(r.events.map((e) => e.sources.length)).toEqual([3, 1, 1]);
  });

  it('never joins a happening the article announces as another one ("Also on Friday", "Earlier Friday")', () => {
    const text =
      'Report\n\nLawyers for the Miami relatives filed a petition on Friday for Elian Gonzalez.\n\n' +
      'Also on Friday, Miami lawyers for Elian Gonzalez filed a petition in Atlanta.';
    const r = run([doc('a', text), [mention(text, 'Friday', '2000-01-07'), mention(text, 'Friday', '2000-01-07', { nth: 1 })]]);
    expect(r.events).toHaveLength(2);
  });

  it('lists a passage once when it holds the same date twice', () => {
    const text = 'Report\n\nAfter talks concluded on Monday, Ryabkov spoke, adding:\n\n“On Monday we explained our talks position.”';
    const r = run([doc('a', text), [mention(text, 'Monday', '2022-01-10'), mention(text, 'Monday', '2022-01-10', { nth: 1 })]]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources).toHaveLength(1);
  });
});
