/**
 * From a document's date mentions to dated passages: each mention that denotes a calendar interval
 * in article or comment prose becomes one candidate event, with its passage, its date and its key
 * terms. Mentions in page chrome, deictic "now/today", durations and sets, and dates inside a
 * question or condition make no candidate; those a reader should see are returned as unresolved.
 */
import { bisector } from 'd3-array';
import type { EventDate, Span, UnresolvedMention } from '../../schema/timeline';
import { passageFor, type Passage } from '../segment/passage';
import { sentenceAt, type SegmentedDocument } from '../segment/segment-document';
import type { Sentence } from '../segment/sentences';
import type { DateMention, SourceDocument } from '../types';
import { isBenchmarkDate } from './benchmark-date';
import { eventDateOf, isRange } from './event-date';
import { isHypothetical } from './hypothetical';
import { keyTerms, type KeyTerms } from './key-terms';
import { actingClause, clauseAround, frontedSeries, mentionRegion } from './mention-region';
import { inside, isMainVerb } from './noun-phrases';
import { tokenizeSentences, type Token, type TokenCache } from './sentence-tokens';
import { unresolvedEntry, unresolvedReason } from './unresolved';

export interface DatedPassage {
  doc: SourceDocument;
  /** Position of the document in the input, for a stable order. */
  docIndex: number;
  mention: DateMention;
  date: EventDate;
  passage: Passage;
  sentence: Sentence;
  /** Tokens of the sentence holding the mention. */
  tokens: Token[];
  /**
   * The date mentions of the sentence, this one among them: their words are no part of a label,
   * whatever the part-of-speech tagger made of them ("last" in "francs last year" is no verb).
   */
  dates: Span[];
  /**
   * Tokens of the sentence the mention's sentence introduces ("Lavrov said the following:" and
   * the quote after it), when the passage takes it in: what was said.
   */
  introduced?: Token[];
  /** The mention's own part of its sentence. */
  region: Span;
  /** The clause of the region that says what happened at the date. */
  clause: Span;
  terms: KeyTerms;
  comment: boolean;
  /**
   * The date bounds a period rather than dating an occurrence: "since the 1990s", "until June",
   * or a range ("from January through June").
   */
  period: boolean;
  /** Announced as another happening of the same day: "Also on Friday", "Earlier Friday". */
  another: boolean;
}

/** The tagger may take the word in: "Earlier Sunday". */
const ANOTHER_IN_MENTION = /^(also|earlier|later)\b/i;
const ANOTHER = /\b(also|earlier|later|meanwhile|separately|elsewhere|in addition)\b[^,;:.]{0,12}$/i;

const PERIOD_LEAD = /\b(since|until|till|throughout)\s+$/i;

export interface DatedPassages {
  passages: DatedPassage[];
  unresolved: UnresolvedMention[];
}

/** A mention that makes a candidate event, before its sentence's tokens are known. */
interface Pending {
  m: DateMention;
  date: EventDate;
  passage: Passage;
  sentenceIndex: number;
  span: Span;
  region: Span;
  others: Span[];
  /** The date mentions of the sentence, this one among them. */
  dates: Span[];
  clause: Span;
  /** For a date of a fronted series ("In 1999 and 2010, ..."): its head and the clause it shares. */
  series?: { head: Span; main: Span };
}

/** Mentions sorted by start, with the range of those starting in [from, to). */
function byStart(mentions: DateMention[]) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const first = (at: number) => bisectStart.left(sorted, at);
  return { sorted, startingIn: (from: number, to: number) => sorted.slice(first(from), first(to)) };
}

const bisectStart = bisector((m: DateMention) => m.start);

/**
 * The regions of a sentence's mentions are computed once per sentence, not once per mention: a
 * sentence may hold thousands of dates (a table, a list with no full stop).
 */
function sentenceRegions(text: string, s: Sentence, inSentence: DateMention[]) {
  let end = s.end;
  for (const o of inSentence) end = Math.max(end, o.end);
  const span = { start: s.start, end };
  const regions = inSentence.map((_, j) => mentionRegion(text, span, inSentence, j));
  return { span, regions, series: frontedSeries(text, span, inSentence, regions) };
}

