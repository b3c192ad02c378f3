/**
 * What search reads: every block of the record as a search record (for the index),
 * the record's words by first letter (for correcting a misspelt word), and the
 * filters' values with their labels (for the search page).
 */
import { createMatcher, type GlossaryMatcher } from '../model/glossary';
import { blockPath } from '../model/paths';
import { meaningFiles, searchRecords, type SearchRecord } from '../model/search-records';
import { spellingWords } from '../model/search-spelling';
import { loadRecord } from './record';
import { handOver } from './build-handoff';
import { buildMemo } from './build-memo';

let records: Promise<SearchRecord[]> | undefined;

/**
 * Each document's records as the last build made them where the document, the glossary, the synonyms, the meanings, the
 * base path and the code are the same (./build-memo.ts): a build makes every block's record, and one changed document
 * need not make every document's again. In a build only.
 */
const made = buildMemo<SearchRecord[]>('search-records', import.meta.env.PROD);

async function load(): Promise<SearchRecord[]> {
  const { documents, findings, glossary, synonyms, meanings } = await loadRecord();
  let matcher: GlossaryMatcher | undefined;
  const byDocument = Map.groupBy(findings, (f) => f.document);
  const records = documents.flatMap((d) => {
    const source = {
      id: d.id,
      year: d.year,
      documentType: d.data.documentType,
      blocks: d.blocks,
      outline: d.outline,
      findings: new Map((byDocument.get(d.id) ?? []).map((f) => [f.id, { kind: f.kind, themes: f.themes }])),
    };
    return made.get([source, blockPath(d.id, ''), glossary, synonyms, meanings], () =>
      searchRecords({ ...source, url: (id) => blockPath(d.id, id) }, (matcher ??= createMatcher(glossary)), synonyms, meanings),
    );
  });
  made.save();
  return records;
}

/** The meanings as the search page fetches them, prefix → file (src/scripts/search-query.ts reads them). */
export const loadMeaningFiles = async () => meaningFiles((await loadRecord()).meanings);

/** Every block's search record, made once; also left for the build's index step (./build-handoff.ts). */
export function loadSearchRecords(): Promise<SearchRecord[]> {
  records ??= load().then((made) => {
    handOver('searchRecords', made);
    return made;
  });
  return records;
}

/** First letter → word → how often the record uses it. */
export async function loadSpellingWords(): Promise<Map<string, Record<string, number>>> {
  return spellingWords((await loadSearchRecords()).map((r) => r.filters.text[0]));
}
