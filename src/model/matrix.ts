/**
 * The judgement matrix: subjects as rows (content/areas.yaml), inspections as
 * columns. A cell holds the grades stated, or says why there is none: the
 * inspection's framework gives no grade on that subject (its inspectors may still
 * have looked at it), or it does but no document we hold says which.
 */
import { memberMatches, type AreaRow } from './areas';
import type { Inspection } from './journey';
import type { FrameworkId } from './vocabulary';
import type { JudgementRow } from './judgements';

export interface CellEntry {
  area: string;
  group: string;
  grade: string;
  rank: number;
  approximate: boolean;
  source: string;
}

export type Cell =
  | { status: 'judged'; entries: CellEntry[] }
  | { status: 'not-stated' }
  | { status: 'not-judged' };

export interface MatrixRow {
  id: string;
  label: string;
  note?: string;
  cells: Cell[];
}

export const CELL_WORDS = { 'not-stated': 'Not stated in the documents held', 'not-judged': 'Not graded' } as const;

export function buildMatrix(areas: AreaRow[], inspections: Inspection[], judgements: JudgementRow[]): MatrixRow[] {
  return areas.map((row) => ({
    id: row.id,
    label: row.label,
    ...(row.note ? { note: row.note } : {}),
    cells: inspections.map((inspection): Cell => {
      const members = row.members.filter((m) => m.framework === inspection.framework);
      if (members.length === 0) return { status: 'not-judged' };
      const entries = judgements
        .filter((j) => j.document === inspection.document)
        .flatMap((j) => {
          const member = members.find((m) => memberMatches(m, j));
          return member ? [{ area: j.area, group: j.group, grade: j.grade, rank: j.rank, approximate: member.approximate, source: j.source }] : [];
        });
      return entries.length ? { status: 'judged', entries } : { status: 'not-stated' };
    }),
  }));
}

/** A group of matrix rows: the frameworks under which a document we hold grades each of its subjects. */
export interface MatrixGroup {
  frameworks: FrameworkId[];
  /** Whether the latest inspection's framework grades these subjects: a group only earlier frameworks graded is history, folded on a phone. */
  current: boolean;
  rows: MatrixRow[];
  /** Every judgement its rows show, in row and column order: what a folded group's summary counts. */
  judged: CellEntry[];
}

/**
 * The rows grouped by the frameworks under which a document we hold grades them: subjects graded under
 * more frameworks first, then each framework's own subjects, latest framework first; subjects no
 * document grades in any year come last, apart. So the pattern reads from the top.
 */
export function matrixGroups(rows: MatrixRow[], inspections: Inspection[]): MatrixGroup[] {
  const order = [...new Set(inspections.map((i) => i.framework))];
  const gradedUnder = (row: MatrixRow) => order.filter((f) => row.cells.some((c, i) => c.status === 'judged' && inspections[i]!.framework === f));
  const latestFramework = inspections.at(-1)?.framework;
  const groups = [...Map.groupBy(rows, (row) => gradedUnder(row).join(' '))].map(([, own]) => {
    const frameworks = gradedUnder(own[0]!);
    const judged = own.flatMap((row) => row.cells.flatMap((c) => (c.status === 'judged' ? c.entries : [])));
    return { frameworks, current: frameworks.length === 0 || frameworks.some((f) => f === latestFramework), rows: own, judged };
  });
  const latest = (f: FrameworkId[]) => Math.max(-1, ...f.map((x) => order.indexOf(x)));
  return groups.sort((a, b) => (a.frameworks.length === 0 ? 1 : 0) - (b.frameworks.length === 0 ? 1 : 0) || b.frameworks.length - a.frameworks.length || latest(b.frameworks) - latest(a.frameworks));
}

export const MATRIX_FIELDS = ['row', 'subject', 'year', 'document', 'status', 'area', 'group', 'grade', 'rank', 'approximate', 'source'] as const;

/** The matrix as flat rows for CSV and JSON: one per cell, or per judgement where a cell holds two. */
export type MatrixRecord = Record<(typeof MATRIX_FIELDS)[number], string | number>;

export function matrixRecords(rows: MatrixRow[], inspections: Inspection[]): MatrixRecord[] {
  return rows.flatMap((row) =>
    row.cells.flatMap((cell, i): MatrixRecord[] => {
      const base = { row: row.id, subject: row.label, year: inspections[i]!.year, document: inspections[i]!.document };
      if (cell.status !== 'judged') {
        return [{ ...base, status: cell.status, area: '', group: '', grade: '', rank: '', approximate: '', source: '' }];
      }
      return cell.entries.map((e) => ({ ...base, status: cell.status, ...e, approximate: e.approximate ? 'yes' : 'no' }));
    }),
  );
}
