import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptElements, LineFramedParser, stringifyLineFramed } from '../../../src/schema/line-framed-json';

/** Feeds `text` to a parser cut at `cuts` (sorted positions) and returns its result or its error. */
function parseInPieces(text: string, cuts: number[] = []): { value: unknown } | { error: string } {
  const parser = new LineFramedParser();
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    parser.push(text.slice(from, cut));
    from = cut;
  }
  try {
    return { value: parser.finish() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

function wholeParse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** A text with the cut positions a reader could get it in. */
const cutsOf = (text: string) => fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b));

const TIMELINE_LIKE = {
  schema: 'sourceline/timeline@2',
  documents: [
    { id: 'a', text: 'Line one.\nLine two, with "quotes" and [brackets'},
    { id: 'b', text: '' },
  ],
  events: { columns: ['id', 'label'], rows: [['e1', 'Talks', [[0, 1, 2]]], ['e2', '[', []]] },
  unresolved: [],
  problems: [{ file: 'x.bin', message: 'binary' }],
};

describe('stringifyLineFramed', () => {
  it('writes arrays of objects or arrays one element per line, down to the rows of events', () => {
    expect(stringifyLineFramed(TIMELINE_LIKE)).toBe(
      [
        '{"schema":"sourceline/timeline@2","documents":[',
        '{"id":"a","text":"Line one.\\nLine two, with \\"quotes\\" and [brackets"},',
        '{"id":"b","text":""}',
        '],"events":{"columns":["id","label"],"rows":[',
        '["e1","Talks",[[0,1,2]]],',
        '["e2","[",[]]',
        ']},"unresolved":[],"problems":[',
        '{"file":"x.bin","message":"binary"}',
        ']}',
      ].join('\n'),
    );
  });

  it('means exactly what JSON.stringify means, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(stringifyLineFramed(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out undefined members as JSON.stringify does', () => {
    expect(stringifyLineFramed({ a: undefined, b: [{ c: undefined }, undefined] })).toBe('{"b":[\n{},\nnull\n]}');
  });
});

describe('LineFramedParser', () => {
  it('parses a framed timeline cut anywhere, also inside a line or a surrogate pair', () => {
    const text = stringifyLineFramed({ ...TIMELINE_LIKE, documents: [{ id: 'é', text: 'Zürich — 東京 😀' }] });
    for (let cut = 0; cut <= text.length; cut++) expect(parseInPieces(text, [cut])).toEqual({ value: JSON.parse(text) });
  });

  it('parses each complete element line as it arrives, before the text is complete', () => {
    const text = stringifyLineFramed(TIMELINE_LIKE);
    const seen: number[] = [];
    let parsed = 0;
    const parser = new LineFramedParser(() => {
      const kept = new KeptElements();
      return { add: (elements) => ((parsed += elements.length), kept.add(elements)), result: () => kept.result() };
    });
    for (const line of text.split(/(?<=\n)/)) {
      parser.push(line);
      seen.push(parsed);
    }
    // The lines of the documents, the rows and the problems; each counts once its newline is in.
    expect(seen).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 5]);
    expect(parser.finish()).toEqual(TIMELINE_LIKE);
  });

  it("puts what a caller's reader makes of a framed array in its place; text off the convention comes as parsed", () => {
    const upper = (line: string) =>
      line.endsWith('"documents":[')
        ? { ids: [] as unknown[], add(elements: unknown[]) { for (const e of elements) this.ids.push((e as { id: string }).id.toUpperCase()); }, result() { return this.ids; } }
        : undefined;
    const framed = new LineFramedParser(upper);
    framed.push(stringifyLineFramed(TIMELINE_LIKE));
    expect(framed.finish()).toEqual({ ...TIMELINE_LIKE, documents: ['A', 'B'] });
    const whole = new LineFramedParser(upper);
    whole.push(JSON.stringify(TIMELINE_LIKE, null, 1));
    expect(whole.finish()).toEqual(TIMELINE_LIKE);
  });

  it('agrees with JSON.parse on framed texts of any JSON value, in any pieces', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().map(stringifyLineFramed).chain((text) => fc.tuple(fc.constant(text), cutsOf(text))),
        ([text, cuts]) => {
          expect(parseInPieces(text, cuts)).toEqual(wholeParse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on framed texts with characters dropped, repeated or inserted', () => {
    const edits = fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('drop', 'repeat', ',', '\n', ']', '[', '"', ' ', '1', '\\u0000', '"\\u0000framed-array:0"')),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.jsonValue().map(stringifyLineFramed), edits, fc.nat(), (text, changes, cut) => {
        let edited = text;
        for (const [at, change] of changes) {
          const i = at % (edited.length + 1);
          if (change === 'drop') edited = edited.slice(0, i) + edited.slice(i + 1);
          else if (change === 'repeat') edited = edited.slice(0, i) + edited.slice(i, i + 1) + edited.slice(i);
          else edited = edited.slice(0, i) + change + edited.slice(i);
        }
        expect(parseInPieces(edited, [cut % (edited.length + 1)])).toEqual(wholeParse(edited));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a missing comma between elements', '{"a":[\n1\n2\n]}'],
    ['a trailing comma before the close', '{"a":[\n1,\n]}'],
    ['a trailing comma then a blank line', '{"a":[\n1,\n\n]}'],
    ['an unclosed framed array', '{"a":[\n1,\n2'],
    ['an element that spans lines', '{"a":[\n[1,\n2]\n]}'],
  ])('gives the whole-text answer for %s', (_case, text) => {
    expect(parseInPieces(text)).toEqual(wholeParse(text));
  });

  it('does not let a forged placeholder stand for a framed array', () => {
    const text = '{"x":[\n[1]\n],"x":["\\u0000framed-array:0"]}';
    expect(parseInPieces(text)).toEqual({ value: { x: ['\u0000framed-array:0'] } });
  });

  it('puts framed arrays back under integer-like keys, which objects list first', () => {
    const text = '{"b":[\n{"v":"b"}\n],"10":[\n{"v":"10"}\n]}';
    expect(parseInPieces(text)).toEqual({ value: { b: [{ v: 'b' }], 10: [{ v: '10' }] } });
  });

  it('reads plain one-line JSON too', () => {
    expect(parseInPieces('{"a":[1,2],"b":{"c":[{"d":1}]}}', [3, 9])).toEqual({ value: { a: [1, 2], b: { c: [{ d: 1 }] } } });
  });
});
