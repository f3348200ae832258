/**
 * The passage that tells a dated event: the sentence holding the date mention, extended to a
 * neighbouring sentence when the sentence alone does not make sense. Two general cases:
 * - a sentence introduces what follows ("..., adding:", "said the following:"): a short one
 *   (an introduction, not a statement of its own) runs on into the next sentence, and a sentence
 *   right after such an introduction takes it along;
 * - a sentence opens with a pronoun that points back ("It", "This", "They", ...): the passage
 *   takes the previous sentence, where the pronoun's referent is.
 * A passage never leaves its kind of text (article body, one reader's comment) and grows by at
 * most one sentence on each side, so that it stays a passage and not a page.
 */
import type { Span } from '../../schema/timeline';
import type { Sentence } from './sentences';

export type PassageRule = 'sentence' | 'introduces-next' | 'introduced-by-previous' | 'refers-back';

export interface Passage extends Span {
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** Why the passage is longer than its sentence, first rule first. */
  rules: PassageRule[];
}

/** Ends with a colon, possibly inside closing quotes/brackets: "..., adding:". */
const INTRODUCES = /:[\s”"’)\]]*$/;
const REFERS_BACK =
  /^[\s“"‘(]*(it|its|it['’]s|this|that|these|those|they|their|them|he|his|she|her|such|both)\b/i;

/** Longer than this, a sentence ending in a colon has said its piece before the colon. */
const MAX_INTRODUCTION = 200;

const sameText = (a: Sentence, b: Sentence) =>
  a.kind === b.kind && (a.kind === 'body' || a.block === b.block);

export function passageFor(text: string, sentences: Sentence[], index: number): Passage {
  const s = sentences[index]!;
  const prev = sentences[index - 1];
  const next = sentences[index + 1];
  const own = text.slice(s.start, s.end);
  const rules: PassageRule[] = [];
  let start = s.start;
  let end = s.end;
  if (prev && sameText(prev, s)) {
    const prevText = text.slice(prev.start, prev.end);
    if (INTRODUCES.test(prevText)) rules.push('introduced-by-previous');
    else if (REFERS_BACK.test(own)) rules.push('refers-back');
    if (rules.length) start = prev.start;
  }
  if (next && sameText(next, s) && INTRODUCES.test(own) && own.length <= MAX_INTRODUCTION) {
    rules.push('introduces-next');
    end = next.end;
  }
  if (rules.length === 0) rules.push('sentence');
  return { start, end, sentence: index, rules };
}
