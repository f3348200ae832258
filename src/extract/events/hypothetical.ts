/**
 * A date in a question or a condition reports nothing that happened: "Will history repeat in the
 * new year?", "If held, further talks this week will accomplish nothing". Such mentions make no
 * event. A date is conditional when an "if/unless/whether" precedes it in its own clause, or when
 * the sentence opens with a condition and the date's clause speaks in the future or the
 * conditional ("will", "would"). "If invasion occurs, Russia would act, as it did in 2008" keeps
 * 2008: its clause is in the past.
 */
import type { Span } from '../../schema/timeline';

const CONDITION = /\b(if|unless|whether|suppose|supposing)\b[^,;:]*$/i;
const OPENS_WITH_CONDITION = /^[\s“"‘(]*(if|unless|should|were)\b/i;
const MODAL = /\b(will|would|could|might|may|shall|won['’]t|wouldn['’]t|['’]ll)\b/i;

/**
 * @param sentence the sentence text
 * @param mentionAt the mention's start, relative to the sentence
 * @param clause the mention's clause, relative to the sentence
 */
export function isHypothetical(sentence: string, mentionAt: number, clause: Span): boolean {
  if (/\?[\s”"’)]*$/.test(sentence)) return true;
  if (CONDITION.test(sentence.slice(0, mentionAt))) return true;
  return OPENS_WITH_CONDITION.test(sentence) && MODAL.test(sentence.slice(clause.start, clause.end));
}
