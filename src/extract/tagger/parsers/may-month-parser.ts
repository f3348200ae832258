/**
 * "May" the month after a preposition of time: "by May the votes were in", "since May, prices
 * rose", "until May and beyond". Chrono reads "May" alone only after "in" (elsewhere it is the
 * modal, or Theresa May), so these went untagged. Only where a name cannot stand: the next word
 * is punctuation, a year, or a word that opens a phrase ("since May took office" is the person).
 * The year is the nearest one the sentence's tense allows, as for chrono's months.
 */
import { tenseOf } from '../news-context';
import { monthYear } from '../open-dates';
import { referenceDay, wordParser } from '../parser-kit';
import { aheadBefore, tenseAhead } from '../date-ahead';
import { monthTimex, timexResult } from '../timex';

// Case-insensitive prepositions ("By May, ..." opens a sentence), but only the capitalised month.
const PATTERN =
  /([Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Tt]hroughout|[Bb]etween)\s+(May)(?=\s*(?:[,.;:)]|$)|\s+(?:the|this|last|next|and|or|to|through|until|when|as|because)\s)/u;
const MAY = 5;

export const mayMonthParser = wordParser(PATTERN, (context, m, index) => {
  const [whole, preposition, name] = m;
  const at = index + whole!.length - name!.length;
  const clause = /^since$/i.test(preposition!) ? 'past' : tenseOf(context, at, at + name!.length);
  // "the offer stands until May": what lasts until the month, unless told in the past, puts it ahead.
  const tense = tenseAhead(clause, aheadBefore(context.text, at));
  const year = monthYear(referenceDay(context), MAY, tense ?? 'past');
  return timexResult(context, at, name!, monthTimex(year, MAY, { anchoring: 'relative', rule: 'may-month' }));
},
  /\sMay\b/,
);
