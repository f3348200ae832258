import type { ParsingResult } from 'chrono-node';

/** `chrono:ENWeekdayParser` from chrono's `parser/...` tag, for the mention's `rule`. */
export function chronoRule(result: ParsingResult): string {
  for (const tag of result.tags()) if (tag.startsWith('parser/')) return `chrono:${tag.slice(7)}`;
  return 'chrono';
}

/** Chrono results computed from the reference date ("today", "3 days ago", "next week"). */
export function isChronoRelative(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return true;
  return false;
}
