/**
 * The tense a sentence speaks in around a mention, from the nearest verb markers in a window
 * around it: news mostly reports the past, so a weekday or a month-day without a year resolves
 * backwards unless the sentence looks ahead ("will meet on Wednesday", "is scheduled to begin on
 * January 10").
 */
export type Tense = 'past' | 'future' | 'present';

/**
 * The modals that look ahead ("will meet", "would open", "should end Friday", "must be finished
 * by Friday", "the storm might hit Sunday", "talks may resume Monday"); "could" says what was
 * possible as often as what will be ("could not be located Wednesday"), so it places nothing by
 * itself (as a modal it cost 0.1–0.2 value F1 on TimeBank and AQUAINT; "may" and "might" none).
 */
const FUTURE_MODAL = 'will|would|shall|should|must|might|may';

/** The modal verbs: a verb after one is in its base form ("will hit", "could fall"). */
export const MODAL = `${FUTURE_MODAL}|can|could`;

const BASE_FORM_BEFORE = new RegExp(`\\b(?:to|${MODAL}|does|do|not|n['’]t)\\s+$`, 'i');

/**
 * Before a verb, what makes it the base form: "will hit", "expected to cut", "does not set" (and
 * "fall" the verb, not the season: "could fall 2000 points"). "May" with a capital is the month:
 * "talks that began in May ended".
 */
export function isBaseFormBefore(before: string): boolean {
  return BASE_FORM_BEFORE.test(before) && !/\bMay\s+$/.test(before);
}

/**
 * "due" that is no schedule: "due to" giving a cause, before an article, a possessive, an
 * adjective of degree or an -ing/-ion noun ("the delay was due to the storm", "closed due to
 * flooding", "due to heavy rain", "due to a lack of funds"). "due to meet", "due to be signed"
 * and "is due Friday" stay plans.
 */
const DUE = `due(?!\\s+to\\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|bad|heavy|poor|high|low|strong|lack|concerns?|fears?|(?!bring\\b)[a-z]+(?:ing|ion|ions))\\b)`;

/**
 * What looks ahead: a modal ("will meet"; not the perfect of a conditional, "would have met",
 * which looks back, but "will have" does look ahead), a plan, a schedule ("is due", "are
 * expected", "is set for"), an expectation in the present ("expects growth in the second half",
 * "the storm is forecast to make landfall Thursday").
 */
