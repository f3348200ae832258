import { mkdtemp, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/static-server';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body is not decoded, so that the test sees what travelled. */
function request(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const JSON_BODY = JSON.stringify({ events: Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, label: 'Talks' })) });

let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(gzip: boolean): Promise<StaticServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'sourceline-static-'));
  await writeFile(path.join(root, 'app.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  await writeFile(path.join(root, 'tiny.css'), 'p{color:red}');
  server = await serveStatic(
    root,
    {
      '/t.json': { body: JSON_BODY, type: 'application/json' },
      '/packed.json': { body: Buffer.from('already packed'), type: 'application/json', headers: { 'content-encoding': 'br' } },
    },
    { gzip },
  );
  return server;
}

describe('serveStatic with gzip', () => {
  it('sends a route gzipped to a client that accepts gzip, and the bytes unpack to the body', async () => {
    const s = await start(true);
    const res = await request(`${s.origin}/t.json`, 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(JSON_BODY.length / 4);
    expect(gunzipSync(res.body).toString()).toBe(JSON_BODY);
  });

  it('sends files gzipped too, and the same bytes on a second request', async () => {
    const s = await start(true);
    const first = await request(`${s.origin}/app.js`, 'gzip');
    const second = await request(`${s.origin}/app.js`, 'gzip');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(first.body).toString()).toBe(`console.log(${JSON.stringify('x'.repeat(4000))});`);
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const s = await start(true);
    const res = await request(`${s.origin}/t.json`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(JSON_BODY);
  });

  it('leaves bodies under 1 KB and routes with their own encoding as they are', async () => {
    const s = await start(true);
    const tiny = await request(`${s.origin}/tiny.css`, 'gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('p{color:red}');
    const packed = await request(`${s.origin}/packed.json`, 'gzip');
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.body.toString()).toBe('already packed');
  });

  it('sends plain bytes when gzip is off, whatever the client accepts', async () => {
    const s = await start(false);
    const route = await request(`${s.origin}/t.json`, 'gzip');
    const file = await request(`${s.origin}/app.js`, 'gzip');
    expect(route.headers['content-encoding']).toBeUndefined();
    expect(route.body.toString()).toBe(JSON_BODY);
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(Number(file.headers['content-length'])).toBe(file.body.length);
  });
});
