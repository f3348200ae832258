import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, parseUrlConfig, type AppConfig } from '../../../src/app/config/url-config';

function parse(search: string, hash = ''): { config: AppConfig; warnings: string[] } {
  const warnings: string[] = [];
  const config = parseUrlConfig(search, (m) => warnings.push(m), hash);
  return { config, warnings };
}

/** Expects exactly these changed fields and these warnings. */
function expectParse(search: string, changes: Partial<AppConfig>, warnings: string[] = [], hash = ''): void {
  const result = parse(search, hash);
  expect(result.config).toEqual({ ...DEFAULT_CONFIG, ...changes });
  expect(result.warnings).toEqual(warnings);
}

afterEach(() => vi.unstubAllGlobals());

describe('parseUrlConfig', () => {
  it('gives the defaults for an empty query', () => {
    expectParse('', {});
    expectParse('?', {});
  });

  it('warns about unknown parameters and never passes them through', () => {
    expectParse('?foo=1&script=alert(1)', {}, ['sourceline: ignoring unknown parameter foo', 'sourceline: ignoring unknown parameter script']);
  });

  describe('src', () => {
    it('accepts relative and http(s) URLs as written', () => {
      expectParse('?src=other.json', { src: 'other.json' });
      expectParse('?src=../data/t.json', { src: '../data/t.json' });
      expectParse('?src=https%3A%2F%2Fexample.org%2Ft.json', { src: 'https://example.org/t.json' });
      expectParse('?src=http://127.0.0.1:8080/t.json', { src: 'http://127.0.0.1:8080/t.json' });
    });
    it('refuses other schemes and empty values', () => {
      const why = 'only http(s) or relative URLs are loaded';
      expectParse('?src=javascript:alert(1)', {}, [`sourceline: ignoring src=javascript:alert(1): ${why}`]);
      expectParse('?src=data:application/json,{}', {}, [`sourceline: ignoring src=data:application/json,{}: ${why}`]);
      expectParse('?src=file:///etc/passwd', {}, [`sourceline: ignoring src=file:///etc/passwd: ${why}`]);
      expectParse('?src=', {}, [`sourceline: ignoring src=: ${why}`]);
    });
  });

  describe('embed', () => {
    it('is on for embed=1, embed=true and a bare embed', () => {
      expectParse('?embed=1', { embed: true });
      expectParse('?embed=true', { embed: true });
      expectParse('?embed=TRUE', { embed: true });
      expectParse('?embed', { embed: true });
    });
    it('is off for 0/false and warns for anything else', () => {
      expectParse('?embed=0', {});
      expectParse('?embed=false', {});
      expectParse('?embed=yes', {}, ['sourceline: ignoring embed=yes: use embed=1 or embed=true']);
    });
  });

  describe('event', () => {
    it('takes an event id as written', () => {
      expectParse('?event=2022-01-11-biden-86', { event: '2022-01-11-biden-86' });
      expectParse('?event=caf%C3%A9%201', { event: 'café 1' });
    });
    it('refuses empty, over-long and control-character ids', () => {
      expectParse('?event=', {}, ['sourceline: ignoring event=: not an event id']);
      const long = 'x'.repeat(201);
      expectParse(`?event=${long}`, {}, [`sourceline: ignoring event=${long}: not an event id`]);
      expectParse('?event=a%0Ab', {}, ['sourceline: ignoring event=a\nb: not an event id']);
    });
  });

  describe('start and end', () => {
    it('reads years, months and days, taking the named period whole', () => {
      expectParse('?start=2021&end=2022', { window: { start: '2021-01-01', end: '2023-01-01' } });
      expectParse('?start=2021-12&end=2022-02', { window: { start: '2021-12-01', end: '2022-03-01' } });
      expectParse('?start=2022-01-10&end=2022-01-10', { window: { start: '2022-01-10', end: '2022-01-11' } });
      expectParse('?start=1997&end=2022-01-26', { window: { start: '1997-01-01', end: '2022-01-27' } });
    });
    it('reads ISO instants, UTC when no zone is given', () => {
      expectParse('?start=2022-01-10T09:30Z&end=2022-01-10T18:00', {
        window: { start: '2022-01-10T09:30:00.000Z', end: '2022-01-10T18:00:00.000Z' },
      });
      expectParse('?start=2022-01-10T09:30%2B01:00&end=2022-01-11T00:00:00.000Z', {
        window: { start: '2022-01-10T08:30:00.000Z', end: '2022-01-11' },
      });
    });
    it('refuses impossible dates, other formats and reversed windows', () => {
      const form = 'is not a year, month, day or ISO date-time';
      expectParse('?start=2022-02-30&end=2023', {}, [`sourceline: ignoring the time window: start=2022-02-30 ${form}`]);
      expectParse('?start=2022-13&end=2023', {}, [`sourceline: ignoring the time window: start=2022-13 ${form}`]);
      expectParse('?start=Jan%202022&end=2023', {}, [`sourceline: ignoring the time window: start=Jan 2022 ${form}`]);
      expectParse('?start=22&end=2023', {}, [`sourceline: ignoring the time window: start=22 ${form}`]);
      expectParse('?start=2021&end=2022-01-10T24:00Z', {}, [`sourceline: ignoring the time window: end=2022-01-10T24:00Z ${form}`]);
      expectParse('?start=2023&end=2022', {}, ['sourceline: ignoring the time window: start=2023 is not before end=2022']);
      expectParse('?start=2022-01-10T12:00Z&end=2022-01-10T12:00Z', {}, [
        'sourceline: ignoring the time window: start=2022-01-10T12:00Z is not before end=2022-01-10T12:00Z',
      ]);
    });
    it('needs both bounds', () => {
      expectParse('?start=2021', {}, ['sourceline: ignoring start=2021: start and end go together']);
      expectParse('?end=2021', {}, ['sourceline: ignoring end=2021: start and end go together']);
    });
  });

  describe('lanes, q and doc', () => {
    it('accepts the three lane modes only', () => {
      expectParse('?lanes=document', { lanes: 'document' });
      expectParse('?lanes=site', { lanes: 'site' });
      expectParse('?lanes=none', { lanes: 'none' });
      expectParse('?lanes=author', {}, ['sourceline: ignoring lanes=author: use document, site or none']);
    });
    it('takes a search of plain text up to 200 characters', () => {
      expectParse('?q=%20Geneva%20talks%20', { q: 'Geneva talks' });
      expectParse(`?q=${'a'.repeat(200)}`, { q: 'a'.repeat(200) });
      expectParse(`?q=${'a'.repeat(201)}`, {}, [`sourceline: ignoring q=${'a'.repeat(40)}: a search is at most 200 characters of text`]);
    });
    it('splits doc on commas, dropping duplicates and malformed items', () => {
      expectParse('?doc=a,b,,a', { doc: ['a', 'b'] });
      expectParse('?doc=a&doc=c', { doc: ['a', 'c'] });
      expectParse('?doc=a,%01', { doc: ['a'] }, ['sourceline: ignoring doc item "\u0001": not a document id']);
    });
  });

  describe('dark', () => {
    it('maps true, false and auto to a theme', () => {
      expectParse('?dark=true', { theme: 'dark' });
      expectParse('?dark=false', { theme: 'light' });
      expectParse('?dark=auto', { theme: 'auto' });
      expectParse('?dark=1', {}, ['sourceline: ignoring dark=1: use dark=true, dark=false or dark=auto']);
    });
  });

  describe('height', () => {
    it('accepts whole pixels from 150 to 5000, with or without px', () => {
      expectParse('?height=600', { height: 600 });
      expectParse('?height=480px', { height: 480 });
      expectParse('?height=150', { height: 150 });
      expectParse('?height=5000', { height: 5000 });
    });
    it('refuses out-of-range, fractional and relative heights', () => {
      const why = 'use a whole number of pixels from 150 to 5000';
      for (const bad of ['149', '5001', '600.5', '50%', '-600', '', '60em'])
        expectParse(`?height=${encodeURIComponent(bad)}`, {}, [`sourceline: ignoring height=${bad}: ${why}`]);
    });
  });

  describe('lang', () => {
    it('canonicalises BCP 47 tags', () => {
      expectParse('?lang=fr', { lang: 'fr' });
      expectParse('?lang=pt-br', { lang: 'pt-BR' });
      expectParse('?lang=zh-hant-tw', { lang: 'zh-Hant-TW' });
    });
    it('refuses what is not a language tag', () => {
      const why = 'not a BCP 47 language tag like en, fr or pt-BR';
      expectParse('?lang=en_US', {}, [`sourceline: ignoring lang=en_US: ${why}`]);
      expectParse('?lang=', {}, [`sourceline: ignoring lang=: ${why}`]);
      expectParse('?lang=%3Cscript%3E', {}, [`sourceline: ignoring lang=<script>: ${why}`]);
    });
  });

  describe('origin and allow', () => {
    it('collects canonical http(s) origins from both keys', () => {
      expectParse('?origin=https://news.example', { allowOrigins: ['https://news.example'] });
      expectParse('?origin=https://News.Example/&allow=http://127.0.0.1:8080,https://news.example', {
        allowOrigins: ['https://news.example', 'http://127.0.0.1:8080'],
      });
    });
    it('refuses wildcards, paths, other schemes and non-URLs', () => {
      const why = 'not an http(s) origin like https://example.org';
      expectParse('?origin=*', {}, [`sourceline: ignoring origin item "*": ${why}`]);
      expectParse('?origin=https://news.example/page', {}, [`sourceline: ignoring origin item "https://news.example/page": ${why}`]);
      expectParse('?allow=https://news.example/?x', {}, [`sourceline: ignoring allow item "https://news.example/?x": ${why}`]);
      expectParse('?origin=ftp://news.example', {}, [`sourceline: ignoring origin item "ftp://news.example": ${why}`]);
      expectParse('?origin=news.example', {}, [`sourceline: ignoring origin item "news.example": ${why}`]);
      expectParse('?origin=https://user:pw@news.example', {}, [`sourceline: ignoring origin item "https://user:pw@news.example": ${why}`]);
    });
  });

  describe('Pym.js parameters', () => {
    it('keeps childId and accepts the other Pym parameters quietly', () => {
      expectParse('?childId=timeline&initialWidth=640&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F', { pymChildId: 'timeline' });
    });
    it('refuses a child id that would break the Pym message format', () => {
      expectParse('?childId=axPYMxb', {}, ['sourceline: ignoring childId=axPYMxb: not a Pym.js child id']);
    });
  });

  it('warns when a single-valued parameter is repeated and uses the last', () => {
    expectParse('?dark=true&dark=false', { theme: 'light' }, ['sourceline: dark is given 2 times, using the last one']);
  });

  describe('the hash', () => {
    it('carries the deep-link keys and wins over the query', () => {
      expectParse('?event=a&start=2020&end=2021', { event: 'b', window: { start: '2021-01-01', end: '2022-01-01' } }, [], '#event=b&start=2021&end=2021');
      expectParse('?embed=1', { embed: true, event: 'x y' }, [], '#event=x%20y');
    });
    it("defaults to the page's own hash when parsing the page's own query", () => {
      vi.stubGlobal('location', { search: '?embed=1', hash: '#event=e7&start=2021&end=2021' });
      expect(parseUrlConfig('?embed=1', () => {})).toMatchObject({ embed: true, event: 'e7', window: { start: '2021-01-01', end: '2022-01-01' } });
      expect(parseUrlConfig('?dark=true', () => {})).toMatchObject({ event: null, window: null });
      expect(parseUrlConfig('?embed=1', () => {}, '')).toMatchObject({ event: null });
    });
    it('ignores plain anchors and warns about other keys', () => {
      expectParse('', {}, [], '#top');
      expectParse('', { event: 'e' }, ['sourceline: ignoring dark in the URL hash: only event, start, end are read there'], '#event=e&dark=true');
    });
  });
});
