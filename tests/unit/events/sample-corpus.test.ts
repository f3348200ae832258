/**
 * The sample corpus in data/ (five scraped blog articles, dates from data/sources.json), through
 * the whole pure pipeline with the real tagger. Expectations a careful reader of the articles
 * would state; they depend on the tagger for the dates themselves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/extract/extract-timeline';
import { layoutDocument } from '../../../src/extract/segment/document-layout';
import type { SourceDocument } from '../../../src/extract/types';
import { validateTimeline, type Timeline, type TimelineEvent } from '../../../src/schema/timeline';

const DATA = path.resolve(__dirname, '../../../data');
const BIDEN = '2022-01-11-biden-regime-rejects-russias-security-demands';
const TOUGH = '2021-12-29-will-acting-tough-follow-moscows-tough-talk';
const LAVROV = '2022-01-15-sergey-lavrov-on-russia-us-nato-security-talks';
const PUTIN = '2022-01-29-putin-and-lavrov-on-the-biden-regimes-rejection';
const RUPTURE = '2022-02-02-russian-relations-with-hegemon-usa-heading-for-rupture';

function loadCorpus(): SourceDocument[] {
  const sources = JSON.parse(readFileSync(path.join(DATA, 'sources.json'), 'utf8')) as {
    documents: Array<{ file: string; title: string; published: string; url: string | null }>;
  };
  return sources.documents.map((d) => ({
    id: d.file.replace(/\.txt$/, ''),
    file: d.file,
    title: d.title,
    published: d.published,
    url: d.url,
    text: readFileSync(path.join(DATA, d.file), 'utf8'),
  }));
}

let docs: SourceDocument[];
let timeline: Timeline;
const textOf = (id: string) => docs.find((d) => d.id === id)!.text;
const passage = (s: TimelineEvent['sources'][number]) => textOf(s.document).slice(s.passage.start, s.passage.end);
const sourcesOf = (e: TimelineEvent) => e.sources.map((s) => `${s.document.slice(0, 10)} ${s.mention.text}`);
const eventsOn = (value: string) => timeline.events.filter((e) => e.date.value === value);
/** The one event told by the passage of `doc` that contains `words`. */
function eventTelling(doc: string, words: string): TimelineEvent {
  const found = timeline.events.filter((e) => e.sources.some((s) => s.document === doc && passage(s).includes(words)));
  expect(found, `${doc}: ${words}`).toHaveLength(1);
  return found[0]!;
}

/** The one event on `value` told with `mention` in document `doc`. */
function eventWith(value: string, doc: string, mention: string): TimelineEvent {
  const found = eventsOn(value).filter((e) => e.sources.some((s) => s.document === doc && s.mention.text === mention));
  expect(found, `${value} ${doc} ${mention}`).toHaveLength(1);
  return found[0]!;
}

beforeAll(() => {
  docs = loadCorpus();
  timeline = extractTimeline(docs);
});

describe('sample corpus: the three named events', () => {
  it('Geneva talks, 10 January 2022: "January 10 ... in Geneva" before, "on Monday" after, one event', () => {
    const e = eventTelling(BIDEN, 'hours of talks in Geneva on Monday');
    expect(e.date).toEqual({ value: '2022-01-10', start: '2022-01-10', end: '2022-01-11', precision: 'day', approximate: false });
    expect(sourcesOf(e)).toEqual(expect.arrayContaining(['2021-12-29 January 10', '2022-01-11 Monday']));
    const geneva = e.sources.find((s) => s.document === TOUGH && passage(s).includes('Geneva'))!;
    expect(passage(geneva)).toBe(
      'Deputy Foreign Minister Sergey Ryabkov confirmed that talks with the US and NATO are scheduled to begin on January 10 in Geneva. adding:\n\n' +
        'It’s “impossible to reach an agreement in one day, nor can we protract the process since the issue is very urgent and very serious.”',
    );
    const monday = e.sources.find((s) => s.document === BIDEN)!;
    expect(passage(monday)).toBe('As expected, hours of talks in Geneva on Monday ended with no agreement on Russia’s security demands.');
    expect(e.label).toBe('Geneva talks ended with no agreement');
    expect(eventsOn('2022-01-10')).toEqual([e]);
    expect(e.sources.filter((s) => s.document === BIDEN).map((s) => s.mention.text)).toEqual(Array(6).fill('Monday'));
  });

  it('written responses of 26 January 2022: both passages of the 2 February article in one event', () => {
    const e = eventWith('2022-01-26', RUPTURE, 'January 26');
    expect(eventsOn('2022-01-26')).toHaveLength(1);
    expect(e.date.precision).toBe('day');
    expect(e.sources.map(passage)).toEqual([
      'Commenting on the Biden regime’s rejection of Russia’s sought security guarantees, Vladimir Putin said the following on Tuesday:\n\n' +
        '“(W)e are closely analyzing the written responses received from the US and NATO on January 26.”',
      'Delayed responses received on January 26 unacceptably rejected “the principle of equal and indivisible security that is fundamental to the entire European security architecture,” Lavrov explained.',
    ]);
  });

  it('NATO–Russia Founding Act, 1997: a year, from two articles', () => {
    const [e, ...others] = eventsOn('1997');
    expect(others).toEqual([]);
    expect(e!.date).toEqual({ value: '1997', start: '1997-01-01', end: '1998-01-01', precision: 'year', approximate: false });
    expect(sourcesOf(e!)).toEqual(['2022-01-15 1997', '2022-02-02 1997', '2022-02-02 1997']);
    expect(e!.label).toBe('Russia/NATO Founding Act');
  });
});

