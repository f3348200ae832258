import { describe, expect, it } from 'vitest';
import { isQuotedAtOtherTime } from '../../../src/extract/tagger/quoted-time';
import { mentionOf, tag } from './support';

describe('quoted "today" set at another time', () => {
  it('is not the article\'s day inside a quotation the sentence sets in another year', () => {
    const today = mentionOf('In 1975, Ford said: "today we sign the act."', '2022-01-11', 'today');
    expect([today.value, today.interval, today.precision, today.anchoring, today.rule, today.deictic]).toEqual(['PRESENT_REF', null, null, 'relative', 'present-ref:quoted', true]);
  });

  it('is the article\'s day outside the quotation, or when the year is the reference\'s', () => {
    expect(mentionOf('The 1975 act, Biden said today, "is dead."', '2022-01-11', 'today').value).toBe('2022-01-11');
    expect(mentionOf('In 2022, he said: "today we sign."', '2022-01-11', 'today').value).toBe('2022-01-11');
    expect(mentionOf('He said: "today we sign."', '2022-01-11', 'today').value).toBe('2022-01-11');
  });

  it('is set at another time by the attribution right after the quotation', () => {
    const today = mentionOf('"We are ready to talk today," he said in 1994.', '2000-04-14', 'today');
    expect([today.value, today.interval, today.rule]).toEqual(['PRESENT_REF', null, 'present-ref:quoted']);
    expect(mentionOf('"We sign today," Ford told reporters in a 1975 speech.', '2000-04-14', 'today').rule).toBe('present-ref:quoted');
  });

  it('keeps the article\'s day when the year after the quotation is not when it was said', () => {
    expect(mentionOf('"We sign today," he said, recalling the 1975 accords.', '2000-04-14', 'today').value).toBe('2000-04-14');
    expect(mentionOf('"We sign today," said Smith, who joined in 1994.', '2000-04-14', 'today').value).toBe('2000-04-14');
    expect(mentionOf('"We sign today," he said in 2000.', '2000-04-14', 'today').value).toBe('2000-04-14');
    expect(mentionOf('"We sign today," he said. The pact dates from 1975.', '2000-04-14', 'today').value).toBe('2000-04-14');
  });

  it('is set at another time by the sentence that introduces it with a colon', () => {
    const text = 'After the act was signed in 1975, Ford said the following:\n\n“History will judge what we say here today.”\n\nThe talks resume today.';
    expect(tag(text, '2022-01-15').map((m) => [m.text, m.value, m.rule])).toEqual([
      ['1975', '1975', 'bare-year'],
      ['today', 'PRESENT_REF', 'present-ref:quoted'],
      ['today', '2022-01-15', 'present-ref'],
    ]);
    // An introduction without a year, or a year in a sentence that introduces nothing, leaves the article's day.
    expect(mentionOf('Ford said the following:\n\n“We sign today.”', '2022-01-15', 'today').value).toBe('2022-01-15');
    expect(mentionOf('In 2019 he spoke. He added: “We sign today.”', '2022-01-15', 'today').value).toBe('2022-01-15');
  });

  it('reads apostrophes as no quotation marks', () => {
    expect(isQuotedAtOtherTime("Russia's 1997 pledge holds today", 27, 2022)).toBe(false);
    expect(isQuotedAtOtherTime("In 1975 he said: 'we sign today'", 28, 2022)).toBe(true);
    expect(isQuotedAtOtherTime('In 1975 he said: “we sign” and today', 32, 2022)).toBe(false);
  });

  it('treats a quoted "yesterday", "tomorrow" or "tonight" set at another time as the speaker\'s day', () => {
    expect(tag('In 1975, Ford said: "We sign today what we keep tomorrow."', '2022-01-15').map((m) => [m.text, m.value, m.anchoring, m.interval])).toEqual([
      ['1975', '1975', 'absolute', { start: '1975-01-01', end: '1976-01-01' }],
      ['today', 'PRESENT_REF', 'relative', null],
      ['tomorrow', 'FUTURE_REF', 'relative', null],
    ]);
    expect(mentionOf('He said: "We sign tomorrow."', '2022-01-15', 'tomorrow').value).toBe('2022-01-16');
  });
});
