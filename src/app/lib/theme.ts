/** The theme contract: `<html data-theme="light|dark">`; every colour is a CSS custom property. */
import type { Theme } from '../viewer-controller';

export function resolveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): 'light' | 'dark' {
  const resolved = resolveTheme(theme);
  document.documentElement.dataset.theme = resolved;
  return resolved;
}

/** The canvas cannot read CSS variables per draw, so the colours are read once per theme. */
export interface Palette {
  mark: string;
  band: string;
  cluster: string;
  density: string;
  selected: string;
  grid: string;
  gridMajor: string;
  laneRule: string;
}

export function readPalette(el: Element): Palette {
  const s = getComputedStyle(el);
  const v = (name: string) => s.getPropertyValue(name).trim() || '#888';
  return {
    mark: v('--sl-mark'),
    band: v('--sl-band'),
    cluster: v('--sl-cluster'),
    density: v('--sl-density'),
    selected: v('--sl-selected'),
    grid: v('--sl-grid'),
    gridMajor: v('--sl-grid-major'),
    laneRule: v('--sl-lane-rule'),
  };
}
