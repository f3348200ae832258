/**
 * `npm run dev`: the Vite dev server plus watch mode. Extracts `data/` into `public/timeline.json`,
 * serves the app, and re-extracts whenever a file in `data/` changes; after each extraction the
 * open page reloads and shows the new timeline. Problems (a file that turned bad mid-edit) are
 * printed here and listed in the timeline; when nothing can be read the previous timeline stays.
 *
 *   npm run dev                       # data/ → public/timeline.json, http://127.0.0.1:5173/
 *   npm run dev -- --port 5200 notes/ # another folder, another port
 *   npm run dev -- --public /tmp/pub  # serve /tmp/pub as the public folder (timeline.json goes there)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';
import { watchCorpus, type ExtractRun } from '../src/cli/watch/watch-corpus';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { port: { type: 'string' }, public: { type: 'string' }, 'max-size': { type: 'string' } },
});
const publicDir = path.resolve(values.public ?? 'public');
const out = path.join(publicDir, 'timeline.json');
const inputs = positionals.length ? positionals : ['data'];
const time = () => new Date().toLocaleTimeString();

let server: ViteDevServer | null = null;

function report(run: ExtractRun): void {
  const lines = run.output.trim().split('\n').filter(Boolean);
  const why = run.changed ? ` (${run.changed} changed)` : '';
  process.stderr.write(`\n[${time()}] sourceline extract${why}\n`);
  for (const line of lines) process.stderr.write(`  ${line}\n`);
  if (!run.ok) {
    process.stderr.write(`  the previous timeline is kept; fix the files above and save again\n`);
    return;
  }
  server?.ws.send({ type: 'full-reload', path: '*' });
}

const watcher = watchCorpus({
  inputs,
  out,
  onRun: report,
  args: values['max-size'] ? ['--max-size', values['max-size']] : [],
});
await watcher.ready;

server = await createServer({ publicDir, server: { port: values.port ? Number(values.port) : undefined } });
await server.listen();
server.printUrls();
process.stderr.write(`  watching ${inputs.join(', ')} for changes\n`);

const stop = async () => {
  watcher.close();
  await server?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
