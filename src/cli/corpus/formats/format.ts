/** A document format: turns a file's bytes into the text all offsets refer to, plus its own metadata. */
import type { FileMetadata } from '../types';

export type FormatResult =
  | {
      ok: true;
      /** The document text: offsets of passages and mentions count UTF-16 code units into it. */
      text: string;
      meta: FileMetadata;
      /** Syntax in the text that extraction reads past (offsets still count it). */
      markup?: 'markdown';
      /** Warnings about this file that did not stop it being read (encoding guessed, broken front matter). */
      notes: string[];
    }
  | { ok: false; reason: string };

export interface DocumentFormat {
  /** For messages: "plain text", "Markdown", "HTML". */
  name: string;
  extensions: readonly string[];
  read(bytes: Uint8Array): FormatResult;
}
