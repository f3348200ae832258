import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTimeline } from '../../../scripts/generate-timeline';
import { TIMELINE_SCHEMA, validateTimeline, type Timeline } from '../../../src/schema/timeline';
import { LineFramedParser, stringifyLineFramed } from '../../../src/schema/line-framed-json';
import { checkRow, EVENT_COLUMNS, ROWS_SCHEMA, RowsRead, rowsReader, soundRow, SOURCE_COLUMNS, toRows } from '../../../src/schema/timeline-rows';

function sample(): Timeline {
  return {
    schema: TIMELINE_SCHEMA,
    generated: '2026-12-01T00:00:00.000Z',
    documents: [
      { id: 'a', file: 'data/a.txt', title: 'A', published: '2022-01-11', url: null, text: 'Talks on Monday. In 1997, the Act.' },
      { id: 'b', file: 'data/b.txt', title: 'B', published: null, text: 'Comment: since 1997.' },
    ],
    events: [
      {
        id: 'e1',
        label: 'Talks',
        date: { value: '2022-01-10', start: '2022-01-10', end: '2022-01-11', precision: 'day', approximate: false },
        sources: [{ document: 'a', passage: { start: 0, end: 16 }, mention: { start: 6, end: 15, text: 'on Monday' }, rule: 'weekday-by-tense' }],
        salience: 2.5,
      },
      {
        id: 'e2',
        label: 'Founding Act',
        date: { value: '1997', start: '1997-01-01', end: '1998-01-01', precision: 'year', approximate: true },
        sources: [
          { document: 'a', passage: { start: 17, end: 34 }, mention: { start: 20, end: 24, text: '1997' } },
          { document: 'b', passage: { start: 0, end: 20 }, mention: { start: 15, end: 19, text: '1997' }, comment: true },
        ],
      },
    ],
    unresolved: [{ document: 'b', mention: { start: 0, end: 0, text: '' }, reason: 'test' }],
    problems: [{ file: 'data/x.bin', problem: 'binary', severity: 'warning' }],
  };
}

/** The rows form as a reader gets it: through JSON. */
const written = (t: Timeline) => JSON.parse(JSON.stringify(toRows(t))) as Record<string, unknown> & { events: { rows: unknown[][] } };

describe('toRows', () => {
  it('writes each event as one row and each source as one row, leaving off a missing rule and comment', () => {
    expect(written(sample())).toEqual({
      schema: ROWS_SCHEMA,
      generated: '2026-12-01T00:00:00.000Z',
      documents: sample().documents,
      events: {
        columns: [...EVENT_COLUMNS],
        sourceColumns: [...SOURCE_COLUMNS],
        rows: [
          ['e1', 'Talks', '2022-01-10', '2022-01-10', '2022-01-11', 'day', 0, 2.5, [[0, 0, 16, 6, 15, 'on Monday', 'weekday-by-tense']]],
          ['e2', 'Founding Act', '1997', '1997-01-01', '1998-01-01', 'year', 1, null, [[0, 17, 34, 20, 24, '1997'], [1, 0, 20, 15, 19, '1997', null, 1]]],
        ],
      },
      unresolved: sample().unresolved,
      problems: sample().problems,
    });
  });

  it('is read back by validateTimeline as the same timeline, in object form', () => {
    expect(validateTimeline(written(sample()))).toEqual({ ok: true, timeline: sample() });
  });

  it('round-trips a generated timeline of 2,000 events exactly, in 56% of the bytes', () => {
    const t = generateTimeline({ events: 2000, seed: 7 });
    const objects = JSON.stringify(t).length;
    const rows = JSON.stringify(toRows(t)).length;
    expect(validateTimeline(JSON.parse(JSON.stringify(toRows(t))))).toEqual({ ok: true, timeline: JSON.parse(JSON.stringify(t)) });
    expect(Math.round((100 * rows) / objects)).toBe(56);
  });
});

