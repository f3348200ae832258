/** The formats Sourceline reads, by file extension. */
import type { DocumentFormat } from './format';
import { html } from './html';
import { markdown } from './markdown';
import { plainText } from './plain-text';

export const FORMATS: readonly DocumentFormat[] = [plainText, markdown, html];

export const SUPPORTED_EXTENSIONS = FORMATS.flatMap((f) => f.extensions);

export function formatFor(extension: string): DocumentFormat | undefined {
  return FORMATS.find((f) => f.extensions.includes(extension.toLowerCase()));
}
