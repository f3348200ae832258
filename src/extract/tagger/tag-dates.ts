/**
 * Entry point of the temporal tagger: finds the date mentions in a text and values them against a
 * reference date (the document's publication date) as TimeML TIMEX3.
 *
 * The text is cut into sentences (`chunk-text`), the sentences into windows around words that
 * can start a date (`trigger-windows`), and each window is parsed by our chrono configuration
 * (`news-chrono`); offsets are mapped back to the whole text, and "the next day" and its kind
 * are re-anchored on the story's last date (`anaphora`). Time is linear in the text's length. Pure: no clock, no time zone but the
 * reference's.
 */
import type { ParsingReference, ParsingResult } from 'chrono-node';
import { isoDay } from './calendar';
import { resolveAnaphora, type Tagged } from './anaphora';
import { chunkText, type Chunk } from './chunk-text';
import { isQuarterly, segmentAt, type NewsOption, type Segment } from './news-context';
import { createNewsChrono } from './news-chrono';
import { timexOf, type Timex } from './timex';
import { triggerWindows } from './trigger-windows';
import type { DateMention, ReferenceDate } from '../types';

const news = createNewsChrono();

/** The instant chrono resolves against: noon of the reference day in the reference's zone. */
function chronoReference(reference: ReferenceDate): ParsingReference {
  // A date-time without an offset is wall-clock time in the reference's zone, never the machine's.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(reference.date) ? `${reference.date}T12:00:00` : reference.date;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(date);
  const instant = hasOffset ? new Date(date) : new Date(Date.parse(`${date}Z`) - reference.timezone * 60_000);
  return { instant, timezone: reference.timezone };
}

export function tagDates(text: string, reference: ReferenceDate): DateMention[] {
  const ref = chronoReference(reference);
  if (Number.isNaN(ref.instant!.getTime())) throw new Error(`invalid reference date "${reference.date}"`);
  const quarterly = isQuarterly(text);
  const sentences = chunkText(text);
  const tagged: Tagged[] = [];
  for (const batch of batches(sentences)) {
    const option: NewsOption = { quarterly, segments: batch.segments };
    for (const result of news.parse(batch.text, ref, option)) {
      const timex = timexOf(result as ParsingResult);
      const segment = segmentAt(batch.segments, result.index);
      if (!timex || !segment || result.index + result.text.length > segment.at + segment.length) continue;
      tagged.push({ mention: toMention(segment.origin + result.index - segment.at, result.text, timex), anaphor: timex.anaphor, leadsOn: timex.leadsOn });
    }
  }
  return resolveAnaphora(tagged);
}

/**
 * Windows joined into texts of about BATCH characters, so chrono's fixed cost per call is paid
 * once per batch rather than once per window. The separator holds nothing a date pattern can
 * cross or a merging refiner can join across. 8,000 rather than 2,000: each of our parsers tests
 * its key word once per batch, and fewer, longer batches tag 1 MB of news ~7% faster (181 → 169
 * ms), dense wire copy no slower; a rule that looks back a few hundred characters ("for the nine
 * months ... a year earlier") is also cut off by a batch's start less often.
 */
const BATCH = 8000;
const SEPARATOR = '\n¶\n';

function* batches(sentences: Chunk[]): Generator<{ text: string; segments: Segment[] }> {
  let parts: string[] = [];
  let segments: Segment[] = [];
  let length = 0;
  let previous: Chunk | undefined;
  for (const sentence of sentences) {
    const introduction = previous && /:\s*$/.test(previous.text) ? previous.text : undefined;
    previous = sentence;
    for (const window of triggerWindows(sentence)) {
      if (length > 0 && length + window.text.length > BATCH) {
        yield { text: parts.join(''), segments };
        parts = [];
        segments = [];
        length = 0;
      }
      if (length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      segments.push({ at: length, length: window.text.length, origin: window.start, sentence: sentence.text, inSentence: window.start - sentence.start, introduction });
      parts.push(window.text);
      length += window.text.length;
    }
  }
  if (length > 0) yield { text: parts.join(''), segments };
}

function toMention(start: number, text: string, timex: Timex): DateMention {
  return {
    start,
    end: start + text.length,
    text,
    type: timex.type,
    value: timex.value,
    precision: timex.precision,
    interval: timex.interval && { start: isoDay(timex.interval.start), end: isoDay(timex.interval.end) },
    approximate: timex.approximate,
    anchoring: timex.anchoring,
    rule: timex.rule,
    ...(timex.deictic ? { deictic: true } : {}),
  };
}
