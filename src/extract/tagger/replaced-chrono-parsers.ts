/**
 * Chrono parsers whose phrases our own rules value better: "3 days ago", "3 days later",
 * "within 3 days", "next 3 weeks", "last year". Dropping them keeps their readings (a date three
 * days off where TIMEX3 wants a duration, a day where it wants a year) out of the overlap
 * contest, and saves the time their large patterns take on every window.
 *
 * They are recognised by what they do (each parses its probe phrase whole), not by class name,
 * which a minifier may rename.
 */
import { Chrono, type Parser } from 'chrono-node';

const PROBES = ['5 days ago', '5 days later', 'within 5 days', 'next 5 weeks', 'last year', 'this week'];
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

export function isReplacedChronoParser(parser: Parser): boolean {
  const alone = new Chrono({ parsers: [parser], refiners: [] });
  return PROBES.some((probe) => alone.parse(probe, REFERENCE).some((result) => result.text === probe));
}
