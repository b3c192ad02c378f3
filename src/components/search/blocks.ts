/**
 * The search title and judgement areas of every block, per document, for the
 * document components (which know only a block's id and the page they are on)
 * and for the search page's filters.
 */
import { loadDocuments, type RecordDocument } from '../../data/documents';
import { documentPath } from '../../model/paths';
import { searchBlocks, type SearchBlock } from '../../model/search';

let cache: Promise<Map<string, Map<string, SearchBlock>>> | undefined;

function blocksOf(document: RecordDocument): Map<string, SearchBlock> {
  return searchBlocks(document.blocks, document.data.documentType === 'ofsted-report', document.data.judgements);
}

/** Document id → block id → what search says about the block. */
export function allSearchBlocks(): Promise<Map<string, Map<string, SearchBlock>>> {
  cache ??= loadDocuments().then((documents) => new Map(documents.map((d) => [d.id, blocksOf(d)])));
  return cache;
}

/**
 * The search facts of block `id` on the document page at `pathname` (a component's
 * `Astro.url.pathname`), or undefined on any other page.
 */
export async function searchBlockAt(pathname: string, id: string): Promise<SearchBlock | undefined> {
  const all = await allSearchBlocks();
  for (const [documentId, blocks] of all) {
    if (pathname === documentPath(documentId)) return blocks.get(id);
  }
  return undefined;
}