const FUTURE = new RegExp(
  `\\b(?:will|shall|won't|(?:${FUTURE_MODAL})(?!\\s+(?:have|not\\s+have|'ve))|(?:is|are)\\s+(?:likely|forecast|projected|predicted|poised)\\s+to|(?:is|are|(?:has|have)\\s+been)\\s+(?:(?:set|slated)\\s+for|${DUE}|expected)|(?:is|are)\\s+(?:open|closed|shut)(?=\\s+(?:from\\s+[^,;]{1,30}?\\s+)?on\\s+[A-Z])|(?:expects?|wants?|hopes?)\\s+(?:[\\w'’-]+\\s+){1,3}?to\\s+|expects|anticipates|predicts|effective|'ll|going\\s+to|(?:plans?|hopes?|aims?|intends?|expects?|expected|agreed|wants?|set|${DUE}|is|are)\\s+to(?!\\s+(?:the|a|an|his|her|its|their|this|that|these|those)\\b)|scheduled|planned|planning|vowed\\s+to|promised\\s+to|threatened\\s+to|to\\s+be\\s+held|upcoming|tomorrow|as\\s+(?:soon|early)\\s+as|(?:postponed|delayed|adjourned)(?=(?:\\s+[\\w'’-]+){0,3}?\\s+(?:until|till|to|next)\\b))\\b`,
  'gi',
);
const PAST =
  /\b(?:was|were|had|did|didn't|said|told|ago|yesterday|earlier|[a-z]{2,}ed|began|met|held|took|came|went|made|gave|got|rose|fell|won|lost|left|sent|spoke|wrote|saw|paid|sold|bought|led|ran|hit|put|set|cut|quit|shot|struck|fought|broke|brought|thought|kept|became|told|stood|agreed|signed|flew|drove|rode|fled|grew|threw|knew|drew|chose|froze|sought|caught|taught|meant|felt|heard|found|spent|built|dealt|sat|understood|forgot|forgave|withdrew|overthrew|undertook|oversaw|upheld|withheld|shook|slept|swept|stuck|awoke|woke|arose|wore|tore|swore|sank|rang|drank|swam|spun|dug|slid|hid)\b/gi;
/**
 * The present of a scheduled event: "the summit opens on Monday", "Albright heads Tuesday to
 * Africa", "the Senate votes Thursday", "the team plays Saturday", "the strike ends Sunday", "the
 * deadline expires Friday". News uses it for what is planned, so it looks ahead. Not the -s
 * forms that are as often plural nouns right before a day ("press releases Tuesday", "email
 * addresses", "rocket launches Friday").
 */
const SCHEDULED =
  /\b(?:opens|reopens|begins|starts|runs|lasts|meets|arrives|leaves|departs|visits|travels|resumes|continues|returns|heads|convenes|reconvenes|adjourns|hosts|plays|faces|votes|ends|closes|expires|hears|holds|signs|testifies|announces|unveils|certifies|takes\s+up|kicks\s+off|takes\s+(?:office|effect|place)|goes\s+into\s+effect|(?:comes|enters)\s+into\s+(?:force|effect))\b/gi;
/** Plural present schedule verbs that are rarely nouns: "the talks resume Monday", "voters go to the polls Tuesday", "schools reopen Monday". */
const PLURAL_VERB = 'meet|begin|resume|continue|convene|reconvene|adjourn|reopen|expire|arrive|depart|go|fly|gather|testify|announce|unveil|certify|take\\s+up';
/**
 * Plural present schedule verbs that are as often nouns ("the vote Tuesday", "the start of"): a
 * schedule only right after a plural subject, "they"/"we" or a plural noun, maybe with an adverb
 * or a relative clause between ("voters vote Tuesday", "the teams play Saturday", "lawmakers
 * return Monday", "polls close at 8 p.m. Tuesday", "the troops, who arrived Saturday, leave
 * Friday").
 */
const PLURAL_NOUN_VERB = 'vote|play|face|open|start|end|close|return|head|visit|host|leave|travel|hear|hold|sign|release|launch|kick\\s+off|take\\s+(?:office|effect|place)';
const PLURAL_SUBJECT = `\\b(?:they|we|(?!(?:this|thus|does|says|news|series|unless|whereas|yours|ours|theirs|hers)\\b)\\p{L}{2,}[^\\s\\p{P}s]s)(?:,\\s+(?:who|which|that)\\s[^,;:.!?]{1,60},)?\\s+(?:(?:again|also|then|both|formally|jointly|finally|officially|only)\\s+)?`;
/**
 * The same present with a plural subject ("Netanyahu and Arafat meet separately Monday"), not
 * after "to", "did", "n't" or a modal: "failed to meet", "did not meet" look nowhere by themselves.
 * Nor is the bare form after a causative verb and its object ("Bush let the ground offensive
 * begin", "made the talks resume"): the causative's own tense places it.
 */
const SCHEDULED_PLURAL = new RegExp(
  `\\b(?=${PLURAL_VERB}|${PLURAL_NOUN_VERB})(?<!(?:\\b(?:to|not|did|do|does|${MODAL})|n't)\\s+)(?:${PLURAL_VERB}|(?<=${PLURAL_SUBJECT})(?:${PLURAL_NOUN_VERB}))\\b`,
  'giu',
);
/**
 * Adverbs of habit: "they usually meet on Tuesday", "the team often plays Saturday" say what is
 * done, not what is planned.
 */
const HABIT_ADVERB = 'usually|often|always|normally|typically|generally|regularly|sometimes|never|traditionally|routinely|customarily|rarely|seldom';
/** An adverb of habit right before a present verb: that verb is no schedule. */
const HABIT_BEFORE = new RegExp(`\\b(?:${HABIT_ADVERB})\\s+$`, 'i');
/** An adverb of habit earlier in the clause of a date. */
const HABIT_IN_CLAUSE = new RegExp(`\\b(?:${HABIT_ADVERB})\\s[^,;:.!?"“”]*$`, 'i');
/** A causative verb and up to three words of its object, right before a bare verb ("let the ground offensive begin"). */
const CAUSATIVE_BEFORE = /\b(?:let|lets|letting|made|make|makes|making|help|helps|helped|watch|watches|watched|see|saw|seen)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** Before a plural noun, not a verb: a determiner or a count ("his visits", "20,000 votes"). */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|your|my|these|those|whose|of|two|three|several|many|some|all|no)|\d[\d,.]*)\s+$/i;
const PRESENT = /\b(?:is|are|am|says|say|has|have|does|do|now|today|currently)\b/gi;

/** Words ending in -ed that are not past verbs here. */
const NOT_PAST = /^(?:\w*ceed|need|speed|seed|feed|breed|bleed|heed|greed|deed|bed|red|shed|hundred|united|limited|so-called|interested|concerned|supposed|scheduled|expected|proposed|planned|based|related|detailed|advanced|armed|indeed|embed|undisclosed|unspecified|unidentified|unnamed|unexpected|unchanged|unconfirmed|unprecedented|unrelated|unsolved|unsecured|unopposed|unemployed)$/i;

