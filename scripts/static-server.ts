/**
 * A tiny static file server for browser tests and benchmarks: serves a folder on 127.0.0.1 at a
 * free port. Extra routes let a test serve generated JSON or host pages without touching disk.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
  /** Send the body in pieces of this many bytes, `pieceDelayMs` apart: a slow network, for tests. */
  pieceBytes?: number;
  pieceDelayMs?: number;
}

async function sendInPieces(res: ServerResponse, body: Buffer, size: number, delayMs: number): Promise<void> {
  for (let at = 0; at < body.length; at += size) {
    res.write(body.subarray(at, at + size));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  res.end();
}

export interface StaticServer {
  url: string;
  origin: string;
  /** Requests seen, as paths with query, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function serveStatic(root: string, routes: Record<string, Route> = {}): Promise<StaticServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = table.get(url.pathname);
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
      if (route.pieceBytes) await sendInPieces(res, Buffer.from(route.body), route.pieceBytes, route.pieceDelayMs ?? 0);
      else res.end(route.body);
      return;
    }
    const file = path.join(root, decodeURIComponent(url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname));
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    requests,
    routes: table,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
