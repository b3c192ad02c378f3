/**
 * Which judged areas correspond across frameworks (content/areas.yaml), and the
 * check that every member names an area some document grades, and every graded
 * area sits in exactly one row.
 */
import { z } from 'astro/zod';
import { quoteSource } from './quotations';
import { FRAMEWORK_IDS } from './vocabulary';

export const areaMemberSchema = z.object({
  /** The framework under which the area was judged. */
  framework: z.enum(FRAMEWORK_IDS),
  /** The group the document puts the area in (2012), if any. */
  group: z.string().optional(),
  /** The area exactly as the document names it. */
  area: z.string(),
  /** The pairing with the row's other members is ours and only approximate. */
  approximate: z.boolean().default(false),
});

export const areaRowSchema = z.object({
  /** Stable id of the row. */
  id: z.string(),
  /** The subject of the row, in plain words. */
  label: z.string(),
  /** Why these areas sit together, and how far they differ. */
  note: z.string().optional(),
  /** The blocks the note quotes (in curly quotes), checked at build time. */
  quoting: z.array(quoteSource).optional(),
  members: z.array(areaMemberSchema).min(1),
  /**
   * The row's place in areas.yaml, set by the collection's loader, not written by
   * hand: Astro's data store keeps entries sorted by id, and the matrix keeps the file's order.
   */
  order: z.number().int().nonnegative().optional(),
});

export type AreaRow = z.infer<typeof areaRowSchema>;
export type AreaMember = z.infer<typeof areaMemberSchema>;

export interface JudgedArea {
  framework?: string;
  group?: string;
  area: string;
}

export const memberMatches = (m: AreaMember, j: JudgedArea) =>
  m.framework === j.framework && m.area === j.area && (m.group ?? '') === (j.group ?? '');

/** Problems with the correspondence table, each naming the row and member. */
export function checkAreas(rows: AreaRow[], judged: JudgedArea[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    row.members.forEach((m, i) => {
      if (!judged.some((j) => memberMatches(m, j))) {
        problems.push(`areas.yaml ${row.id}.members[${i}]: no document grades "${m.area}"${m.group ? ` in "${m.group}"` : ''} under ${m.framework}`);
      }
    });
  }
  for (const j of judged) {
    const homes = rows.filter((row) => row.members.some((m) => memberMatches(m, j)));
    if (homes.length !== 1) {
      problems.push(`areas.yaml: "${j.area}"${j.group ? ` (${j.group})` : ''} under ${j.framework} is in ${homes.length} rows; it must be in exactly one`);
    }
  }
  return problems;
}
