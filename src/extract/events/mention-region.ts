/**
 * The part of a sentence that belongs to one of its date mentions. "At Istanbul in 1999 and Astana
 * in 2010, ..." reports two summits: Istanbul goes with 1999 and Astana with 2010. Between two
 * mentions the sentence is cut at the last clause separator (comma, semicolon, dash, "and", "but",
 * "while") before the later mention; with no separator, at the midpoint.
 */
import type { Span } from '../../schema/timeline';

const SEPARATOR = /[,;–—]|\s(and|but|while|whereas|or)\s/gi;

function cutBetween(text: string, from: number, to: number, base: number): number {
  const gap = text.slice(from - base, to - base);
  let cut = -1;
  for (const m of gap.matchAll(SEPARATOR)) cut = m.index! + m[0].length;
  return cut >= 0 ? from + cut : from + spaceNearest(gap, Math.round(gap.length / 2));
}

/** The space in `gap` nearest its offset `at`, so a cut never splits a word ("afte|r"); `at` if none. */
function spaceNearest(gap: string, at: number): number {
  for (let d = 0; d <= gap.length; d++) {
    if (/\s/.test(gap[at - d] ?? '')) return at - d;
    if (/\s/.test(gap[at + d] ?? '')) return at + d;
  }
  return at;
}

/** SEPARATOR for a yes/no test: a global regex's `test` would carry its position over. */
const CLAUSE_BREAK = new RegExp(SEPARATOR.source, 'i');
const separated = (text: string, from: number, to: number) => CLAUSE_BREAK.test(text.slice(from, to));

const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;
const possessive = (text: string, m: Span) => POSSESSIVE.test(text.slice(m.end, m.end + 3));

/**
 * Region of mention `i` among `mentions` (sorted, all inside `sentence`). `text` is the document
 * text; offsets are document offsets.
 */
export function mentionRegion(text: string, sentence: Span, mentions: Span[], i: number): Span {
  // "signed in 2014 and 2015", "on Monday and Tuesday": dates joined by "and" share their phrase,
  // so the sentence is shared out around the whole run of them.
  let first = i;
  while (first > 0 && conjoined(text, mentions[first - 1]!, mentions[first]!)) first--;
  let last = i;
  while (last + 1 < mentions.length && conjoined(text, mentions[last]!, mentions[last + 1]!)) last++;
  const m = { start: mentions[first]!.start, end: mentions[last]!.end };
  let prev = mentions[first - 1];
  let next = mentions[last + 1];
  // A date in the possessive modifies a noun inside the clause ("the death toll from Monday's
  // earthquake rose on Wednesday"): with no clause break between it and another date, it takes no
  // part of the sentence from that date.
  if (!possessive(text, m)) {
    for (let k = first - 1; prev && possessive(text, prev) && !separated(text, prev.end, m.start); ) prev = mentions[--k];
    for (let k = last + 1; next && possessive(text, next) && !separated(text, m.end, next.start); ) next = mentions[++k];
  }
  const start = prev ? cutBetween(text, prev.end, m.start, 0) : sentence.start;
  const end = next ? cutBetween(text, m.end, next.start, 0) : sentence.end;
  return { start, end };
}

/** "2014 and 2015", "Monday or Tuesday": two dates joined by nothing but "and" ("Monday, and Tuesday's rally" joins clauses). */
const conjoined = (text: string, a: Span, b: Span) => /^\s+(?:and|or|&)\s+$/i.test(text.slice(a.end, b.start)) && !possessive(text, b);

/**
 * Marks that end a clause inside a sentence: commas (not in "1,700"), semicolons, colons, dashes.
 * Quotation marks and brackets do not: in news text they wrap words inside a clause as often as
 * whole clauses ("sent two proposed “international legal documents” to ...").
 */
const CLAUSE_MARK = /,(?!\d)|[;:—–]/g;

/** Words that go with a fronted date and say nothing of what happened: "Also on January 10, ...". */
const DATE_COMPANION = /^(?:also|and|but|then|again|even|only|just|meanwhile|separately|on|in|by|since|until|till|from|during|through|as|of|the|early|late|later|earlier)$/i;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !DATE_COMPANION.test(w)).length;

/**
 * Past participles that do not end in -ed, common in news asides: ", built in 1970,", ", held in
 * Geneva,", ", founded in 1998," is regular; ", built in 1970," was read as a clause of its own.
 */
const IRREGULAR_PARTICIPLE =
  'born|built|made|held|sold|bought|brought|taken|given|known|seen|found|won|lost|led|left|kept|paid|sent|spent|shown|' +
  'written|chosen|driven|drawn|thrown|sworn|struck|hit|shot|caught|taught|told|put|set|run|begun|done|hidden|frozen|' +
  'broken|spoken|stolen|forgotten|fought|thought|understood|meant|laid|split|cut|hurt|beaten|bound|ground|wound';

