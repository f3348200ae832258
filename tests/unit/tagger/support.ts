/** Shared helpers for the tagger tests: tag with an explicit reference day, in UTC. */
import { expect } from 'vitest';
import { tagDates } from '../../../src/extract/tagger/tag-dates';
import type { DateMention } from '../../../src/extract/types';

export function tag(text: string, reference: string): DateMention[] {
  return tagDates(text, { date: reference, timezone: 0 });
}

/** The one mention in `text`; fails when there are none or several. */
export function only(text: string, reference: string): DateMention {
  const mentions = tag(text, reference);
  expect(mentions.map((m) => m.text), `mentions in "${text}"`).toHaveLength(1);
  return mentions[0]!;
}

/** The fields a test states exactly; `interval` as [start, end) or null. */
export interface Expected {
  text: string;
  start: number;
  type: DateMention['type'];
  value: string;
  precision: DateMention['precision'];
  interval: [string, string] | null;
  approximate?: boolean;
  anchoring?: DateMention['anchoring'];
  rule?: string;
}

export function expectMention(actual: DateMention, expected: Expected): void {
  expect({
    text: actual.text,
    start: actual.start,
    end: actual.end,
    type: actual.type,
    value: actual.value,
    precision: actual.precision,
    interval: actual.interval ? [actual.interval.start, actual.interval.end] : null,
    ...(expected.approximate !== undefined ? { approximate: actual.approximate } : {}),
    ...(expected.anchoring !== undefined ? { anchoring: actual.anchoring } : {}),
    ...(expected.rule !== undefined ? { rule: actual.rule } : {}),
  }).toEqual({ ...expected, end: expected.start + expected.text.length });
}

/** A one-day DATE mention: `date` to `next` (the day after), with any other fields stated. */
export function dayMention(text: string, start: number, date: string, next: string, more: Partial<Expected> = {}): Expected {
  return { text, start, type: 'DATE', value: date, precision: 'day', interval: [date, next], ...more };
}

/** A row of a rule's table: the sentence, the reference day and the one mention expected. */
export type Row = [sentence: string, reference: string, expected: Expected];

/** The mention whose text is `expected.text` among several in `text`. */
export function mentionOf(text: string, reference: string, mentionText: string): DateMention {
  const found = tag(text, reference).find((m) => m.text === mentionText);
  expect(found, `a mention "${mentionText}" in "${text}"`).toBeDefined();
  return found!;
}
