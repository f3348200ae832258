/**
 * A date in a question or a condition reports nothing that happened: "Will history repeat in the
 * new year?", "If held, further talks this week will fail". Such mentions make no event.
 * A condition is an "if/unless/whether" before the mention in the same clause (no comma between).
 */
const CONDITION = /\b(if|unless|whether|suppose|supposing)\b[^,;:]*$/i;

export function isHypothetical(sentenceText: string, mentionStartInSentence: number): boolean {
  if (/\?[\s”"’)]*$/.test(sentenceText)) return true;
  return CONDITION.test(sentenceText.slice(0, mentionStartInSentence));
}
