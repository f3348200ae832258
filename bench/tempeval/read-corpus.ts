/** Loads every `.tml` file of a folder, sorted by name so runs are deterministic. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTimeml } from './timeml-reader';
import type { TimemlDocument } from './timex';

export function readTimemlFolder(folder: string): TimemlDocument[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.tml'))
    .sort()
    .map((name) => readTimeml(readFileSync(join(folder, name), 'utf8'), basename(name, '.tml')));
}
