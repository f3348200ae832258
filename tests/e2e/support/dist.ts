/** Which built app the browser tests serve: dist/ unless SOURCELINE_DIST names another build. */
import path from 'node:path';

export const DIST_DIR = path.resolve(process.env.SOURCELINE_DIST ?? 'dist');
