/**
 * The documents as the pages and data files use them: the collection entries in
 * time order, each with its parsed body and the year of the inspection it reports.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseBody, type Block } from '../model/body';
import { compareDates, documentTime, yearOf } from '../model/dates';
import { findingsOf, judgementBlockIds, type Finding } from '../model/findings';
import { blockLabels } from '../model/labels';
import { blockPlaces } from '../model/places';
import { judgementRows, type JudgementRow } from '../model/opendata';

export interface RecordDocument {
  entry: CollectionEntry<'documents'>;
  id: string;
  data: CollectionEntry<'documents'>['data'];
  blocks: Block[];
  /** The year of the inspection it reports on, or of the document where it reports on none. */
  year: number;
  findings: Finding[];
  labels: Map<string, string>;
  /** Block id → where it sits in the document (src/model/places.ts). */
  places: Map<string, string>;
}

let cache: Promise<RecordDocument[]> | undefined;

async function load(): Promise<RecordDocument[]> {
  const listKinds = (await getCollection('findingKinds')).map((entry) => entry.data);
  return (await getCollection('documents'))
    .sort((a, b) => compareDates(documentTime(a.data), documentTime(b.data)))
    .map((entry) => {
      const blocks = parseBody(entry.body ?? '');
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
        labels: blockLabels(blocks, entry.data.documentType === 'ofsted-report'),
        places: blockPlaces(blocks),
      };
    });
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