/**
 * @param tokenCache tokens of sentences already tagged, by sentence text: shared by the documents
 *   of one run, since copies of an article repeat its sentences
 */
export function datedPassages(seg: SegmentedDocument, docIndex: number, mentions: DateMention[], tokenCache?: TokenCache): DatedPassages {
  const { doc } = seg;
  const out: DatedPassages = { passages: [], unresolved: [] };
  const index = byStart(mentions);
  const regionCache = new Map<number, ReturnType<typeof sentenceRegions> & { inSentence: DateMention[] }>();
  const pending: Pending[] = [];
  for (const m of mentions) {
    const at = sentenceAt(seg, m.start);
    if (!at) continue; // page chrome: footers, bylines, comment timestamps
    const passage = passageFor(doc.text, seg.sentences, at.index);
    // A mention the segmenter cut in two ("Jan. 10" read as two sentences) keeps both halves.
    if (m.end > passage.end) passage.end = sentenceAt(seg, m.end - 1)?.sentence.end ?? m.end;
    const inPassage = index.startingIn(passage.start, passage.end).filter((o) => o.end <= passage.end);
    const reason = unresolvedReason(m, doc, { start: passage.start, mentions: inPassage });
    if (reason) {
      out.unresolved.push(unresolvedEntry(m, doc, reason));
      continue;
    }
    const date = eventDateOf(m);
    if (!date) continue;
    const s = at.sentence;
    let cached = regionCache.get(at.index);
    if (!cached) {
      // By start: a mention may run past the end the segmenter gave its sentence ("Jan. | 10").
      // Only dates share the sentence out: "a two-day meeting" or "now" is no happening of its own.
      const inSentence = index.startingIn(s.start, s.end).filter((o) => eventDateOf(o) !== null);
      regionCache.set(at.index, (cached = { inSentence, ...sentenceRegions(doc.text, s, inSentence) }));
    }
    const { span, regions, inSentence, series } = cached;
    const i = inSentence.indexOf(m);
    const region = regions[i]!;
    const clause = clauseAround(doc.text, region, m, span);
    const local = { start: clause.start - s.start, end: clause.end - s.start };
    if (isHypothetical(doc.text.slice(s.start, s.end), m.start - s.start, local)) continue;
    if (isBenchmarkDate(doc.text, s.start, m.start)) continue;
    const shares = series && i < series.sharing ? { series } : {};
    pending.push({ m, date, passage, sentenceIndex: at.index, span, region, others: regions.filter((_, j) => j !== i), dates: inSentence, clause, ...shares });
  }
  const introduces = (p: Pending) => p.passage.rules.includes('introduces-next');
  const needed = [...new Set(pending.flatMap((p) => (introduces(p) ? [p.sentenceIndex, p.sentenceIndex + 1] : [p.sentenceIndex])))].sort((a, b) => a - b);
  const tokenLists = tokenizeSentences(doc.text, needed.map((i) => seg.sentences[i]!), tokenCache);
  const tokensOf = new Map(needed.map((i, k) => [i, tokenLists[k]!]));
  for (const pend of pending) {
    const { m, date, passage, sentenceIndex, span, region, others, dates, clause, series } = pend;
    const s = seg.sentences[sentenceIndex]!;
    const tokens = tokensOf.get(sentenceIndex)!;
    const verbIn = (c: Span) => tokens.some((t) => isMainVerb(t) && inside(t, c));
    const acting = actingClause(doc.text, span, clause, verbIn(clause));
    const shared = series && !verbIn(series.head) ? series.main : undefined;
    const terms = keyTerms(tokens, region, others, acting, shared);
    out.passages.push({
      doc, docIndex, mention: m, date, passage, sentence: s, tokens, dates, region, clause, terms, comment: s.kind === 'comment',
      ...(introduces(pend) ? { introduced: tokensOf.get(sentenceIndex + 1)! } : {}),
      period: isRange(date) || PERIOD_LEAD.test(doc.text.slice(Math.max(0, m.start - 20), m.start)),
      another: ANOTHER.test(doc.text.slice(Math.max(clause.start, m.start - 40), m.start)) || ANOTHER_IN_MENTION.test(m.text),
    });
  }
  return out;
}
