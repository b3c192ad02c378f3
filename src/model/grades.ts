/**
 * The shaping behind /grades/: the grading scale a document states, and for each
 * framework the inspections held under it and how many of their judgements the
 * documents we hold state. Derived from the record, so no year, document or block
 * id is written into the page.
 */
import type { Block, TableRow } from './body';
import type { Era } from './journey';
import type { JudgementRow } from './judgements';
import { GRADE_WORDS } from './vocabulary';
import { listAnd } from './collection';

export interface ScaleRow {
  id: string;
  /** The grade as the document writes it ("Adequate (Grade 3)"). */
  grade: string;
  /** What the document says it means. */
  meaning: string;
}

const GRADE_ROW = new RegExp(`^(${GRADE_WORDS.join('|')}) \\(Grade \\d\\)$`);

/** The first table in the documents whose every row is a grade and what it means: the grading scale as a document states it. */
export function gradeScale(documents: { id: string; blocks: Block[] }[]): { document: string; table: string; rows: ScaleRow[] } | undefined {
  for (const d of documents) {
    for (const block of d.blocks) {
      if (block.type !== 'table') continue;
      const rows = block.bodies.flat().filter((r): r is TableRow => r.type === 'row');
      if (rows.length > 1 && rows.every((r) => GRADE_ROW.test(r.header) && r.cells.length === 1)) {
        return { document: d.id, table: block.id, rows: rows.map((r) => ({ id: r.id, grade: r.header, meaning: r.cells[0]! })) };
      }
    }
  }
  return undefined;
}

export interface FrameworkJudgements {
  year: number;
  document: string;
  /** How many judgements of this inspection the document states. */
  count: number;
  /** Where the first of them is stated. */
  source: string;
}

/** For each inspection of an era, how many of its judgements the documents we hold state. */
export function judgementsStated(era: Era, judgements: JudgementRow[]): FrameworkJudgements[] {
  const documents = [...new Set(judgements.filter((j) => j.framework === era.framework && era.years.includes(j.year)).map((j) => j.document))];
  return documents.map((document) => {
    const own = judgements.filter((j) => j.document === document);
    return { year: own[0]!.year, document, count: own.length, source: own[0]!.source };
  });
}

/**
 * The line that opens a document's judgements: how many, and how many of each grade, best first
 * ("Show all 22 judgements: 4 outstanding, 15 good and 3 adequate").
 */
export function judgementsSummary(judgements: { grade: string; rank: number }[]): string {
  const byGrade = [...Map.groupBy([...judgements].sort((a, b) => a.rank - b.rank), (j) => j.grade.toLowerCase())];
  const counts = listAnd(byGrade.map(([grade, js]) => `${js.length} ${grade}`));
  return judgements.length === 1 ? `Show the judgement: ${counts.replace(/^1 /, '')}` : `Show all ${judgements.length} judgements: ${counts}`;
}

/** A grade's place on the 4-point scale, said as a place on a scale, never a ranking: "grade 2 of 4". */
export const gradeOf = (rank: number) => `grade ${rank} of 4`;

/** A grade as a document words it, where it first states it, and whether the scale has that word. */
export interface GradeWord {
  /** In lower case, as it reads inside a sentence ("requires improvement to be good"). */
  word: string;
  source: string;
  inScale: boolean;
}

/** The grade word of a scale row: "Adequate (Grade 3)" is "adequate". */
export const scaleWord = (row: Pick<ScaleRow, 'grade'>) => row.grade.replace(/\s*\(Grade \d\)$/, '').toLowerCase();

/**
 * For each document other than the scale's that states judgements, in the record's order: the grade
 * words it uses, each once, in the order it first uses them, and whether the scale has the word.
 * This is what /grades/ says the later documents grade in, so no grade word is written into the page.
 */
export function gradeWordsByDocument(scale: { document: string; rows: Pick<ScaleRow, 'grade'>[] }, judgements: JudgementRow[]) {
  const words = new Set(scale.rows.map(scaleWord));
  const later = judgements.filter((j) => j.document !== scale.document);
  return [...Map.groupBy(later, (j) => j.document)].map(([document, own]) => ({
    document,
    year: own[0]!.year,
    words: [...Map.groupBy(own, (j) => j.grade.toLowerCase())].map(([word, stating]): GradeWord => ({ word, source: stating[0]!.source, inScale: words.has(word) })),
  }));
}
