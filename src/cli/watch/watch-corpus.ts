/**
 * Watch mode: re-extracts the corpus whenever a file under it changes. Each extraction is the real
 * `sourceline extract` in a child process, so a file that turns bad mid-edit becomes a problem in
 * its output (or, when nothing can be read, a failed run that keeps the previous timeline) and
 * can never crash the watcher or the dev server around it.
 */
import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RebuildQueue } from './rebuild-queue';

const BIN = fileURLToPath(new URL('../../../bin/sourceline.js', import.meta.url));

export interface ExtractRun {
  ok: boolean;
  /** What the CLI printed on stderr: problems, then the summary or the failure. */
  output: string;
  /** The file that triggered the run, or null for the first run. */
  changed: string | null;
}

export interface WatchOptions {
  inputs: string[];
  out: string;
  onRun: (run: ExtractRun) => void;
  delayMs?: number;
  /** Extra CLI arguments, e.g. ['--max-size', '5MB']. */
  args?: string[];
}

export interface CorpusWatcher {
  /** Resolves after the first extraction. */
  ready: Promise<void>;
  /** Resolves when no extraction is pending or running. */
  idle(): Promise<void>;
  close(): void;
}

/** Editor swap and backup files are not documents; their churn should not cause rebuilds. */
const isScratch = (name: string) => /(^|[\\/])(\.[^\\/]*|[^\\/]*~|#[^\\/]*#)$/.test(name);

function extractOnce(options: WatchOptions): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'extract', ...options.inputs, '--out', options.out, ...(options.args ?? [])], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `could not start sourceline extract: ${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

export function watchCorpus(options: WatchOptions): CorpusWatcher {
  let changed: string | null = null;
  const queue = new RebuildQueue(async () => {
    const trigger = changed;
    changed = null;
    options.onRun({ ...(await extractOnce(options)), changed: trigger });
  }, options.delayMs);
  const watchers: FSWatcher[] = options.inputs.map((input) =>
    watch(input, { recursive: true }, (_event, name) => {
      if (name && isScratch(name.toString())) return;
      changed = name ? path.join(input, name.toString()) : input;
      queue.trigger();
    }).on('error', () => queue.trigger()),
  );
  queue.trigger();
  const ready = queue.idle();
  return {
    ready,
    idle: () => queue.idle(),
    close() {
      queue.close();
      for (const w of watchers) w.close();
    },
  };
}