/** What may stand between a verb and the date it hangs on: "opened Monday", "met on Tuesday", "scheduled for May 3". */
const VERB_TO_DATE = /^\s+(?:(?:on|in|at|by|until|till|since|from|for|through|early|late)\s+)?$/i;

/** What ends a clause between a verb and a date. */
const CLAUSE_BREAK = /[,;:]/;

/** How far (in characters) a verb may sit from the mention and still decide its tense. */
const WINDOW = 80;

interface Marker {
  at: number;
  /** Where the marker's words end. */
  end: number;
  tense: Tense;
  /** An -ed form: a past verb before the date ("signed on May 3"), often an adjective after it. */
  participle?: boolean;
  /** "said", "told": after the date it is the time of reporting ("... on Thursday, he said"). */
  reporting?: boolean;
}

const REPORTING = /^(?:said|says|say|told|added|stated)$/i;
/** After "was"/"were", a plan that the auxiliary belongs to: "were planning to", "was due to meet" (not "was due to the storm"). */
const WAS_PLANNING = new RegExp(`^\\s+(?:planning|scheduled|expected|${DUE}|set|going|about)\\s+to\\b`, 'i');
const AS_PLANNED = /\bas\s+(?:(?:previously|originally|earlier|already|initially)\s+)?$/i;
const PAST_PERFECT = /\bhad\s+(?:(?:previously|already|originally|once)\s+)?(?:been\s+)?$/i;

/**
 * A participle after these is a state in their tense: "will be named", "when the case is heard",
 * "the banks will remain closed until Thursday", "the store remains closed". "Remained closed" is
 * past by "remained" itself.
 */
const COPULA_BEFORE = /\b(?:be|being|is|are|remain|remains|stay|stays|become|becomes|seem|seems)\s+(?:\w+\s+)?$/i;

/**
 * "-ed" words that are no past verbs here, passives looking ahead ("will be named", "would be
 * paid") or in the present ("when the case is heard in May"), and base forms spelled like a past
 * ("will hit", "to cut").
 */
function isNotPast(word: string, before: string): boolean {
  return NOT_PAST.test(word) || COPULA_BEFORE.test(before) || isBaseFormBefore(before);
}

