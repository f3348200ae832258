import { describe, expect, it } from 'vitest';
import { ampEmbedSize } from '../../../src/app/embed/amp-protocol';
import { parsePymMessage, pymHeightMessage, pymMessage } from '../../../src/app/embed/pym-protocol';

describe('Pym.js protocol', () => {
  it('builds the exact strings a Pym parent parses', () => {
    expect(pymHeightMessage('timeline', 812)).toBe('pymxPYMxtimelinexPYMxheightxPYMx812');
    expect(pymHeightMessage('timeline', 811.2)).toBe('pymxPYMxtimelinexPYMxheightxPYMx812');
    expect(pymMessage('c-1', 'navigateTo', 'https://x.example/')).toBe('pymxPYMxc-1xPYMxnavigateToxPYMxhttps://x.example/');
  });
  it('reads messages addressed to this child only', () => {
    expect(parsePymMessage('pymxPYMxtimelinexPYMxwidthxPYMx640', 'timeline')).toEqual({ type: 'width', message: '640' });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'timeline')).toBeNull();
    expect(parsePymMessage('pymxPYMxtimelinexPYMxwidth', 'timeline')).toBeNull();
    expect(parsePymMessage('xxxPYMxtimelinexPYMxwidthxPYMx640', 'timeline')).toBeNull();
    expect(parsePymMessage({ type: 'width' }, 'timeline')).toBeNull();
  });
});

describe('AMP embed-size', () => {
  it('is the message amp-iframe listens for, in whole pixels', () => {
    expect(ampEmbedSize(420.4)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 421 });
  });
});
