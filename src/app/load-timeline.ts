/** Fetches and validates a timeline JSON; every failure becomes a message a reader understands. */
import { LineFramedParser, type ReaderFor } from '../schema/line-framed-json';
import { rowsReader } from '../schema/timeline-rows';
import { validateTimeline, type Timeline } from '../schema/timeline';

export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; message: string };

export async function loadTimeline(src: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetcher(src);
  } catch (error) {
    return { ok: false, message: `Could not load ${src}: ${(error as Error).message}` };
  }
  if (!response.ok) return { ok: false, message: `Could not load ${src}: HTTP ${response.status}` };
  performance.mark('sourceline:fetched');
  let data: unknown;
  try {
    // A rows file's event rows become events while the rest downloads (RowsRead).
    data = await readJson(response, rowsReader());
  } catch (error) {
    // A connection lost halfway is no fault of the file: say so, not "not valid JSON".
    if (!(error instanceof SyntaxError)) return { ok: false, message: `Could not load ${src}: the download broke off (${(error as Error).message})` };
    return { ok: false, message: `${src} is not valid JSON.` };
  }
  performance.mark('sourceline:parsed');
  const result = validateTimeline(data);
  performance.mark('sourceline:validated');
  if (!result.ok) return { ok: false, message: `${src} is not a Sourceline timeline: ${result.errors.slice(0, 3).join('; ')}` };
  return result;
}

/**
 * Parses the body while it downloads: the CLI writes timelines line-framed (one document, one
 * event row per line), so each chunk's complete lines are parsed while the next chunks are still
 * on the wire, and only the last chunk's lines are left once the last byte is in. Any other JSON
 * is parsed whole at the end, with the same result. `readerFor` may read framed arrays as they
 * arrive (see LineFramedParser).
 */
export async function readJson(response: Response, readerFor?: ReaderFor): Promise<unknown> {
  if (!response.body) return JSON.parse(await response.text());
  const parser = new LineFramedParser(readerFor);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parser.push(decoder.decode(chunk.value, { stream: true }));
  parser.push(decoder.decode());
  return parser.finish();
}
