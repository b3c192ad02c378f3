/**
 * The record, read once and checked once: `loadRecord` hands every collection and file of content/
 * to checkRecord (src/model/checked-record.ts), which reads each entry by its schema and checks every
 * claim against the documents, and fails with every problem found, each naming its file, entry and
 * field, so the build fails rather than show a claim no document makes. Every other loader of
 * src/data reads this record; nothing is checked twice.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import glossaryText from '../../content/glossary.yaml?raw';
import synonymsText from '../../content/search-synonyms.yaml?raw';
import meaningsText from '../../content/search-meanings.yaml?raw';
import { documentHistory, repairsByChange, type Change } from '../model/changes';
import { checkRecord, type CheckedRecord, type WrittenContent } from '../model/checked-record';
import { evidenceRows } from '../model/evidence';
import type { Inspection } from '../model/journey';
import { blockPath } from '../model/paths';
import { quotationsFor } from '../model/quotations';
import type { RecordDocument as Document } from '../model/record-document';

/** A document of the record, with the collection entry its page renders. */
export type RecordDocument = Document<CollectionEntry<'documents'>>;

let cache: Promise<CheckedRecord<CollectionEntry<'documents'>>> | undefined;

/** The record, read and checked on first use; the build fails with every problem the content has. */
export function loadRecord(): Promise<CheckedRecord<CollectionEntry<'documents'>>> {
  cache ??= readRecord();
  return cache;
}

const dataOf = async (collection: 'findingKinds' | 'themes' | 'readings' | 'areas' | 'timeline' | 'quotations' | 'changes' | 'followUps' | 'site') =>
  (await getCollection(collection)).map((entry) => entry.data as unknown);

/** Every collection and file of content/ as written, for checkRecord. */
export async function writtenContent(): Promise<WrittenContent<CollectionEntry<'documents'>>> {
  return {
    documents: (await getCollection('documents')).map((entry) => ({ entry, id: entry.id, file: entry.filePath ?? entry.id, data: entry.data as unknown, body: entry.body ?? '' })),
    findingKinds: await dataOf('findingKinds'),
    themes: await dataOf('themes'),
    readings: await dataOf('readings'),
    areas: await dataOf('areas'),
    timeline: await dataOf('timeline'),
    quotations: await dataOf('quotations'),
    changes: await dataOf('changes'),
    followUps: await dataOf('followUps'),
    site: (await dataOf('site'))[0],
    glossary: glossaryText,
    synonyms: synonymsText,
    meanings: meaningsText,
  };
}

async function readRecord() {
  const { record, problems } = checkRecord(await writtenContent());
  if (!record) throw new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}, each naming its file, entry and field:\n- ${problems.join('\n- ')}`);
  // Not an error: a new document builds before it is read, and its findings show no reading until a person has reviewed them.
  const waiting = record.unread;
  if (waiting.length) console.warn(`[readings] ${waiting.length} findings have no reviewed reading yet, so no reading or themes are shown for them (npm run propose-readings): ${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? ', …' : ''}`);
  return record;
}

/** Every document that reports on an inspection under a named framework, one column each. */
export async function loadInspections(): Promise<Inspection[]> {
  return (await loadRecord()).documents.flatMap((d) =>
    d.data.framework && d.data.inspected
      ? [{ year: d.year, document: d.id, framework: d.data.framework, outcome: d.data.outcome.text, outcomeUrl: blockPath(d.id, d.data.outcome.source) }]
      : [],
  );
}

/** The rows of the judgement matrix (content/areas.yaml), in the file's order. */
export const loadAreas = async () => (await loadRecord()).areas;

/** The text of a block of a document, or undefined where it has no such block: what claims about the text are checked against. */
export const loadBlockTexts = async () => (await loadRecord()).textOf;

/** The key moments the documents date, in time order. */
export const loadTimeline = async () => (await loadRecord()).timeline;

/** The quotations a page shows (content/quotations.yaml), by id. */
export const loadQuotations = async (page: string) => quotationsFor(page, (await loadRecord()).quotations);

/** Evidence figures of the documents that report on an inspection. */
export async function loadEvidence() {
  const documents = (await loadRecord()).documents.filter((d) => d.data.inspected);
  return evidenceRows(documents.map((d) => ({ id: d.id, year: d.year, shortTitle: d.data.shortTitle, evidence: d.data.evidence })));
}

/** The change log in the order it was written (oldest first). */
export const loadChanges = async (): Promise<Change[]> => (await loadRecord()).changes;

/** Each change with its document and the repairs it made, for the changes page and the feed. */
export async function loadChangeNotes() {
  const { changes, documents } = await loadRecord();
  const byId = new Map(documents.map((d) => [d.id, d]));
  const repairs = new Map(documents.map((d) => [d.id, repairsByChange(changes, d.id, d.data.repairs)]));
  return changes.map((change) => ({ change, document: byId.get(change.document)!, repairs: repairs.get(change.document)!.get(change.id) ?? [] }));
}

/** When a document was first published on this site and last changed. */
export async function loadDocumentHistory(document: string) {
  return documentHistory((await loadRecord()).changes, document)!;
}
