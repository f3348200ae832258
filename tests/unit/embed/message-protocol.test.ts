import { describe, expect, it } from 'vitest';
import { isAllowedSender, isHello, looksLikeSourceline, parseHostCommand } from '../../../src/app/embed/message-protocol';

describe('parseHostCommand', () => {
  it('rebuilds each valid command with only its documented fields', () => {
    expect(parseHostCommand({ type: 'sourceline:select', event: 'e1', extra: '<b>' })).toEqual({ type: 'select', event: 'e1' });
    expect(parseHostCommand({ type: 'sourceline:select', event: null })).toEqual({ type: 'select', event: null });
    expect(parseHostCommand({ type: 'sourceline:search', query: ' Geneva ' })).toEqual({ type: 'search', query: 'Geneva' });
    expect(parseHostCommand({ type: 'sourceline:search', query: '' })).toEqual({ type: 'search', query: '' });
    expect(parseHostCommand({ type: 'sourceline:filter', documents: ['a', 'b', 'a'] })).toEqual({ type: 'filter', documents: ['a', 'b'] });
    expect(parseHostCommand({ type: 'sourceline:filter', documents: [] })).toEqual({ type: 'filter', documents: [] });
    expect(parseHostCommand({ type: 'sourceline:setWindow', window: { start: '2021', end: '2022-01' } })).toEqual({
      type: 'setWindow',
      window: { start: '2021-01-01', end: '2022-02-01' },
    });
    expect(parseHostCommand({ type: 'sourceline:setTheme', theme: 'auto' })).toEqual({ type: 'setTheme', theme: 'auto' });
    expect(parseHostCommand({ type: 'sourceline:setTheme', theme: 'dark' })).toEqual({ type: 'setTheme', theme: 'dark' });
  });

  it('refuses every malformed shape', () => {
    const bad: unknown[] = [
      null,
      'sourceline:select',
      ['sourceline:select', 'e1'],
      {},
      { type: 'select', event: 'e1' },
      { type: 'sourceline:ready' },
      { type: 'sourceline:resize', height: 100 },
      { type: 'sourceline:select' },
      { type: 'sourceline:select', event: '' },
      { type: 'sourceline:select', event: 42 },
      { type: 'sourceline:select', event: 'x'.repeat(201) },
      { type: 'sourceline:search', query: 5 },
      { type: 'sourceline:search', query: 'a\u0000b' },
      { type: 'sourceline:search', query: 'q'.repeat(201) },
      { type: 'sourceline:filter', documents: 'a' },
      { type: 'sourceline:filter', documents: ['a', 3] },
      { type: 'sourceline:filter', documents: Array.from({ length: 1001 }, (_, i) => `d${i}`) },
      { type: 'sourceline:setWindow', start: '2021', end: '2022' },
      { type: 'sourceline:setWindow', window: { start: '2022', end: '2021' } },
      { type: 'sourceline:setWindow', window: { start: '2021-02-30', end: '2022' } },
      { type: 'sourceline:setWindow', window: { start: 2021, end: 2022 } },
      { type: 'sourceline:setTheme', theme: 'sepia' },
      { type: 'sourceline:setTheme', theme: true },
      { type: 'sourceline:SELECT', event: 'e1' },
    ];
    for (const data of bad) expect(parseHostCommand(data), JSON.stringify(data)?.slice(0, 80)).toBeNull();
  });
});

describe('isAllowedSender', () => {
  const parent = {};
  const context = { parent, ownOrigin: 'https://timelines.example', allowOrigins: ['https://news.example'] };

  it('accepts the parent from its own origin or an allowed one', () => {
    expect(isAllowedSender({ source: parent, origin: 'https://timelines.example' }, context)).toBe(true);
    expect(isAllowedSender({ source: parent, origin: 'https://news.example' }, context)).toBe(true);
  });
  it('refuses other origins, other windows and missing sources', () => {
    expect(isAllowedSender({ source: parent, origin: 'https://evil.example' }, context)).toBe(false);
    expect(isAllowedSender({ source: parent, origin: 'https://news.example.evil.example' }, context)).toBe(false);
    expect(isAllowedSender({ source: parent, origin: 'null' }, context)).toBe(false);
    expect(isAllowedSender({ source: {}, origin: 'https://news.example' }, context)).toBe(false);
    expect(isAllowedSender({ source: null, origin: 'https://news.example' }, { ...context, parent: null })).toBe(false);
  });
});

describe('looksLikeSourceline', () => {
  it('recognises our message family only', () => {
    expect(looksLikeSourceline({ type: 'sourceline:select' })).toBe(true);
    expect(looksLikeSourceline({ sentinel: 'amp', type: 'embed-size' })).toBe(false);
    expect(looksLikeSourceline('pymxPYMxidxPYMxheightxPYMx10')).toBe(false);
  });
});

describe('isHello', () => {
  it('is the size request of embed.js only', () => {
    expect(isHello({ type: 'sourceline:hello' })).toBe(true);
    expect(isHello({ type: 'sourceline:hello', extra: 1 })).toBe(true);
    expect(isHello('sourceline:hello')).toBe(false);
    expect(isHello({ type: 'hello' })).toBe(false);
    expect(parseHostCommand({ type: 'sourceline:hello' })).toBeNull();
  });
});