describe('sample corpus: merging at two precisions and keeping apart', () => {
  it('"Astana in 2010" and "the December 2010 OSCE Astana summit" are one summit, dated December 2010', () => {
    const e = eventWith('2010-12', RUPTURE, 'December 2010');
    expect(sourcesOf(e)).toEqual(['2022-01-29 2010', '2022-02-02 December 2010']);
    expect(e.label).toBe('OSCE Astana summit');
    expect(eventsOn('2010')).toEqual([]);
  });

  it('Putin speaking on Tuesday and Lavrov commenting on Tuesday stay two events', () => {
    expect(eventsOn('2022-02-01').map((e) => e.label)).toEqual(['Vladimir Putin analyzing written responses', 'Lavrov commented on Washington’s indivisibility']);
  });

  it('the 1999 Istanbul summit and the 1999 Charter are one event: the summit shares its main clause (OSCE, indivisibility of security)', () => {
    // "At Istanbul in 1999 and Astana in 2010, ... OSCE countries ... ensur(e) the indivisibility of
    // security": the clause after the comma is 1999's as much as 2010's.
    expect(eventsOn('1999').map(sourcesOf)).toEqual([['2022-01-29 1999', '2022-02-02 1999']]);
    expect(eventsOn('1999').map((e) => e.label)).toEqual(['Charter for European Security']);
    expect(eventsOn('2010-12').map(sourcesOf)).toEqual([['2022-01-29 2010', '2022-02-02 December 2010']]);
  });
});

describe('sample corpus: passages, labels, junk', () => {
  it('is a valid timeline whose sources hold their mention inside their passage', () => {
    expect(validateTimeline(JSON.parse(JSON.stringify(timeline))).ok).toBe(true);
    for (const e of timeline.events)
      for (const s of e.sources) {
        expect(s.passage.start <= s.mention.start && s.mention.end <= s.passage.end).toBe(true);
        expect(textOf(s.document).slice(s.mention.start, s.mention.end)).toBe(s.mention.text);
        expect(passage(s)).toBe(passage(s).trim());
      }
  });

  it('labels every event in 2 to 6 words that are not its date', () => {
    for (const e of timeline.events) {
      const words = e.label.split(/\s+/);
      expect(words.length, e.label).toBeGreaterThanOrEqual(2);
      expect(words.length, e.label).toBeLessThanOrEqual(6);
      for (const s of e.sources) expect(e.label.includes(s.mention.text), e.label).toBe(false);
    }
  });

  it('makes no event from page chrome, and marks every source in a reader comment', () => {
    for (const e of timeline.events)
      for (const s of e.sources) {
        const doc = docs.find((d) => d.id === s.document)!;
        const block = layoutDocument(doc.text, doc.title).find((b) => b.start <= s.mention.start && s.mention.end <= b.end);
        expect(block?.kind === 'body' || block?.kind === 'title' || block?.kind === 'comment').toBe(true);
        expect(s.comment ?? false).toBe(block!.kind === 'comment');
        expect(passage(s)).not.toMatch(/WordPress|Leave a Reply|Add yours|thoughts? on/);
      }
    expect(eventWith('1929', RUPTURE, '1929').sources[0]!.comment).toBe(true);
  });

  it('makes no event of "now", "today" or "currently" by themselves', () => {
    const texts = timeline.events.flatMap((e) => e.sources.map((s) => s.mention.text.toLowerCase()));
    expect(texts.filter((t) => /^(now|today|currently|at the moment)$/.test(t))).toEqual([]);
  });

  it('marks the comment areas of the scraped pages', () => {
    const comments = (id: string) => {
      const d = docs.find((x) => x.id === id)!;
      return layoutDocument(d.text, d.title)
        .filter((b) => b.kind === 'comment')
        .map((b) => d.text.slice(b.start, b.end).split('\n')[0]!.slice(0, 30));
    };
    expect(comments(TOUGH)).toEqual(['1. Mr Lendman']);
    const tough = docs.find((d) => d.id === TOUGH)!;
    const thread = layoutDocument(tough.text, tough.title).filter((b) => b.kind === 'comment');
    expect(tough.text.slice(thread[0]!.end - 20, thread[0]!.end)).toBe('Ticking time Bomb..!');
    expect(comments(BIDEN)).toEqual([
      '1. Putin should walk away from',
      '2. It’s not the Americans that',
      '3. indeed, according to Dr.Pau',
      '4. The action Russia is consid',
    ]);
    expect(comments(LAVROV)).toEqual([]);
    expect(comments(PUTIN)).toEqual([]);
    expect(comments(RUPTURE)).toEqual(['1. “The chance of their turnin']);
  });
});
