/**
 * What search reads: every block of the record as a search record (for the index),
 * the record's words by first letter (for correcting a misspelt word), and the
 * filters' values with their labels (for the search page).
 */
import glossaryText from '../../content/glossary.yaml?raw';
import synonymsText from '../../content/search-synonyms.yaml?raw';
import meaningsText from '../../content/search-meanings.yaml?raw';
import { parse as parseYaml } from 'yaml';
import { createMatcher, parseGlossary } from '../model/glossary';
import { blockPath } from '../model/paths';
import { meaningsAttribute, searchMeaningsSchema, searchRecords, searchSynonymsSchema, type SearchRecord } from '../model/search-records';
import { spellingWords } from '../model/search-spelling';
import { loadDocuments } from './documents';
import { loadFindings } from './findings';
import { handOverRecords } from './search-handoff';
import { isNumbered } from '../model/vocabulary';

let records: Promise<SearchRecord[]> | undefined;

async function load(): Promise<SearchRecord[]> {
  const matcher = createMatcher(parseGlossary(glossaryText));
  const synonyms = searchSynonymsSchema.parse(parseYaml(synonymsText));
  const meanings = loadMeanings();
  const { findings } = await loadFindings();
  return (await loadDocuments()).flatMap((d) =>
    searchRecords(
      {
        id: d.id,
        year: d.year,
        documentType: d.data.documentType,
        numbered: isNumbered(d.data.documentType),
        blocks: d.blocks,
        judgements: d.data.judgements,
        findings: new Map(findings.filter((f) => f.document === d.id).map((f) => [f.id, { kind: f.kind, themes: f.themes }])),
        url: (id) => blockPath(d.id, id),
      },
      matcher,
      synonyms,
      meanings,
    ),
  );
}

const loadMeanings = () => searchMeaningsSchema.parse(parseYaml(meaningsText));

/** The meanings as the search page carries them (src/scripts/search-query.ts reads them). */
export const loadMeaningsAttribute = () => meaningsAttribute(loadMeanings());

/** Every block's search record, made once; also left for the build's index step (./search-handoff.ts). */
export function loadSearchRecords(): Promise<SearchRecord[]> {
  records ??= load().then((made) => {
    handOverRecords(made);
    return made;
  });
  return records;
}

/** First letter → word → how often the record uses it. */
export async function loadSpellingWords(): Promise<Map<string, Record<string, number>>> {
  return spellingWords((await loadSearchRecords()).map((r) => r.filters.text[0]));
}