describe('validateTimeline on the rows form', () => {
  const errorsOf = (edit: (file: ReturnType<typeof written>) => void) => {
    const file = written(sample());
    edit(file);
    const result = validateTimeline(file);
    return result.ok ? [] : result.errors;
  };

  it('refuses another column layout instead of misreading it', () => {
    expect(errorsOf((f) => (f.events as unknown as { columns: string[] }).columns.reverse())).toEqual([
      `events.columns must be ${JSON.stringify(EVENT_COLUMNS)}`,
    ]);
    expect(errorsOf((f) => ((f.events as unknown as { sourceColumns: string[] }).sourceColumns = ['document']))).toEqual([
      `events.sourceColumns must be ${JSON.stringify(SOURCE_COLUMNS)}`,
    ]);
    expect(errorsOf((f) => (f.events = [] as never))).toEqual(['events must be an object with columns, sourceColumns and rows']);
  });

  it('names the row and the column of every bad cell', () => {
    expect(
      errorsOf((f) => {
        const [e1, e2] = f.events.rows as unknown[][];
        e1![3] = '10 January 2022';
        e1![5] = 'fortnight';
        e1![6] = true;
        e2![7] = 'high';
        (e2![8] as unknown[][])[1]![0] = 2;
        (e2![8] as unknown[][])[1]![1] = 30;
        (e2![8] as unknown[][])[1]![7] = 2;
      }),
    ).toEqual([
      'events.rows[0].start must be a YYYY-MM-DD date',
      'events.rows[0].precision must be one of day, week, month, quarter, season, half, year, decade, century',
      'events.rows[0].approximate must be 0 or 1',
      'events.rows[1].salience must be a number or null',
      'events.rows[1].sources[1].document must be the position of a document, 0 to 1',
      'events.rows[1].sources[1]: the passage starts after it ends',
      'events.rows[1].sources[1].comment must be 0 or 1',
    ]);
  });

  it('refuses rows and source rows of the wrong length', () => {
    expect(
      errorsOf((f) => {
        f.events.rows[0]!.pop();
        ((f.events.rows[1]![8] as unknown[][])[0] as unknown[]).length = 5;
      }),
    ).toEqual([
      'events.rows[0] must be an array of 9 values (id, label, value, start, end, precision, approximate, salience, sources)',
      'events.rows[1].sources[0] must be an array of 6 to 8 values (document, passageStart, passageEnd, mentionStart, mentionEnd, mentionText, rule, comment)',
    ]);
  });

  it('still checks documents, ids and the other lists as in the object form', () => {
    expect(
      errorsOf((f) => {
        f.events.rows[1]![0] = 'e1';
        (f.problems as Array<{ severity: string }>)[0]!.severity = 'fatal';
      }),
    ).toEqual(['problems[0].severity must be "error" or "warning"']);
    expect(errorsOf((f) => (f.events.rows[1]![0] = 'e1'))).toEqual(['events[1].id "e1" is used twice']);
    expect(errorsOf((f) => ((f.documents as Array<{ title: unknown }>)[1]!.title = 3))).toEqual(['documents[1].title must be a string']);
  });

  it('stops after 20 messages on a file of bad rows', () => {
    expect(errorsOf((f) => (f.events.rows = Array.from({ length: 50 }, () => ['x'])))).toHaveLength(20);
  });
});

