import { existsSync } from 'node:fs';
import { assertChromium } from './support/browser';

export default function setup(): void {
  assertChromium();
  if (!existsSync('dist/index.html') || !existsSync('dist/timeline.json'))
    throw new Error('The built app is missing: run `npm run build` before the browser tests (npm test does it).');
}
