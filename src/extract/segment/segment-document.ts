/** A document cut into its layout blocks and sentences: what passages and labels are made from. */
import type { SourceDocument } from '../types';
import { layoutDocument, type Block } from './document-layout';
import { sentenceIndexAt, splitSentences, type Sentence } from './sentences';

export interface SegmentedDocument {
  doc: SourceDocument;
  blocks: Block[];
  sentences: Sentence[];
}

export function segmentDocument(doc: SourceDocument): SegmentedDocument {
  const blocks = layoutDocument(doc.text, doc.title);
  return { doc, blocks, sentences: splitSentences(doc.text, blocks) };
}

/** The sentence holding a text offset, or null when the offset is in page chrome. */
export function sentenceAt(seg: SegmentedDocument, offset: number): { sentence: Sentence; index: number } | null {
  const index = sentenceIndexAt(seg.sentences, offset);
  return index < 0 ? null : { sentence: seg.sentences[index]!, index };
}