describe('rows read while the file arrives (rowsReader)', () => {
  /** The file line-framed, fed to a parser with the rows reader in pieces of `size` characters. */
  function readInPieces(file: unknown, size = 37): unknown {
    const text = stringifyLineFramed(file);
    const parser = new LineFramedParser(rowsReader());
    for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size));
    return parser.finish();
  }
  const edited = (edit: (file: ReturnType<typeof written>) => void) => {
    const file = written(sample());
    edit(file);
    return file;
  };
  const asParsed = (file: unknown) => validateTimeline(JSON.parse(JSON.stringify(file)));

  it('turns the rows into events as they arrive, and validateTimeline takes them', () => {
    const read = readInPieces(written(sample())) as { events: { rows: unknown } };
    expect(read.events.rows).toBeInstanceOf(RowsRead);
    expect(validateTimeline(read)).toEqual({ ok: true, timeline: sample() });
  });

  it('gives the timeline of a generated file of 2,000 events that the whole parse gives', () => {
    const file = toRows(generateTimeline({ events: 2000, seed: 3 }));
    expect(validateTimeline(readInPieces(file, 4096))).toEqual(asParsed(file));
  });

  it.each([
    ['bad cells', (f: ReturnType<typeof written>) => {
      const [e1, e2] = f.events.rows as unknown[][];
      e1![3] = '10 January 2022';
      e2![7] = 'high';
      (e2![8] as unknown[][])[1]![0] = 2;
    }],
    ['a row of the wrong length', (f: ReturnType<typeof written>) => f.events.rows[0]!.pop()],
    ['an id used twice', (f: ReturnType<typeof written>) => (f.events.rows[1]![0] = 'e1')],
    ['a bad document', (f: ReturnType<typeof written>) => ((f.documents as Array<{ id: unknown }>)[1]!.id = 3)],
    ['50 bad rows', (f: ReturnType<typeof written>) => (f.events.rows = Array.from({ length: 50 }, () => ['x']))],
  ])('reports %s with the messages of the whole parse', (_name, edit) => {
    const file = edited(edit);
    const result = validateTimeline(readInPieces(file));
    expect(result.ok).toBe(false);
    expect(result).toEqual(asParsed(file));
  });

  it('keeps the rows as parsed under another column layout, which validateTimeline then refuses', () => {
    const file = edited((f) => (f.events as unknown as { columns: string[] }).columns.reverse());
    const read = readInPieces(file) as { events: { rows: unknown } };
    expect(Array.isArray(read.events.rows)).toBe(true);
    expect(validateTimeline(read)).toEqual(asParsed(file));
  });

  it('leaves the object form and text off the line convention as JSON.parse makes them', () => {
    expect(readInPieces(sample())).toEqual(JSON.parse(JSON.stringify(sample())));
    const parser = new LineFramedParser(rowsReader());
    parser.push(JSON.stringify(written(sample()), null, 2));
    expect(parser.finish()).toEqual(JSON.parse(JSON.stringify(written(sample()))));
  });
});

describe('the inline test of sound rows (soundRow) and the cell-by-cell check (checkRow)', () => {
  const ids = ['a', 'b'];
  const good = written(sample()).events.rows;
  /** Values a JSON file can hold in a cell, sound ones and near misses. */
  const cell = fc.oneof(
    fc.constantFrom<unknown>(0, 1, 2, -1, 0.5, 1000.5, 1e21, '', 'x', '7', '2022-01-10', '+012022-01-10', '2022-1-10', 'day', 'decade', 'fortnight', null, true, false, [], {}),
    fc.jsonValue(),
  );
  /** A sound row with some cells, source cells or lengths changed. */
  const row = fc.tuple(fc.constantFrom(...good), fc.array(fc.tuple(fc.nat(9), fc.nat(8), fc.option(cell), fc.boolean()), { maxLength: 3 })).map(([base, edits]) => {
    const r = structuredClone(base) as unknown[];
    for (const [k, j, value, inSource] of edits) {
      const sources = r[8];
      const target = inSource && Array.isArray(sources) && sources.length ? (sources[j % sources.length] as unknown[]) : r;
      if (!Array.isArray(target)) continue;
      if (value === null) target.length = Math.max(0, target.length - 1);
      else target[inSource ? j : k] = value;
    }
    return r;
  });

  it('agree on every row: the fast path is taken exactly when the check finds nothing', () => {
    fc.assert(
      fc.property(fc.oneof(row, cell), (r) => {
        const errors: string[] = [];
        checkRow(r, () => 'row', ids, errors);
        expect(soundRow(r, ids)).toBe(errors.length === 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('pass the rows of a generated timeline of 2,000 events', () => {
    const t = generateTimeline({ events: 2000, seed: 3 });
    const docIds = t.documents.map((d) => d.id);
    expect(toRows(t).events.rows.every((r) => soundRow(JSON.parse(JSON.stringify(r)), docIds))).toBe(true);
  });
});
