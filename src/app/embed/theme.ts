/**
 * `dark=auto`: follow the reader's `prefers-color-scheme`, live. The viewer only ever receives a
 * resolved 'light' or 'dark'; a later explicit theme (a `setTheme` message) stops the following.
 */
import type { Theme } from '../viewer-controller';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export type ResolvedTheme = 'light' | 'dark';

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}

/** Applies `theme` now through `apply`, following the system while it is 'auto'. */
export function themeFollower(matchMedia: (query: string) => MediaQueryList, apply: (theme: ResolvedTheme) => void) {
  const query = matchMedia(DARK_QUERY);
  let following = false;
  const onChange = () => apply(resolveTheme('auto', query.matches));
  return {
    set(theme: Theme) {
      if (theme === 'auto' && !following) query.addEventListener('change', onChange);
      if (theme !== 'auto' && following) query.removeEventListener('change', onChange);
      following = theme === 'auto';
      apply(resolveTheme(theme, query.matches));
    },
    stop() {
      if (following) query.removeEventListener('change', onChange);
      following = false;
    },
  };
}
