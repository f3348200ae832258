import { describe, expect, it } from 'vitest';
import { doc, mention, run } from './hand-made';

/** Events of a one-sentence document as [start, end, mention texts]. */
function spans(sentence: string, ...mentions: [phrase: string, value: string][]): [string, string, string[]][] {
  const d = doc('a', `Headline\n\n${sentence}`);
  return run([d, mentions.map(([phrase, value]) => mention(d.text, phrase, value))]).events.map((e) => [e.date.start, e.date.end, e.sources.map((s) => s.mention.text)]);
}

describe('date ranges', () => {
  it('makes one event of two dates joined by "to", a dash or "between ... and"', () => {
    // Were two events, "Show ran" on 30 March and "Show ran" on 2 April.
    expect(spans('The show ran from 30 March to 2 April 2022 in Leeds.', ['30 March', '2022-03-30'], ['2 April 2022', '2022-04-02'])).toEqual([
      ['2022-03-30', '2022-04-03', ['30 March to 2 April 2022']],
    ]);
    expect(spans('Between 3 May and 5 May 2021, the strike closed the port.', ['3 May', '2021-05-03'], ['5 May 2021', '2021-05-05'])).toEqual([
      ['2021-05-03', '2021-05-06', ['3 May and 5 May 2021']],
    ]);
    // A comma that closes the first end's year.
    expect(spans('Talks ran from December 30, 2021, to January 2, 2022.', ['December 30, 2021', '2021-12-30'], ['January 2, 2022', '2022-01-02'])).toEqual([
      ['2021-12-30', '2022-01-03', ['December 30, 2021, to January 2, 2022']],
    ]);
  });

  it('leaves two dates that are not the ends of one stretch apart', () => {
    // A deadline moved "to" another day spans nothing.
    expect(spans('The company extended the offer, due to expire Thursday, to Nov. 6.', ['Thursday', '1989-10-26'], ['Nov. 6', '1989-11-06'])).toHaveLength(2);
    // Two days joined by "and" without "between" are two days.
    expect(spans('The ministers met on 3 May and 5 May.', ['3 May', '2021-05-03'], ['5 May', '2021-05-05'])).toHaveLength(2);
    // Ends of different precision, or in the wrong order.
    expect(spans('Prices rose from 1997 to March 2001.', ['1997', '1997'], ['March 2001', '2001-03'])).toHaveLength(2);
    expect(spans('The show moved from 5 May to 3 May 2021.', ['5 May', '2021-05-05'], ['3 May 2021', '2021-05-03'])).toHaveLength(2);
  });
});
