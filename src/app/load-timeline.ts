/** Fetches and validates a timeline JSON; every failure becomes a message a reader understands. */
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
    data = await readJson(response);
  } catch {
    return { ok: false, message: `${src} is not valid JSON.` };
  }
  performance.mark('sourceline:parsed');
  const result = validateTimeline(data);
  performance.mark('sourceline:validated');
  if (!result.ok) return { ok: false, message: `${src} is not a Sourceline timeline: ${result.errors.slice(0, 3).join('; ')}` };
  return result;
}

/**
 * The body as bytes, decoded once and parsed: in Chromium `response.json()` decodes the body chunk
 * by chunk on the main thread while it downloads, which for a 45 MB timeline costs more than the
 * download itself; `arrayBuffer()` collects it off the main thread.
 */
export async function readJson(response: Response): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await response.arrayBuffer()));
}
