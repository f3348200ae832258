import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertChromium } from './support/browser';
import { DIST_DIR } from './support/dist';

export default function setup(): void {
  assertChromium();
  if (!existsSync(path.join(DIST_DIR, 'index.html')) || !existsSync(path.join(DIST_DIR, 'timeline.json')))
    throw new Error(`The built app is missing in ${DIST_DIR}: run \`npm run build\` before the browser tests (npm test does it).`);
}
