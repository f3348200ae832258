/**
 * A tiny static file server for browser tests and benchmarks: serves a folder on 127.0.0.1 at a
 * free port. Extra routes let a test serve generated JSON or host pages without touching disk.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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
}

export interface StaticServer {
  url: string;
  origin: string;
  /** Requests seen, as paths with query, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Answer clients that accept gzip with gzip, as `vite preview` (`npm start`) and static hosts do,
   * so that a benchmark measures what a reader's browser receives. Bodies are compressed once and
   * kept, like precompressed `.gz` files; a route that sets its own content-encoding is sent as is.
   */
  gzip?: boolean;
}

const COMPRESSIBLE = /text|javascript|json|svg/;

export async function serveStatic(root: string, routes: Record<string, Route> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const gzipped = new Map<string, Buffer>();
  // Routes are compressed up front, so that no measured request waits for the compression.
  if (options.gzip)
    for (const [pathname, route] of table)
      if (COMPRESSIBLE.test(route.type ?? 'text/html') && !route.headers?.['content-encoding']) gzipped.set(`route:${pathname}`, gzipSync(route.body));
  /** Sends a whole body, gzipped when the options, the client and the type allow it. */
  const send = (req: IncomingMessage, res: ServerResponse, key: string, body: string | Buffer, headers: Record<string, string>) => {
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && !headers['content-encoding'] && COMPRESSIBLE.test(headers['content-type'] ?? '') && body.length >= 1024) {
      let packed = gzipped.get(key);
      if (!packed) gzipped.set(key, (packed = gzipSync(body)));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(packed.length), vary: 'Accept-Encoding' });
      res.end(packed);
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = table.get(url.pathname);
    if (route) {
      send(req, res, `route:${url.pathname}`, route.body, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
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
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (options.gzip) {
        send(req, res, `file:${file}:${info.mtimeMs}`, await readFile(file), { 'content-type': type });
        return;
      }
      res.writeHead(200, { 'content-type': type, 'content-length': info.size });
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
