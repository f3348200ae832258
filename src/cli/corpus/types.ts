import type { Problem, SourceDocument } from '../../extract/types';
import type { PublishedFrom } from '../../schema/timeline';

/** What a sidecar metadata file (sources.json, sources.csv) says about one document. Every field is optional. */
export interface DocumentMetadata {
  title?: string;
  url?: string | null;
  author?: string | null;
  published?: string | null;
  /** The sidecar file name `published` came from, for messages. */
  publishedIn?: string;
}

/** A publication date as some source wrote it, before it is checked. */
export interface DateCandidate {
  value: string;
  from: PublishedFrom;
  /** Where it was found, for messages: `sources.json`, `front matter "published"`, `<meta property="article:published_time">`. */
  where: string;
}

/** What a document says about itself (front matter, HTML meta). */
export interface FileMetadata {
  title?: string;
  url?: string;
  author?: string;
  /** In the file's own order of preference; the first real day wins. */
  published: DateCandidate[];
}

export interface Corpus {
  documents: SourceDocument[];
  problems: Problem[];
  /** Files considered (documents + skipped + failed), for the summary. */
  filesSeen: number;
}
