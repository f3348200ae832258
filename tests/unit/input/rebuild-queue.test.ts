import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildQueue } from '../../../src/cli/watch/rebuild-queue';

describe('RebuildQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A run that stays in progress until `finish()` is called. */
  function controlledRun() {
    const runs: (() => void)[] = [];
    const run = vi.fn(() => new Promise<void>((resolve) => runs.push(resolve)));
    return { run, finish: async () => (runs.shift()!(), await vi.advanceTimersByTimeAsync(0)) };
  }

  it('turns a burst of changes into one run after the quiet delay', async () => {
    const { run, finish } = controlledRun();
    const queue = new RebuildQueue(run, 200);
    queue.trigger();
    await vi.advanceTimersByTimeAsync(150);
    queue.trigger();
    await vi.advanceTimersByTimeAsync(150);
    queue.trigger();
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(run).toHaveBeenCalledTimes(1);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never overlaps runs: changes during a run cause exactly one more run after it', async () => {
    const { run, finish } = controlledRun();
    const queue = new RebuildQueue(run, 100);
    queue.trigger();
    await vi.advanceTimersByTimeAsync(100);
    queue.trigger();
    queue.trigger();
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(1);
    await finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
    await finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps going after a failed run, and stops after close()', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined);
    const queue = new RebuildQueue(run, 50);
    queue.trigger();
    await vi.advanceTimersByTimeAsync(50);
    queue.trigger();
    await vi.advanceTimersByTimeAsync(50);
    expect(run).toHaveBeenCalledTimes(2);
    queue.trigger();
    queue.close();
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
