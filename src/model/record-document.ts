/**
 * A document of the record as the pages and data files use it: its collection entry (`E`, which the
 * document page renders), its checked frontmatter, its parsed body, the year of the inspection it
 * reports, its findings, and each block's name and place. Made once per document when the record is
 * checked (./checked-record.ts).
 */
import type { Block } from './body';
import { documentTime, yearOf } from './dates';
import { findingsOf, judgementBlockIds, type Finding, type ListKind } from './findings';
import { blockNames } from './labels';
import { judgementRows, type JudgementRow } from './judgements';
import { documentOutline, type OutlineBlock } from './outline';
import type { InspectionDocument } from './schema';
import { isNumbered } from './vocabulary';

export interface RecordDocument<E = unknown> {
  entry: E;
  id: string;
  data: InspectionDocument;
  blocks: Block[];
  /** The year of the inspection it reports on, or of the document where it reports on none. */
  year: number;
  findings: Finding[];
  labels: Map<string, string>;
  /** Block id → the number its page shows beside it, which its label gives (src/model/labels.ts). */
  marks: Map<string, string>;
  /** Block id → where it sits in the document: its section in the outline (src/model/places.ts). */
  places: Map<string, string>;
  /** Block id → its title and judgement areas (src/model/outline.ts), for every block with an id but the contents list. */
  outline: Map<string, OutlineBlock>;
}

/** The document of an entry whose frontmatter (`data`) and body (`blocks`) have passed their checks. */
export function recordDocument<E>(entry: E, id: string, data: InspectionDocument, blocks: Block[], listKinds: ListKind[]): RecordDocument<E> {
  const names = blockNames(blocks, isNumbered(data.documentType));
  const labels = new Map([...names].map(([id, n]) => [id, n.label]));
  const outline = documentOutline(blocks, labels, data.judgements);
  const year = yearOf(documentTime(data));
  return {
    entry,
    id,
    data,
    blocks,
    year,
    findings: findingsOf(id, year, blocks, {
      judgementBlocks: judgementBlockIds(data.judgements),
      listKinds: listKinds.filter((l) => l.document === id),
    }),
    labels,
    marks: new Map([...names].flatMap(([id, n]) => (n.mark ? [[id, n.mark] as const] : []))),
    places: new Map([...outline].map(([id, block]) => [id, block.section])),
    outline,
  };
}

/** One row per judgement of these documents, in their order: the open data, the charts and the matrix read this. */
export const judgementRowsOf = (documents: readonly RecordDocument[]): JudgementRow[] =>
  judgementRows(documents.map((d) => ({ id: d.id, year: d.year, framework: d.data.framework, judgements: d.data.judgements })));
