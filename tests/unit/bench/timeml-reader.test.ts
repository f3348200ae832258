import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTimemlFolder } from '../../../bench/tempeval/read-corpus';
import { readTimeml, unescapeXml } from '../../../bench/tempeval/timeml-reader';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/bench/timebank-aquaint');

const HAND_MADE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3></DCT>
<TITLE>Not <TIMEX3 tid="t99" type="DATE" value="1998">1998</TIMEX3> text</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-05" temporalFunction="true">Monday</TIMEX3> that &lt;Q&amp;A&gt; lasts <TIMEX3 tid="t2" type="DURATION" value="P3D">three &quot;days&quot;</TIMEX3>&#44; &#x41;.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
`;

describe('readTimeml on a hand-made document', () => {
  const doc = readTimeml(HAND_MADE, 'X1');

  it('reads the DCT value from <DCT><TIMEX3 value>', () => {
    expect(doc.dct).toBe('1998-01-08');
  });

  it('keeps only <TEXT>, removes tags, unescapes entities and keeps whitespace', () => {
    expect(doc.text).toBe('\nAT&T said Monday that <Q&A> lasts three "days", A.\n');
  });

  it('gives each TIMEX3 inside <TEXT> as offsets into that text', () => {
    expect(doc.timexes).toEqual([
      { tid: 't1', start: 11, end: 17, text: 'Monday', type: 'DATE', value: '1998-01-05' },
      { tid: 't2', start: 35, end: 47, text: 'three "days"', type: 'DURATION', value: 'P3D' },
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('rejects what it cannot read, naming the document', () => {
    expect(() => readTimeml('<TimeML><TEXT>x</TEXT></TimeML>', 'NoDct')).toThrow('NoDct: no <DCT><TIMEX3 value=...> found');
    expect(() => readTimeml('<DCT><TIMEX3 value="2000-01-01">x</TIMEX3></DCT>', 'NoText')).toThrow('NoText: no <TEXT> element');
    const nested = '<DCT><TIMEX3 value="2000-01-01">x</TIMEX3></DCT><TEXT><TIMEX3 tid="t1">a <TIMEX3 tid="t2">b</TIMEX3></TIMEX3></TEXT>';
    expect(() => readTimeml(nested, 'Nested')).toThrow('Nested: nested TIMEX3 at text offset 2');
    const open = '<DCT><TIMEX3 value="2000-01-01">x</TIMEX3></DCT><TEXT><TIMEX3 tid="t7">a</TEXT>';
    expect(() => readTimeml(open, 'Open')).toThrow('Open: TIMEX3 t7 is never closed');
  });
});

describe('unescapeXml', () => {
  it('unescapes the five named entities and numeric references', () => {
    expect(unescapeXml('&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;')).toBe(`&<>"'éé`);
  });
  it('leaves text without entities alone and refuses unknown entities', () => {
    expect(unescapeXml('a & b; c')).toBe('a & b; c');
    expect(() => unescapeXml('&nbsp;')).toThrow('unknown XML entity &nbsp;');
  });
});

describe('readTimeml on the real TBAQ-cleaned data', () => {
  it('reads an AQUAINT file whose text has an escaped ampersand before its timexes', () => {
    const doc = readTimeml(readFileSync(join(DATA, 'AQUAINT/NYT20000106.0007.tml'), 'utf8'), 'NYT20000106.0007');
    expect(doc.dct).toBe('2000-01-06');
    expect(doc.text.length).toBe(2570);
    expect(doc.text.slice(0, 67)).toBe('\n\nThe New York Times says in an editorial on Thursday, Jan. 6: &QL;');
    expect(doc.timexes.length).toBe(8);
    expect(doc.timexes.slice(0, 3)).toEqual([
      { tid: 't9', start: 45, end: 53, text: 'Thursday', type: 'DATE', value: '2000-01-06' },
      { tid: 't1', start: 55, end: 61, text: 'Jan. 6', type: 'DATE', value: '2000-01-06' },
      { tid: 't3', start: 144, end: 153, text: 'Wednesday', type: 'DATE', value: '2000-01-05' },
    ]);
  });

  it('finds the 1,822 TIMEX3 of TimeBank and AQUAINT, each text slice equal to its tag content', () => {
    let total = 0;
    for (const corpus of ['TimeBank', 'AQUAINT']) {
      const folder = join(DATA, corpus);
      for (const doc of readTimemlFolder(folder)) {
        const xml = readFileSync(join(folder, `${doc.id}.tml`), 'utf8');
        const body = xml.slice(xml.indexOf('<TEXT>'));
        const inner = [...body.matchAll(/<TIMEX3\b[^>]*>([^<]*)<\/TIMEX3>/g)].map((m) => unescapeXml(m[1]!));
        expect(doc.timexes.map((t) => t.text)).toEqual(inner);
        for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        total += doc.timexes.length;
      }
    }
    expect(total).toBe(1822);
  });
});
