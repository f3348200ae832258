import { describe, expect, it } from 'vitest';
import { loadTimeline, readJson } from '../../../src/app/load-timeline';
import { TIMELINE_SCHEMA } from '../../../src/schema/timeline';

const timeline = { schema: TIMELINE_SCHEMA, documents: [], events: [], unresolved: [], problems: [] };
const serve = (body: string, status = 200) => async () => new Response(body, { status });

describe('readJson', () => {
  it('decodes UTF-8 bytes and drops a byte-order mark, as response.json() does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"label":"Genève – 10 janvier"}')]);
    expect(await readJson(new Response(bytes))).toEqual({ label: 'Genève – 10 janvier' });
  });

  it('throws on a body that is not JSON', async () => {
    await expect(readJson(new Response('{"events": ['))).rejects.toThrow(SyntaxError);
  });
});

describe('loadTimeline', () => {
  it('returns the validated timeline', async () => {
    expect(await loadTimeline('t.json', serve(JSON.stringify(timeline)))).toEqual({ ok: true, timeline });
  });

  it('names the file when the body is not JSON', async () => {
    expect(await loadTimeline('t.json', serve('<html>'))).toEqual({ ok: false, message: 't.json is not valid JSON.' });
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
