/**
 * "Today is the eighth day of Desert Shield", "It's the second day of an offensive": a day counted
 * in something that goes on, said of the present, is the reference day. Only after "today is",
 * "it is", "this is": "Monday was the third day of the strike" leaves the day to its weekday, and
 * "on the second day of the trial" without a present subject says nothing of when.
 */
import { referenceDay, wordParser } from '../parser-kit';
import { dayTimex, timexResult } from '../timex';

const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)';
const PATTERN = new RegExp(`(?:the\\s+)?(?:${ORDINAL})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day(?=\\s+(?:of|in|since)\\s)`, 'i');
/** The present subject the count is said of, right before it. */
const PRESENT_SUBJECT = /\b(?:today|tonight|it|this)\s*(?:\s|['’])(?:is|s)\s+$/i;

export const dayCountParser = wordParser(
  PATTERN,
  (context, m, index) => {
    if (!PRESENT_SUBJECT.test(context.text.slice(Math.max(0, index - 16), index))) return null;
    return timexResult(context, index, m[0], dayTimex(referenceDay(context), { anchoring: 'relative', rule: 'day-count' }));
  },
  /\bday\b/i,
);
