/**
 * The record's judgements as rows, one per judgement across the documents, in their order: what the
 * journey chart, the judgement matrix, the grades page and the judgements data files read. Each links
 * to the block of its document that states it.
 */
import { blockPath } from './paths';
import type { Judgement } from './schema';

export interface JudgementRow {
  document: string;
  year: number;
  framework: string;
  group: string;
  area: string;
  grade: string;
  rank: number;
  /** The address of the block that states it. */
  source: string;
}

export interface JudgedDocument {
  id: string;
  year: number;
  framework?: string;
  judgements: Judgement[];
}

export function judgementRows(documents: JudgedDocument[]): JudgementRow[] {
  return documents.flatMap((doc) =>
    doc.judgements.map((j) => ({
      document: doc.id,
      year: doc.year,
      framework: doc.framework ?? '',
      group: j.group ?? '',
      area: j.area,
      grade: j.grade,
      rank: j.rank,
      source: blockPath(doc.id, j.source),
    })),
  );
}
