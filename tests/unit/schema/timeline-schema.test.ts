import { describe, expect, it } from 'vitest';
import { TIMELINE_SCHEMA, validateTimeline, type Timeline } from '../../../src/schema/timeline';

function sample(): Timeline {
  return {
    schema: TIMELINE_SCHEMA,
    documents: [{ id: 'a', file: 'data/a.txt', title: 'A', published: '2022-01-11', url: null, text: 'Talks on Monday.' }],
    events: [
      {
        id: 'e1',
        label: 'Talks',
        date: { value: '2022-01-10', start: '2022-01-10', end: '2022-01-11', precision: 'day', approximate: false },
        sources: [{ document: 'a', passage: { start: 0, end: 16 }, mention: { start: 6, end: 15, text: 'on Monday' } }],
        salience: 1,
      },
    ],
    unresolved: [],
    problems: [{ file: 'data/x.bin', problem: 'binary', severity: 'warning' }],
  };
}

describe('validateTimeline', () => {
  it('accepts a well-formed timeline and returns it', () => {
    const t = sample();
    const result = validateTimeline(t);
    expect(result).toEqual({ ok: true, timeline: t });
  });

  it('accepts dates outside 0000-9999 in ISO expanded form', () => {
    const t = sample();
    t.events[0]!.date = { value: 'BC0299', start: '-000299-01-01', end: '-000298-01-01', precision: 'year', approximate: false };
    expect(validateTimeline(t).ok).toBe(true);
  });

  it('rejects another schema version with a message naming both', () => {
    expect(validateTimeline({ ...sample(), schema: 'sourceline/timeline@3' })).toEqual({
      ok: false,
      errors: ['unsupported schema "sourceline/timeline@3": this viewer reads "sourceline/timeline@1" and "sourceline/timeline@2"'],
    });
  });

  it('rejects non-objects', () => {
    expect(validateTimeline([])).toEqual({ ok: false, errors: ['the timeline must be a JSON object'] });
    expect(validateTimeline(null)).toEqual({ ok: false, errors: ['the timeline must be a JSON object'] });
  });

  it('names the path of each wrong field', () => {
    const t = sample() as unknown as { events: Array<Record<string, unknown>> };
    t.events[0]!.date = { value: '2022', start: '2022-1-1', end: '2023-01-01', precision: 'fortnight', approximate: 'no' };
    expect(validateTimeline(t)).toEqual({
      ok: false,
      errors: [
        'events[0].date.start must be a YYYY-MM-DD date',
        'events[0].date.precision must be one of day, week, month, quarter, season, half, year, decade, century',
        'events[0].date.approximate must be true or false',
      ],
    });
  });

  it('rejects passages whose start is after their end and negative offsets', () => {
    const t = sample();
    t.events[0]!.sources[0]!.passage = { start: 10, end: 2 };
    t.events[0]!.sources[0]!.mention.start = -1;
    expect(validateTimeline(t)).toEqual({
      ok: false,
      errors: ['events[0].sources[0].passage starts after it ends', 'events[0].sources[0].mention.start must be a non-negative integer'],
    });
  });

  it('checks that sources name known documents and that event ids are unique', () => {
    const t = sample();
    t.events.push({ ...t.events[0]!, sources: [{ ...t.events[0]!.sources[0]!, document: 'ghost' }] });
    expect(validateTimeline(t)).toEqual({
      ok: false,
      errors: ['events[1].id "e1" is used twice', 'events[1].sources[0].document "ghost" is not a known document'],
    });
  });

  it('requires the four top-level arrays', () => {
    expect(validateTimeline({ schema: TIMELINE_SCHEMA })).toEqual({
      ok: false,
      errors: ['documents must be an array', 'events must be an array', 'unresolved must be an array', 'problems must be an array'],
    });
  });

  it('stops listing errors after twenty', () => {
    const t = sample() as unknown as { events: unknown[] };
    t.events = Array.from({ length: 50 }, () => 7);
    const result = validateTimeline(t);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(20);
  });
  // One wrong field at a time, each named by its full path.
  const broken: Array<[string, (e: Record<string, any>) => void, string]> = [
    ['id', (e) => (e.id = 1), 'events[0].id must be a string'],
    ['label', (e) => delete e.label, 'events[0].label must be a string'],
    ['salience', (e) => (e.salience = Infinity), 'events[0].salience must be a number'],
    ['date', (e) => (e.date = '2022'), 'events[0].date must be an object'],
    ['date.value', (e) => (e.date.value = null), 'events[0].date.value must be a string'],
    ['date.start', (e) => (e.date.start = '2022-01-1x'), 'events[0].date.start must be a YYYY-MM-DD date'],
    ['date.end', (e) => (e.date.end = '+123-01-01'), 'events[0].date.end must be a YYYY-MM-DD date'],
    ['date.precision', (e) => (e.date.precision = 'Day'), 'events[0].date.precision must be one of day, week, month, quarter, season, half, year, decade, century'],
    ['date.approximate', (e) => (e.date.approximate = 0), 'events[0].date.approximate must be true or false'],
    ['sources', (e) => (e.sources = {}), 'events[0].sources must be an array'],
    ['source', (e) => (e.sources = [null]), 'events[0].sources[0] must be an object'],
    ['source.document', (e) => (e.sources[0].document = 3), 'events[0].sources[0].document must be a string'],
    ['passage', (e) => (e.sources[0].passage = [0, 16]), 'events[0].sources[0].passage must be an object'],
    ['passage.end', (e) => (e.sources[0].passage.end = 1.5), 'events[0].sources[0].passage.end must be a non-negative integer'],
    ['mention order', (e) => (e.sources[0].mention.end = 2), 'events[0].sources[0].mention starts after it ends'],
    ['mention.text', (e) => delete e.sources[0].mention.text, 'events[0].sources[0].mention.text must be a string'],
  ];
  it.each(broken)('rejects an event with a wrong %s and names it', (_field, breakIt, message) => {
    const t = sample();
    breakIt(t.events[0] as unknown as Record<string, any>);
    expect(validateTimeline(t)).toEqual({ ok: false, errors: [message] });
  });

  it('accepts an event whose optional salience is absent', () => {
    const t = sample();
    delete t.events[0]!.salience;
    expect(validateTimeline(t).ok).toBe(true);
  });
});
