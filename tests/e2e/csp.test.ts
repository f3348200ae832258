/**
 * The built page ships a Content-Security-Policy that forbids inline script and eval, so that no
 * document text, title or URL in a timeline can ever run as code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/dist';

const page = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
const { document } = parseHTML(page);

function policy(): Map<string, string[]> {
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  expect(metas).toHaveLength(1);
  const directives = metas[0]!.getAttribute('content')!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...values]) => [name!, values]));
}

describe(`the built index.html in ${DIST_DIR}`, () => {
  const csp = policy();

  it('allows scripts from its own origin only: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, <base> rewriting and form submission', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('lets ?src= fetch timeline JSON over http(s) only', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
  });

  it('has no inline script for the policy to have to allow: every script is a file of the build', () => {
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.textContent?.trim()).toBe('');
      const src = script.getAttribute('src')!;
      expect(src).toMatch(/^\.\/assets\/[\w.-]+\.js$/);
      expect(readFileSync(path.join(DIST_DIR, src)).length).toBeGreaterThan(0);
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
