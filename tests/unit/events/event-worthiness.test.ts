import { describe, expect, it } from 'vitest';
import { doc, mention, run, summary } from './hand-made';

describe('which mentions make events', () => {
  it('makes no event from page chrome: footer, related posts, comment bylines and timestamps', () => {
    const text = [
      'Headline',
      '',
      'Talks opened in Geneva on January 10.',
      '',
      '2 thoughts on “Headline”',
      '',
      'John says:',
      'January 12, 2022 at 3:45 pm',
      'The 1997 Founding Act matters.',
      'Reply',
      '',
      'Leave a Reply',
      'Related',
      'Older post',
      'January 5, 2022',
    ].join('\n');
    const r = run([
      doc('a', text),
      [
        mention(text, 'January 10', '2022-01-10'),
        mention(text, 'January 12, 2022', '2022-01-12'),
        mention(text, '1997', '1997'),
        mention(text, 'January 5, 2022', '2022-01-05'),
      ],
    ]);
    expect(summary(r)).toEqual([
      ['1997', ['a:1997']],
      ['2022-01-10', ['a:January 10']],
    ]);
    expect(r.events.map((e) => e.sources[0]!.comment ?? false)).toEqual([true, false]);
  });

  it('makes no event of a wire dateline on its own line, only of the story under it', () => {
    const text = '\n\nWASHINGTON, August 8 (Xinhua) --\n\nPresident Bill Clinton on Saturday vowed to hunt down the bombers.';
    const r = run([doc('a', text), [mention(text, 'August 8', '1998-08-08'), mention(text, 'Saturday', '1998-08-08')]]);
    expect(summary(r)).toEqual([['1998-08-08', ['a:Saturday']]]);
  });

  it('never makes an event of "now", "today" or "currently" by themselves', () => {
    const text = 'Headline\n\nRussia is now preparing its answer, and today it met NATO in 2022.';
    const r = run([
      doc('a', text),
      [
        mention(text, 'now', '2022-01-11', { deictic: true }),
        mention(text, 'today', '2022-01-11', { deictic: true }),
        mention(text, '2022', '2022'),
      ],
    ]);
    expect(summary(r)).toEqual([['2022', ['a:2022']]]);
    expect(r.unresolved).toEqual([]);
  });

  it('makes no event of a duration, nor of a date in a question or a condition', () => {
    const text =
      'Headline\n\nWill history repeat in the new year?\n\nIf held, further talks this week will fail.\n\n' +
      'Talks lasted for years.\n\nIf war comes, Russia would act, as it did in 2008 against Georgia.';
    const r = run([
      doc('a', text),
      [
        mention(text, 'the new year', '2022'),
        mention(text, 'this week', '2022', { interval: { start: '2022-01-10', end: '2022-01-17' } }),
        mention(text, 'years', 'PXY', { interval: null, type: 'DURATION', anchoring: 'none' }),
        mention(text, '2008', '2008'),
      ],
    ]);
    expect(summary(r)).toEqual([['2008', ['a:2008']]]);
  });
});

describe('a date that only measures how rare something is', () => {
  it('makes no event of the date after a superlative and "since": nothing is told to have happened then', () => {
    const text =
      'Headline\n\nInflation reached 9.1% in June, the highest level since 1981.\n\n' +
      'The president visited Cuba for the first time since 1928.\n\nPrices hit levels not seen since the 1990s.\n\n' +
      'Since 2008, prices have doubled.\n\nThe bank has raised rates every year since 2015.\n\n' +
      'It was the most personal and emotional of many rallies held since early December.';
    const r = run([
      doc('a', text),
      [
        mention(text, 'June', '2022-06'),
        mention(text, '1981', '1981'),
        mention(text, '1928', '1928'),
        mention(text, 'the 1990s', '199', { interval: { start: '1990-01-01', end: '2000-01-01' } }),
        mention(text, '2008', '2008'),
        mention(text, '2015', '2015'),
        mention(text, 'early December', '2021-12'),
      ],
    ]);
    expect(summary(r).map(([value]) => value)).toEqual(['2008', '2015', '2021-12', '2022-06']);
  });
});

describe('mentions the segmenter cut', () => {
  it('keeps a mention that runs past its sentence whole, in one passage', () => {
    const text = 'Headline\n\nThe deadline came at noon! Tuesday it ended.';
    const m = mention(text, 'noon! Tuesday', '2000-04-04');
    const r = run([doc('a', text, '2000-04-03'), [m]]);
    expect(r.events.map((e) => e.sources.map((s) => text.slice(s.passage.start, s.passage.end)))).toEqual([
      ['The deadline came at noon! Tuesday it ended.'],
    ]);
  });
});

describe('unresolved mentions', () => {
  it('lists relative dates of an undated document with a reason, and keeps its absolute dates', () => {
    const text = 'Headline\n\nTalks failed on Monday. The Founding Act was signed in 1997.';
    const r = run([doc('u', text, null), [mention(text, 'Monday', '2000-01-03'), mention(text, '1997', '1997')]]);
    expect(summary(r)).toEqual([['1997', ['u:1997']]]);
    expect(r.unresolved).toEqual([
      {
        document: 'u',
        mention: { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6, text: 'Monday' },
        reason: 'relative date "Monday" in a document with no publication date',
      },
    ]);
  });

  it('lists a relative date quoted from a speaker set at another time instead of resolving it', () => {
    const text =
      'Headline\n\nAfter the Helsinki Final Act was signed in 1975, Ford said the following:\n\n' +
      '“History will judge us by what we do tomorrow.”';
    const r = run([doc('a', text, '2022-01-15'), [mention(text, '1975', '1975'), mention(text, 'tomorrow', '2022-01-16')]]);
    expect(summary(r)).toEqual([['1975', ['a:1975']]]);
    expect(r.unresolved.map((u) => u.reason)).toEqual(['relative date "tomorrow" quoted from a passage set in 1975, not at publication']);
  });
});
