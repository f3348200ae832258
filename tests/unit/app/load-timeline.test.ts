import { describe, expect, it } from 'vitest';
import { loadTimeline, readJson } from '../../../src/app/load-timeline';
import { TIMELINE_SCHEMA, type Timeline, type TimelineDocument, type TimelineEvent } from '../../../src/schema/timeline';
import { stringifyLineFramed } from '../../../src/schema/line-framed-json';
import { toRows } from '../../../src/schema/timeline-rows';

const timeline: Timeline = { schema: TIMELINE_SCHEMA, documents: [], events: [], unresolved: [], problems: [] };
const DOCUMENT: TimelineDocument = { id: 'd', file: 'd.txt', title: 'D', published: '2022-01-11', text: 'Talks on Monday.' };
const EVENT: TimelineEvent = {
  id: 'e',
  label: 'Talks',
  date: { value: '2022-01-10', start: '2022-01-10', end: '2022-01-11', precision: 'day', approximate: false },
  sources: [{ document: 'd', passage: { start: 0, end: 16 }, mention: { start: 6, end: 15, text: 'on Monday' } }],
};
const serve = (body: string, status = 200) => async () => new Response(body, { status });

describe('readJson', () => {
  it('decodes UTF-8 bytes and drops a byte-order mark, as response.json() does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"label":"Genève – 10 janvier"}')]);
    expect(await readJson(new Response(bytes))).toEqual({ label: 'Genève – 10 janvier' });
  });

  it('parses a line-framed body that arrives in pieces cut inside lines and inside characters', async () => {
    const rows = toRows({ ...timeline, documents: [{ ...DOCUMENT, title: 'Genève – 東京' }], events: [EVENT, { ...EVENT, id: 'f' }] });
    const bytes = new TextEncoder().encode(stringifyLineFramed(rows));
    const cuts = [1, bytes.indexOf(0xe2) + 1, bytes.indexOf(0xe6) + 2, bytes.length - 3];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        [0, ...cuts].forEach((from, k) => controller.enqueue(bytes.slice(from, cuts[k] ?? bytes.length)));
        controller.close();
      },
    });
    expect(await readJson(new Response(body))).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('throws on a body that is not JSON', async () => {
    await expect(readJson(new Response('{"events": ['))).rejects.toThrow(SyntaxError);
  });
});

describe('loadTimeline', () => {
  it('returns the validated timeline', async () => {
    expect(await loadTimeline('t.json', serve(JSON.stringify(timeline)))).toEqual({ ok: true, timeline });
  });

  it('reads the rows form the CLI writes into the same timeline', async () => {
    const rows = toRows({ ...timeline, documents: [DOCUMENT], events: [EVENT] });
    expect(await loadTimeline('t.json', serve(JSON.stringify(rows)))).toEqual({ ok: true, timeline: { ...timeline, documents: [DOCUMENT], events: [EVENT] } });
  });

  it('reads a line-framed rows file, its rows read as they arrive, into the same timeline', async () => {
    const rows = toRows({ ...timeline, documents: [DOCUMENT], events: [EVENT, { ...EVENT, id: 'f' }] });
    const result = await loadTimeline('t.json', serve(stringifyLineFramed(rows)));
    expect(result).toEqual({ ok: true, timeline: { ...timeline, documents: [DOCUMENT], events: [EVENT, { ...EVENT, id: 'f' }] } });
    const broken = { ...rows, events: { ...rows.events, rows: [rows.events.rows[0]!, [...rows.events.rows[0]!.slice(0, 3), 'Monday', ...rows.events.rows[0]!.slice(4)]] } };
    expect(await loadTimeline('t.json', serve(stringifyLineFramed(broken)))).toEqual({
      ok: false,
      message: 't.json is not a Sourceline timeline: events.rows[1].start must be a YYYY-MM-DD date',
    });
  });

  it('names the file when the body is not JSON', async () => {
    expect(await loadTimeline('t.json', serve('<html>'))).toEqual({ ok: false, message: 't.json is not valid JSON.' });
  });

  it('tells a download that broke off from a file that is not JSON', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schema":"sourceline/timeline@2","documents":[\n'));
        controller.error(new TypeError('network error'));
      },
    });
    expect(await loadTimeline('t.json', async () => new Response(body))).toEqual({
      ok: false,
      message: 'Could not load t.json: the download broke off (network error)',
    });
  });

  it('names the HTTP status', async () => {
    expect(await loadTimeline('t.json', serve('', 404))).toEqual({ ok: false, message: 'Could not load t.json: HTTP 404' });
  });

  it('says why a JSON file is not a timeline', async () => {
    const result = await loadTimeline('t.json', serve(JSON.stringify({ ...timeline, events: [{ id: 'e1' }] })));
    expect(result).toEqual({
      ok: false,
      message: 't.json is not a Sourceline timeline: events[0].label must be a string; events[0].date must be an object; events[0].sources must be an array',
    });
  });
});
