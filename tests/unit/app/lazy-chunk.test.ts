import { describe, expect, it } from 'vitest';
import { lazyChunk } from '../../../src/app/lib/lazy-chunk';

describe('lazyChunk', () => {
  it('imports nothing until asked, then once, and gives the same promise every time', async () => {
    let calls = 0;
    const load = lazyChunk(() => {
      calls++;
      return Promise.resolve({ default: 'chunk' });
    });
    expect(calls).toBe(0);
    const first = load();
    const second = load();
    expect(second).toBe(first);
    expect(calls).toBe(1);
    expect(await first).toEqual({ default: 'chunk' });
  });
});
