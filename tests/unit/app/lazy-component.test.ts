import { describe, expect, it } from 'vitest';
import { LazyComponent } from '../../../src/app/lib/lazy-component.svelte';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyComponent', () => {
  it('imports nothing until read, then once, and gives the component once it has arrived', async () => {
    let calls = 0;
    const lazy = new LazyComponent(() => {
      calls++;
      return Promise.resolve({ default: 'Panel' });
    });
    expect(calls).toBe(0);
    expect(lazy.get()).toBeUndefined();
    expect(lazy.get()).toBeUndefined();
    expect(calls).toBe(1);
    await settled();
    expect(lazy.get()).toBe('Panel');
    expect(lazy.failed).toBe(false);
    expect(calls).toBe(1);
  });

  it('shares one import between an early load() and the first read', async () => {
    let calls = 0;
    const lazy = new LazyComponent(() => {
      calls++;
      return Promise.resolve({ default: 'List' });
    });
    await lazy.load();
    expect(lazy.get()).toBeUndefined();
    await settled();
    expect(lazy.get()).toBe('List');
    expect(calls).toBe(1);
  });

  it('says it failed when the chunk cannot be loaded, and never gives a component', async () => {
    const lazy = new LazyComponent<string>(() => Promise.reject(new Error('offline')));
    expect(lazy.get()).toBeUndefined();
    await settled();
    expect(lazy.failed).toBe(true);
    expect(lazy.get()).toBeUndefined();
  });
});
