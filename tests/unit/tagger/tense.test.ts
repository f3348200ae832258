/** The verb markers of tense.ts read on their own. */
import { describe, expect, it } from 'vitest';
import { isBaseFormBefore, tenseAround } from '../../../src/extract/tagger/tense';

describe('tense markers', () => {
  it('reads a verb after a modal, "to", "does" or "not" as its base form, but not after the month May', () => {
    expect(isBaseFormBefore('prices could ')).toBe(true);
    expect(isBaseFormBefore('the index may ')).toBe(true);
    expect(isBaseFormBefore('they must ')).toBe(true);
    expect(isBaseFormBefore('agreed to ')).toBe(true);
    expect(isBaseFormBefore('talks that began in May ')).toBe(false);
  });

  it('reads a past verb after "in May" as past', () => {
    const sentence = 'The talks in May ended on Friday.';
    expect(tenseAround(sentence, sentence.indexOf('Friday'), sentence.indexOf('Friday') + 6)).toBe('past');
  });
});
