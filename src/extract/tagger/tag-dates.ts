/**
 * Entry point of the temporal tagger: finds the date mentions in a text and values them against a
 * reference date (the document's publication date) as TimeML TIMEX3.
 *
 * The text is cut into sentences (`chunk-text`), the sentences into windows around words that
 * can start a date (`trigger-windows`), and each window is parsed by our chrono configuration
 * (`news-chrono`); offsets are mapped back to the whole text. Time is linear in the text's length. Pure: no clock, no time zone but the
 * reference's.
 */
import type { ParsingReference, ParsingResult } from 'chrono-node';
import { isoDay } from './calendar';
import { chunkText } from './chunk-text';
import { isQuarterly, type NewsOption } from './news-context';
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
  const mentions: DateMention[] = [];
  for (const sentence of chunkText(text)) {
    for (const window of triggerWindows(sentence)) {
      const option: NewsOption = { quarterly, sentence: { text: sentence.text, windowStart: window.start - sentence.start } };
      for (const result of news.parse(window.text, ref, option)) {
        const timex = timexOf(result as ParsingResult);
        if (timex) mentions.push(toMention(window.start + result.index, result.text, timex));
      }
    }
  }
  return mentions;
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