function markers(text: string, pattern: RegExp, tense: Tense, from: number, to: number): Marker[] {
  const found: Marker[] = [];
  const window = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    if (tense === 'past' && isNotPast(m[0], window.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "May" with a capital is the month, not the modal.
    if (tense === 'future' && m[0] === 'May') continue;
    // "has been set for Tuesday": a date set for is a schedule (FUTURE reads "is/has been set for").
    if (tense === 'past' && /^set$/i.test(m[0]) && /^\s+for\b/i.test(window.slice(m.index + 3, m.index + 8))) continue;
    // "were planning to", "was scheduled to": the auxiliary belongs to the plan that follows it.
    if (tense === 'past' && /^(?:was|were)$/i.test(m[0]) && WAS_PLANNING.test(window.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "had been due to expire Friday", "had planned to meet Monday": a plan seen from the past
    // is about a time that has passed by now.
    const planInPast = tense === 'future' && PAST_PERFECT.test(window.slice(Math.max(0, m.index - 24), m.index));
    // "began as previously planned Saturday", "as scheduled": the plan is a manner here, the
    // clause's own verb places the date.
    if (tense === 'future' && /^(?:planned|scheduled)$/i.test(m[0]) && AS_PLANNED.test(window.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (pattern === SCHEDULED_PLURAL && CAUSATIVE_BEFORE.test(window.slice(Math.max(0, m.index - 48), m.index))) continue;
    // "his visits on Tuesday", "the votes": after a determiner or possessive the -s form is a plural noun.
    if (pattern === SCHEDULED && DETERMINER_BEFORE.test(window.slice(Math.max(0, m.index - 10), m.index))) continue;
    if ((pattern === SCHEDULED || pattern === SCHEDULED_PLURAL) && HABIT_BEFORE.test(window.slice(Math.max(0, m.index - 16), m.index))) continue;
    const markerTense = planInPast ? 'past' : tense;
    found.push({ at: from + m.index, end: from + m.index + m[0].length, tense: markerTense, participle: markerTense === 'past' && /ed$/i.test(m[0]), reporting: REPORTING.test(m[0]) });
  }
  return found;
}

/**
 * An -ed word right after the date, or after a comma-less run of nouns ("the May 3 deal
 * announced"), is often an adjective; after a clause break and a subject ("In March, the company
 * received ...", "On Sept. 11, terrorists attacked") it is the verb, and so it is right after a
 * date that opens the sentence as its subject ("Sept. 11 changed everything").
 */
function adjectiveSpot(sentence: string, start: number, end: number, at: number): boolean {
  const between = sentence.slice(end, at);
  if (/[,;:]\s*\p{L}/u.test(between)) return false;
  return !(/^\s+$/.test(between) && /^\s*$/.test(sentence.slice(0, start)));
}

/**
 * "... will begin on Thursday, he said", "talks will begin Friday officials said": a reporting
 * verb after the date tells when it was reported. Not when the date opens its clause and the
 * reporting verb is the first verb after it: "On Monday NATO said it would meet" (the saying was
 * on Monday, not the meeting).
 */
function reportsLater(sentence: string, start: number, end: number, m: Marker, verbBeforeDate: boolean): boolean {
  if (!m.reporting || SPEAKING_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  if (verbBeforeDate) return true;
  // "On Monday, NATO said": the comma after a date that opens the sentence ends no clause.
  const between = OPENING_DATE_LEAD.test(sentence.slice(0, start)) ? sentence.slice(end, m.at).replace(/^\s*,/, '') : sentence.slice(end, m.at);
  return CLAUSE_BREAK.test(between);
}

/**
 * "The minister, speaking on Saturday, said talks would resume": the date is when the saying was
 * done, so the reporting verb places it.
 */
const SPEAKING_BEFORE = /\b(?:speaking|talking|writing|testifying)\s+(?:\p{L}+\s+){0,3}$/iu;

/** At most two words before a date that opens its sentence: "On", "Also on", "Late on". */
const OPENING_DATE_LEAD = /^\s*(?:\p{L}+\s+){0,2}$/u;

/** How far a marker is from the span [start, end) (a top-level function: no closure made per call). */
function distance(m: Marker, start: number, end: number): number {
  return m.at < start ? start - m.at : m.at - end + 1;
}

/** The tense nearest to the span [start, end) in `sentence`, or null when no verb says. */
export function tenseAround(sentence: string, start: number, end: number): Tense | null {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(sentence.length, end + WINDOW);
  const found = [
    ...markers(sentence, FUTURE, 'future', from, to),
    ...markers(sentence, SCHEDULED, 'future', from, to),
    ...markers(sentence, SCHEDULED_PLURAL, 'future', from, to),
    ...markers(sentence, PAST, 'past', from, to),
    ...markers(sentence, PRESENT, 'present', from, to),
  ];
  const leads = found.some((m) => m.at < start && !CLAUSE_BREAK.test(sentence.slice(m.end, start)));
  const all = found.filter((m) => m.at < start || (m.at >= end && !reportsLater(sentence, start, end, m, leads) && !(m.participle && adjectiveSpot(sentence, start, end, m.at))));
  if (all.length === 0) return null;
  // "The trial, which opened Monday, continues Thursday": the verb the date hangs on decides,
  // however near another clause's verb stands on the other side.
  const own = all.find((m) => m.at < start && VERB_TO_DATE.test(sentence.slice(m.end, start)));
  if (own) return own.tense;
  // "Bush, who returns to Washington on Wednesday, spent the weekend": a verb in the date's own
  // clause (no comma or semicolon between) decides before one in the next clause.
  const inClause = all.filter((m) => !CLAUSE_BREAK.test(m.at < start ? sentence.slice(m.end, start) : sentence.slice(end, m.at)));
  const candidates = inClause.length > 0 ? inClause : all;
  candidates.sort((a, b) => distance(a, start, end) - distance(b, start, end));
  return candidates[0]!.tense;
}

/**
 * The clause of the date at `start` of `sentence` speaks of a habit ("they usually meet on
 * Tuesday"): a weekday there recurs rather than naming one day. Only in a clause that is not past:
 * "stocks generally rose on Tuesday", "talks never resumed after Monday" name one day.
 */
export function isHabitual(sentence: string, start: number): boolean {
  return HABIT_IN_CLAUSE.test(sentence.slice(Math.max(0, start - WINDOW), start));
}

/** "every year", "each year", "annually", "yearly" in the clause around a date. */
const YEARLY_BEFORE = /\b(?:every|each)\s+year\b[^,;:.!?"“”]*$|\b(?:annually|yearly)\s+(?:[^,;:.!?"“”]*\s)?$/i;
const YEARLY_AFTER = /^[^,;:.!?"“”]*\b(?:(?:every|each)\s+year|annually|yearly)\b/i;

/**
 * The clause of a month or month-day at [start, end) says it comes round every year: "the
 * festival takes place every year in August", "is held annually on July 4". Such a month names no
 * one month; TimeML writes it `XXXX-08`. Only in a clause that is not past, as for isHabitual.
 */
export function isYearly(sentence: string, start: number, end: number): boolean {
  return YEARLY_BEFORE.test(sentence.slice(Math.max(0, start - WINDOW), start)) || YEARLY_AFTER.test(sentence.slice(end, end + WINDOW));
}
