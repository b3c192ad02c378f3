/**
 * The documents as the pages and data files use them: the collection entries in
 * time order, each with its parsed body and the year of the inspection it reports.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { identifiedBlocks, parseBody, type Block } from '../model/body';
import { checkProse } from '../model/quotations';
import { compareDates, documentTime, yearOf } from '../model/dates';
import { findingsOf, judgementBlockIds, type Finding } from '../model/findings';
import { blockNames } from '../model/labels';
import { blockPlaces } from '../model/places';
import { judgementRows, type JudgementRow } from '../model/opendata';
import { isNumbered } from '../model/vocabulary';

export interface RecordDocument {
  entry: CollectionEntry<'documents'>;
  id: string;
  data: CollectionEntry<'documents'>['data'];
  blocks: Block[];
  /** The year of the inspection it reports on, or of the document where it reports on none. */
  year: number;
  findings: Finding[];
  labels: Map<string, string>;
  /** Block id → the number its page shows beside it, which its label gives (src/model/labels.ts). */
  marks: Map<string, string>;
  /** Block id → where it sits in the document (src/model/places.ts). */
  places: Map<string, string>;
}

let cache: Promise<RecordDocument[]> | undefined;

async function load(): Promise<RecordDocument[]> {
  const listKinds = (await getCollection('findingKinds')).map((entry) => entry.data);
  const documents = (await getCollection('documents'))
    .sort((a, b) => compareDates(documentTime(a.data), documentTime(b.data)))
    .map((entry) => {
      const blocks = parseBody(entry.body ?? '');
      const names = blockNames(blocks, isNumbered(entry.data.documentType));
      const year = yearOf(documentTime(entry.data));
      return {
        entry,
        id: entry.id,
        data: entry.data,
        blocks,
        year,
        findings: findingsOf(entry.id, year, blocks, {
          judgementBlocks: judgementBlockIds(entry.data.judgements),
          listKinds: listKinds.filter((l) => l.document === entry.id),
        }),
        labels: new Map([...names].map(([id, n]) => [id, n.label])),
        marks: new Map([...names].flatMap(([id, n]) => (n.mark ? [[id, n.mark] as const] : []))),
        places: blockPlaces(blocks),
      };
    });
  // Each list kind's reason quotes the words that state the kind: they must be in the blocks it names.
  const texts = new Map(documents.map((d) => [d.id, new Map(identifiedBlocks(d.blocks).map((b) => [b.id, b.text]))]));
  const problems = listKinds.flatMap((l) =>
    checkProse('content/finding-kinds.yaml', l.id, l.because, (l.lead ? [l.lead] : l.blocks!).map((block) => ({ document: l.document, block })), (document, block) => texts.get(document)?.get(block)),
  );
  if (problems.length) throw new Error(`The finding kinds do not agree with the documents:\n- ${problems.join('\n- ')}`);
  return documents;
}

export function loadDocuments(): Promise<RecordDocument[]> {
  cache ??= load();
  return cache;
}

/** One row per judgement across the record, in time order: the open data and the charts read this. */
export async function loadJudgementRows(): Promise<JudgementRow[]> {
  const documents = await loadDocuments();
  return judgementRows(documents.map((d) => ({ id: d.id, year: d.year, framework: d.data.framework, judgements: d.data.judgements })));
}
