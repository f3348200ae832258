/**
 * The tense a sentence speaks in around a mention, from its nearest verb markers: news mostly
 * reports the past, so a weekday or a month-day without a year resolves backwards unless the
 * sentence looks ahead ("will meet on Wednesday", "is scheduled to begin on January 10").
 */
export type Tense = 'past' | 'future' | 'present';

const FUTURE = /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planning to|planned|intends? to|expects? to|expected to|scheduled|set to|due to|to be held|upcoming|would|is to|are to|next|coming|later this|tomorrow|begins?|starts?|opens?)\b/gi;
const PAST = /\b(?:was|were|had|did|didn't|said|told|ago|last|earlier|yesterday|reported|announced|ended|began|met|held|took|came|went|made|gave|got|rose|fell|closed|[a-z]{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|says|say|has|have|do|does|today|now|currently)\b/gi;

interface Marker {
  at: number;
  tense: Tense;
}

function markers(text: string, pattern: RegExp, tense: Tense): Marker[] {
  const found: Marker[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ at: m.index, tense });
  return found;
}

const NOT_VERBS = /^(?:need|speed|seed|feed|bed|red|shed|hundred|united|limited|based|related|proposed|so-called|called|expected|scheduled|planned|concerned|interested|supposed|used)$/i;

/** The tense nearest to the span [start, end) in `sentence`, or null when no verb says. */
export function tenseAround(sentence: string, start: number, end: number): Tense | null {
  const all = [
    ...markers(sentence, FUTURE, 'future'),
    ...markers(sentence, PAST, 'past').filter((m) => !NOT_VERBS.test(/^[\w']+/.exec(sentence.slice(m.at))?.[0] ?? '')),
    ...markers(sentence, PRESENT, 'present'),
  ].filter((m) => m.at < start || m.at >= end);
  if (all.length === 0) return null;
  // Future markers govern a whole clause ("will begin discussing ... on January 10"): let one win
  // when no past marker sits closer to the mention.
  const distance = (m: Marker) => (m.at < start ? start - m.at : m.at - end) * (m.tense === 'future' ? 0.6 : 1);
  all.sort((a, b) => distance(a) - distance(b));
  return all[0]!.tense;
}
