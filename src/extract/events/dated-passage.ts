/**
 * From a document's date mentions to dated passages: each mention that denotes a calendar interval
 * in article or comment prose becomes one candidate event, with its passage, its date and its key
 * terms. Mentions in page chrome, deictic "now/today", durations and sets, and dates inside a
 * question or condition make no candidate; those a reader should see are returned as unresolved.
 */
import type { EventDate, UnresolvedMention } from '../../schema/timeline';
import { passageFor, type Passage } from '../segment/passage';
import { sentenceAt, type SegmentedDocument } from '../segment/segment-document';
import type { Sentence } from '../segment/sentences';
import type { DateMention, SourceDocument } from '../types';
import { eventDateOf } from './event-date';
import { isHypothetical } from './hypothetical';
import { keyTerms, type KeyTerms } from './key-terms';
import { mentionRegion } from './mention-region';
import { tokenize, type Token } from './sentence-tokens';
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
  /** The mention's own part of its sentence. */
  region: { start: number; end: number };
  terms: KeyTerms;
  comment: boolean;
}

export interface DatedPassages {
  passages: DatedPassage[];
  unresolved: UnresolvedMention[];
}

export function datedPassages(seg: SegmentedDocument, docIndex: number, mentions: DateMention[]): DatedPassages {
  const { doc } = seg;
  const out: DatedPassages = { passages: [], unresolved: [] };
  const tokenCache = new Map<number, Token[]>();
  const tokensOf = (s: Sentence) => {
    let t = tokenCache.get(s.start);
    if (!t) tokenCache.set(s.start, (t = tokenize(doc.text.slice(s.start, s.end), s.start)));
    return t;
  };
  for (const m of mentions) {
    const at = sentenceAt(seg, m.start);
    if (!at) continue; // page chrome: footers, bylines, comment timestamps
    const passage = passageFor(doc.text, seg.sentences, at.index);
    const inPassage = mentions.filter((o) => o.start >= passage.start && o.end <= passage.end);
    const reason = unresolvedReason(m, doc, { start: passage.start, mentions: inPassage });
    if (reason) {
      out.unresolved.push(unresolvedEntry(m, doc, reason));
      continue;
    }
    const date = eventDateOf(m);
    const s = at.sentence;
    if (!date || isHypothetical(doc.text.slice(s.start, s.end), m.start - s.start)) continue;
    const inSentence = mentions.filter((o) => o.start >= s.start && o.end <= s.end);
    const i = inSentence.indexOf(m);
    const regions = inSentence.map((_, j) => mentionRegion(doc.text, s, inSentence, j));
    const region = regions[i]!;
    const tokens = tokensOf(s);
    const neighbours = seg.sentences.filter((o) => o !== s && o.start >= passage.start && o.end <= passage.end);
    const terms = keyTerms(tokens, region, regions.filter((_, j) => j !== i), neighbours.flatMap(tokensOf));
    out.passages.push({ doc, docIndex, mention: m, date, passage, sentence: s, tokens, region, terms, comment: s.kind === 'comment' });
  }
  return out;
}
