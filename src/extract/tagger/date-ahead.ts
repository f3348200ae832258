/**
 * What puts a date the text leaves open ahead of the reference, beyond the tense of its verb: a
 * state that lasts until it ("until Friday", "ahead of Christmas") and a present schedule that
 * names it ("the vote is Nov. 7", "Election Day is Nov. 7", "Christmas falls on Monday"). Either is
 * the coming date unless the clause is past ("stayed until Friday"): a clause without a verb
 * ("Curfew until Friday") or with one we do not know ("the offer stands until Friday") looks ahead
 * all the same. The weekday and month-day refiner and the holiday parser share it.
 */
import type { Tense } from './tense';

/**
 * What puts a date ahead unless the sentence is past: "ahead of Saturday's game", "until Friday",
 * "on sale through Sunday", "the upcoming Christmas", "trade on the Big Board starting Monday" (tested against the text
 * right before the date).
 */
const AHEAD_BEFORE = /\b(?:ahead\s+of|until|till|through|upcoming|starting|beginning)\s+(?:the\s+)?$/i;

/** A present copula right before the date: "is Saturday", "are on Tuesday", "falls on Dec. 25", "is in May". */
const COPULA_BEFORE = /\b(?:is|are|falls?\s+on)\s+(?:(?:on|in)\s+)?$/i;

/** A present copula right after a date that opens its clause: "Monday is a holiday", "Christmas falls on". */
const COPULA_AFTER = /^\s+(?:is|will\s+be|falls?\s+on)\b/i;

/** What may stand before the subject of a clause: nothing, a quote, "and", "but". */
const CLAUSE_OPENING = /(?:^|[,;:—–]\s*)[\s"“'‘(]*(?:(?:and|but|so)\s+)?$/i;

/** "until Friday", "ahead of Saturday's game": the text right before offset `at` puts the date ahead. */
export function aheadBefore(text: string, at: number): boolean {
  return AHEAD_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * The date at [start, end) of `sentence` is what a present copula schedules: its predicate ("The
 * funeral is Saturday", "the vote is on Nov. 7") or its subject opening the clause ("Monday is a
 * holiday", "Election Day is Nov. 7", "Christmas falls on a Monday this year").
 */
export function copulaSchedules(sentence: string, start: number, end: number): boolean {
  if (COPULA_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) return true;
  return COPULA_AFTER.test(sentence.slice(end, end + 12)) && CLAUSE_OPENING.test(sentence.slice(Math.max(0, start - 40), start));
}

/** Who is given time: "gave foreigners until", "have until", "was given until", "extended the deadline until". */
const DEADLINE_BEFORE = /\b(?:gave|give|gives|given|giving|has|have|had|having|granted|grants|allowed|allows|extended|extends)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till|by)\s+$/i;
/** After a deadline, the verb it is given for (not "to Friday", "to a vote"). */
const DEADLINE_AFTER = /^\s+to\s+(?!(?:the|a|an|his|her|its|their|our|be)\b)[a-z]/;

/**
 * The date at [start, end) of `text` is a deadline given for doing something: "gave foreigners
 * until Thursday to leave", "they have until Friday to respond". News names a deadline by its
 * weekday while it is still ahead, even in a past clause ("gave"); "stayed until Thursday to
 * finish" is no deadline.
 */
export function deadlineAhead(text: string, start: number, end: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && DEADLINE_AFTER.test(text.slice(end, end + 12));
}

/** The tense of a date the text puts ahead (`ahead`): the coming one unless its clause is past. */
export function tenseAhead(clause: Tense | null, ahead: boolean): Tense | null {
  return ahead && clause !== 'past' ? 'future' : clause;
}