/** A relative clause or a participle between commas: ", who was elected in 2018,", ", signed in 1992,". */
const RELATIVE_OPENING = new RegExp(`^\\s*(?:who|whom|whose|which|\\p{L}+ed|${IRREGULAR_PARTICIPLE})\\b`, 'iu');

/**
 * The clause of `region` that holds the mention. A clause that is nothing but the date phrase
 * ("On Friday, ...", "Also on Friday, ...") runs on into the next one, which says what happened then, or else takes the
 * one before ("..., on Wednesday and Thursday respectively").
 */
export function clauseAround(text: string, region: Span, mention: Span, sentence: Span = region): Span {
  const marks = [...text.slice(region.start, region.end).matchAll(CLAUSE_MARK)].map((m) => region.start + m.index!);
  const before = marks.filter((i) => i < mention.start);
  const after = marks.filter((i) => i >= mention.end);
  let start = before.length ? before[before.length - 1]! + 1 : region.start;
  let end = after[0] ?? region.end;
  const others = (s: number, e: number) => wordCount(text.slice(s, mention.start) + ' ' + text.slice(mention.end, e));
  // An aside between commas (", agreed on 3 March,") tells of the noun before it, not of the
  // clause after it: "The ceasefire, agreed on 3 March, collapsed within days".
  const aside = before.length > 0 && after.length > 0 && RELATIVE_OPENING.test(text.slice(start, mention.start));
  if (others(start, end) < 2 && !aside) end = after[1] ?? region.end;
  // Not back into a relative clause or a participle between commas: "The senator, who was elected
  // in 2018, resigned on Friday" resigned on Friday; the election was not then.
  const previous = before.length > 1 ? before[before.length - 2]! + 1 : region.start;
  if (others(start, end) < 2 && !RELATIVE_OPENING.test(text.slice(previous, start))) start = previous;
  // The region of one of several dates may hold no words of its own ("..., on Wednesday and
  // Thursday respectively"): read the sentence as if the other dates were not there.
  if (others(start, end) < 2 && (sentence.start < region.start || sentence.end > region.end))
    return clauseAround(text, sentence, mention, sentence);
  return { start, end };
}

const COORDINATOR = /\s(?:and|or|&)\s/i;
const ONE_CLAUSE_MARK = new RegExp(CLAUSE_MARK.source);

/**
 * Dates coordinated at the head of a sentence, before its main clause: "At Istanbul in 1999 and
 * Astana in 2010, presidents ... pledged to ensure the indivisibility of security". The pledge is
 * 1999's as much as 2010's, but the regions give the main clause to the last date only. The first
 * `sharing` dates of `mentions` are the ones before the last; `head` runs from the sentence start
 * to the comma, which the caller must find verbless ("In 1999 the index climbed and in 2010, it fell"
 * is no such series); `main` is the clause after the comma, to the end of the last date's region.
 */
export function frontedSeries(text: string, sentence: Span, mentions: Span[], regions: Span[]): { sharing: number; head: Span; main: Span } | undefined {
  if (mentions.length < 2 || ONE_CLAUSE_MARK.test(text.slice(sentence.start, mentions[0]!.start))) return undefined;
  let last = 0;
  while (last + 1 < mentions.length) {
    const gap = text.slice(mentions[last]!.end, mentions[last + 1]!.start);
    if (!COORDINATOR.test(gap) || ONE_CLAUSE_MARK.test(gap)) break;
    last++;
  }
  if (last === 0) return undefined;
  const after = text.slice(mentions[last]!.end, regions[last]!.end);
  const comma = after.search(ONE_CLAUSE_MARK);
  if (comma < 0 || !after.startsWith(',', comma)) return undefined;
  const at = mentions[last]!.end + comma;
  return { sharing: last, head: { start: sentence.start, end: at }, main: { start: at + 1, end: regions[last]!.end } };
}

/**
 * Where to look for who acted: the date's clause, and when that clause has no verb ("In New York
 * Stock Exchange trading Friday, Crossland closed at $5"), the clause after it too.
 */
export function actingClause(text: string, sentence: Span, clause: Span, hasVerb: boolean): Span {
  if (hasVerb || clause.end >= sentence.end) return clause;
  const rest = text.slice(clause.end + 1, sentence.end);
  const next = rest.search(CLAUSE_MARK);
  return { start: clause.start, end: next < 0 ? sentence.end : clause.end + 1 + next };
}
