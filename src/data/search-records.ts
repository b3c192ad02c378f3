/**
 * What search reads: every block of the record as a search record (for the index),
 * the record's words by first letter (for correcting a misspelt word), and the
 * filters' values with their labels (for the search page).
 */
import { createMatcher } from '../model/glossary';
import { blockPath } from '../model/paths';
import { meaningFiles, searchRecords, type SearchRecord } from '../model/search-records';
import { spellingWords } from '../model/search-spelling';
import { loadRecord } from './record';
import { handOver } from './build-handoff';

let records: Promise<SearchRecord[]> | undefined;

async function load(): Promise<SearchRecord[]> {
  const { documents, findings, glossary, synonyms, meanings } = await loadRecord();
  const matcher = createMatcher(glossary);
  return documents.flatMap((d) =>
    searchRecords(
      {
        id: d.id,
        year: d.year,
        documentType: d.data.documentType,
        blocks: d.blocks,
        outline: d.outline,
        findings: new Map(findings.filter((f) => f.document === d.id).map((f) => [f.id, { kind: f.kind, themes: f.themes }])),
        url: (id) => blockPath(d.id, id),
      },
      matcher,
      synonyms,
      meanings,
    ),
  );
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
