/**
 * Mentions that name a time the timeline cannot place, each with the reason a reader can act on.
 * Relative expressions ("on Monday", "last year") need the time the text was written: without a
 * publication date they are listed, never resolved against today. A relative expression quoted
 * from a passage set at another time ("... what we do tomorrow", said in 1975) is listed too,
 * rather than resolved against the article's date.
 */
import type { UnresolvedMention } from '../../schema/timeline';
import type { DateMention, SourceDocument } from '../types';

/** More than this before publication, a quoted speaker is not speaking at the article's time. */
const OTHER_TIME_DAYS = 366;

const QUOTE_OPEN = /[“"]/g;
const QUOTE_CLOSE = /[”"]/g;

/** The offset lies between an opening and a closing quotation mark of the passage. */
function insideQuote(text: string, passageStart: number, at: number): boolean {
  const before = text.slice(passageStart, at);
  const opens = before.match(QUOTE_OPEN)?.length ?? 0;
  const closes = before.match(QUOTE_CLOSE)?.length ?? 0;
  return before.includes('"') ? opens % 2 === 1 : opens > closes;
}

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

export function unresolvedReason(
  m: DateMention,
  doc: SourceDocument,
  passage: { start: number; mentions: DateMention[] } | null,
): string | null {
  // "Two years later" is as relative as the date it counts from.
  const anchoring = m.pointsAt?.anchoring ?? m.anchoring;
  if (m.deictic || anchoring === 'none') return null;
  if (anchoring === 'relative' && !doc.published)
    return `relative date "${m.text}" in a document with no publication date`;
  if (anchoring === 'relative' && doc.published && passage && insideQuote(doc.text, passage.start, m.start)) {
    const setAt = passage.mentions.find(
      (o) => o.anchoring === 'absolute' && o.interval && daysBetween(o.interval.end, doc.published!) > OTHER_TIME_DAYS,
    );
    if (setAt) return `relative date "${m.text}" quoted from a passage set in ${setAt.text}, not at publication`;
  }
  if (m.type === 'DATE' && !m.interval && /X/.test(m.value)) return `no calendar date could be worked out for "${m.text}"`;
  return null;
}

export const unresolvedEntry = (m: DateMention, doc: SourceDocument, reason: string): UnresolvedMention => ({
  document: doc.id,
  mention: { start: m.start, end: m.end, text: m.text },
  reason,
});
