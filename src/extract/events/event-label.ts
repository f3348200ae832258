/**
 * The label of a merged event: each passage proposes one (label.ts); the proposal made of the
 * words most passages share wins, so the title says what the sources have in common. When no
 * passage yields two words, the clause's words as written, or the document's title.
 */
import { dateEnd, PER_SHARE_ASIDE } from './date-cut';
import type { DatedPassage } from './dated-passage';
import { EDGE_JUNK, MAX_LABEL_WORDS, MIN_LABEL_WORDS, PATTERN_BONUS, proposeLabel, REPORTING, type LabelProposal } from './label';
import { isMainVerb, isNominal } from './noun-phrases';
import { renderLabel } from './render-label';
import type { Token } from './sentence-tokens';
import type { Rarity } from './term-rarity';

/**
 * How well a proposal says what is particular to the event: for each of its content words, the
 * share of the event's passages that use it times the word's rarity in the timeline, summed (more
 * telling words make a better title: "Geneva talks ended" beats "Russia sought"), plus the
 * pattern's worth.
 */
function proposalScore(proposal: LabelProposal, p: DatedPassage, members: DatedPassage[], usedBy: (root: string) => number, rare: Rarity): number {
  const content = proposal.words.filter((t) => isNominal(t) || isMainVerb(t));
  const share = content.reduce((n, t) => n + (rare(t.root) * usedBy(t.root)) / members.length, 0);
  const reporting = members.length > 1 && proposal.words.some((t) => t.role === 'verb' && REPORTING.has(t.root));
  return share + PATTERN_BONUS[proposal.pattern] / 2 - (reporting ? 1 : 0) - (p.comment ? 5 : 0);
}

/**
 * Passages that propose the same label with the same score: the same document and sentence text,
 * the date at the same place in it, the same kind of text. Only the first of them is asked.
 */
function proposalKey(p: DatedPassage): string {
  const s = p.sentence.start;
  return [p.doc.id, p.doc.text.slice(s, p.sentence.end), p.mention.text, p.mention.start - s, p.mention.end - s, p.clause.start - s, p.clause.end - s, p.comment].join('\u0000');
}

/** The label of an event told by `members`: the proposal whose words the members share most. */
export function labelEvent(members: DatedPassage[], rare: Rarity): string {
  const users = new Map<string, number>();
  for (const m of members) for (const t of m.terms.weights.keys()) users.set(t, (users.get(t) ?? 0) + 1);
  const usedBy = (root: string) => users.get(root) ?? 0;
  const asked = new Set<string>();
  let best = '';
  let bestScore = -Infinity;
  for (const p of members) {
    const key = proposalKey(p);
    if (asked.has(key)) continue;
    asked.add(key);
    const proposal = proposeLabel(p);
    if (proposal.words.length < MIN_LABEL_WORDS) continue;
    const score = proposalScore(proposal, p, members, usedBy, rare);
    if (score > bestScore) [best, bestScore] = [renderLabel(proposal.words, p.doc.text, openersOf(p)), score];
  }
  return best || fallbackLabel(members[0]!);
}

/** Where the passage's sentences start: its own and, for a quote it introduces, the quote's. */
function openersOf(p: DatedPassage): number[] {
  const first = (tokens: Token[] | undefined) => tokens?.find((t) => /\p{L}/u.test(t.text))?.start ?? -1;
  return [first(p.tokens), first(p.introduced)];
}

/** No passage yields two words: the clause's words as they stand, or the document title. */
function fallbackLabel(p: DatedPassage): string {
  const text = p.doc.text;
  // The clause without the date phrase.
  const clauseText = `${withoutDates(p, p.clause.start, Math.max(p.clause.start, p.mention.start))} ${withoutDates(p, Math.min(dateEnd(p), p.clause.end), p.clause.end)}`.replace(PER_SHARE_ASIDE, ' ');
  // Words as written, amounts whole: "$1.8", "$132,000".
  const wordsOf = (part: string) => (part.match(/[$£€]?[\p{L}\p{N}](?:[\p{L}\p{N}'’/-]|[.,](?=\p{N}))*/gu) ?? []).filter((w) => !EDGE_JUNK.test(w)).slice(0, MAX_LABEL_WORDS);
  const fromClause = wordsOf(clauseText);
  if (fromClause.length >= MIN_LABEL_WORDS) return renderText(fromClause.join(' '));
  // "..., or $4.06 a share, a year earlier": the date's clause is only an aside; the rest of the
  // sentence, its opening words first, says what it compares.
  for (const [from, to] of [[p.sentence.start, Math.min(p.clause.start, p.mention.start)], [Math.max(p.clause.end, dateEnd(p)), p.sentence.end]] as const) {
    const fromSentence = wordsOf(text.slice(from, Math.max(from, to)).replace(PER_SHARE_ASIDE, ' '));
    if (fromSentence.length >= MIN_LABEL_WORDS) return renderText(fromSentence.join(' '));
  }
  const title = p.doc.title.split(/\s+/).slice(0, MAX_LABEL_WORDS - 1);
  return title.length >= MIN_LABEL_WORDS ? title.join(' ') : `Event in ${title.join(' ')}`.trim();
}

/** The text from `from` to `to` with the sentence's other dates blanked: "He was born in 1950 and died" is no label of 2020. */
function withoutDates(p: DatedPassage, from: number, to: number): string {
  let out = p.doc.text.slice(from, to);
  for (const d of p.dates) if (d.start >= from && d.end <= to) out = out.slice(0, d.start - from) + ' '.repeat(d.end - d.start) + out.slice(d.end - from);
  return out;
}

const renderText = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
