/**
 * The search title and judgement areas of every block, per document, for the
 * document pages, which hand each block's facts to their body's components
 * (src/model/document-body.ts).
 */
import { loadDocuments } from './documents';
import type { RecordDocument } from './record';
import { searchBlocks, type SearchBlock } from '../model/outline';
import { isNumbered } from '../model/vocabulary';

let cache: Promise<Map<string, Map<string, SearchBlock>>> | undefined;

function blocksOf(document: RecordDocument): Map<string, SearchBlock> {
  return searchBlocks(document.blocks, isNumbered(document.data.documentType), document.data.judgements);
}

/** Document id → block id → what search says about the block. */
export function allSearchBlocks(): Promise<Map<string, Map<string, SearchBlock>>> {
  cache ??= loadDocuments().then((documents) => new Map(documents.map((d) => [d.id, blocksOf(d)])));
  return cache;
}
