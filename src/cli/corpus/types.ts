import type { Problem, SourceDocument } from '../../extract/types';

/** What a sidecar metadata file says about one document. Every field is optional. */
export interface DocumentMetadata {
  title?: string;
  url?: string | null;
  author?: string | null;
  published?: string | null;
}

export interface Corpus {
  documents: SourceDocument[];
  problems: Problem[];
  /** Files considered (documents + skipped + failed), for the summary. */
  filesSeen: number;
}
