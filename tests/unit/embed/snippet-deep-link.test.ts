import { describe, expect, it } from 'vitest';
import { eventLink, fullTimelineLink, withViewState } from '../../../src/app/embed/deep-link';
import { buildEmbedSnippet, embedUrl, hostScriptUrl } from '../../../src/app/embed/embed-snippet';

describe('buildEmbedSnippet', () => {
  it('writes a lazy, titled, full-width iframe with a fixed fallback height', () => {
    expect(buildEmbedSnippet({ src: 'https://t.example/tl/?embed=1' })).toBe(
      '<iframe src="https://t.example/tl/?embed=1" title="Sourceline timeline" width="100%" height="600"' +
        ' style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>',
    );
  });
  it('adds the host script when asked and escapes attributes', () => {
    expect(
      buildEmbedSnippet({ src: 'https://t.example/?embed=1&q="x"', title: 'Russia & NATO <talks>', height: 480, hostScript: 'https://t.example/embed.js' }),
    ).toBe(
      '<iframe src="https://t.example/?embed=1&amp;q=&quot;x&quot;" title="Russia &amp; NATO &lt;talks&gt;" width="100%" height="480"' +
        ' style="width:100%;border:0" loading="lazy" allow="clipboard-write" data-sourceline></iframe>\n' +
        '<script src="https://t.example/embed.js" async></script>',
    );
  });
});

describe('embedUrl and hostScriptUrl', () => {
  it('keeps the page settings, drops the view and page-only keys, adds embed=1', () => {
    expect(embedUrl('https://t.example/tl/index.html?dark=auto&src=x.json&height=300&origin=https://a.example#event=e')).toBe(
      'https://t.example/tl/index.html?embed=1&src=x.json&dark=auto',
    );
    expect(embedUrl('https://t.example/tl/', 'e 1')).toBe('https://t.example/tl/?embed=1#event=e+1');
    expect(embedUrl('https://t.example/tl/?height=300', null, 600)).toBe('https://t.example/tl/?embed=1&height=600');
    expect(hostScriptUrl('https://t.example/tl/index.html?x=1')).toBe('https://t.example/tl/embed.js');
  });
});

describe('deep links', () => {
  it('moves the view state into the hash', () => {
    expect(withViewState('https://t.example/?embed=1&event=old&start=2000&end=2001', { event: 'e1', window: { start: '2021-01-01', end: '2023-01-01' } })).toBe(
      'https://t.example/?embed=1#event=e1&start=2021&end=2022',
    );
    expect(withViewState('https://t.example/?embed=1#event=e1', { event: null, window: null })).toBe('https://t.example/?embed=1');
  });
  it('links readers to the full page at one event', () => {
    expect(eventLink('https://t.example/tl/?embed=1&dark=auto&childId=c&origin=https://n.example#start=2021&end=2022', 'e/1')).toBe(
      'https://t.example/tl/?dark=auto#event=e%2F1',
    );
    expect(fullTimelineLink('https://t.example/tl/?embed=1&height=400', { event: 'e', window: { start: '2022-01-01', end: '2022-02-01' } })).toBe(
      'https://t.example/tl/#event=e&start=2022-01&end=2022-01',
    );
  });
});
