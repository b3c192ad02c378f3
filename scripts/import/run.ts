/**
 * From one source text to one MDX entry: repair, structure, derive judgements,
 * check against the schema and the text, and write. Pure apart from its caller's I/O.
 */
import { stringify, parseDocument, visit, Scalar } from 'yaml';
import { identifiedBlocks, serializeBody, type TableBlock } from '../../src/model/body';
import { documentSchema, type DocumentInput, type Repair } from '../../src/model/schema';
import { checkDocument } from '../../src/model/validate';
import { GRADES, type Grade } from '../../src/model/vocabulary';
import { line } from './lines';
import type { Profile } from './profile';
import {
  applyReplacements,
  joinSplitParagraphs,
  moveDisplacedNumbers,
  removeHtmlDebris,
  removeSignatureImage,
  restoreLostBullets,
  splitHeadingGrades,
} from './repair';
import { structure } from './structure';

/**
 * The entry's facts as its frontmatter states them (written by hand before the first import, and
 * the only place they live). The import adds what it derives from the text: the repairs, and the
 * judgements of a judgement table (any the facts already list from that table are derived afresh).
 */
export type Facts = Omit<DocumentInput, 'repairs'>;

export function importDocument(sourceText: string, profile: Profile, facts: Facts): { mdx: string; frontmatter: DocumentInput } {
  let lines = sourceText.replace(/\r\n?/g, '\n').split('\n').map((text) => line(text));
  lines = applyReplacements(lines, profile.replacements);
  lines = removeSignatureImage(lines, profile.signatureImage);
  lines = removeHtmlDebris(lines);
  lines = restoreLostBullets(lines, profile.lostBullets);
  if (profile.numbered) lines = moveDisplacedNumbers(lines);
  lines = joinSplitParagraphs(lines, profile.joinAfter);
  lines = splitHeadingGrades(lines, profile.headings.map(([text]) => text));
  const { blocks, repairs } = structure(lines, profile);

  if (/\t| {2,}/.test(sourceText)) {
    repairs.push({
      kind: 'layout',
      detail: 'Tabs, indents and runs of spaces left by the word-processor layout were removed throughout.',
    });
  }

  let derived: NonNullable<DocumentInput['judgements']> = [];
  if (profile.judgementTable) {
    const table = blocks.find((b): b is TableBlock => b.type === 'table' && b.id === profile.judgementTable!.id);
    if (!table) throw new Error(`${profile.id}: no table ${profile.judgementTable.id}`);
    derived = judgementsFromTable(table, profile.judgementTable.statedIn);
  }
  const fromTable = new Set(derived.map((j) => j.source));
  const { repairs: _stated, ...stated } = facts as DocumentInput;
  const frontmatter: DocumentInput = {
    ...stated,
    judgements: [...(facts.judgements ?? []).filter((j) => !fromTable.has(j.source)), ...derived],
    repairs: orderRepairs(repairs, identifiedBlocks(blocks).map((b) => b.id)),
  };
  const parsed = documentSchema.safeParse(frontmatter);
  if (!parsed.success) throw new Error(`${profile.id}: frontmatter does not fit the schema:\n${parsed.error.message}`);
  const problems = checkDocument(parsed.data, blocks);
  if (problems.length) throw new Error(`${profile.id}:\n- ${problems.join('\n- ')}`);

  return { mdx: `---\n${toYaml(frontmatter)}---\n\n${serializeBody(blocks)}`, frontmatter };
}

/** Graded rows of a table, with the group they sit in and the number before the area dropped. */
function judgementsFromTable(table: TableBlock, statedIn: Record<string, string>): NonNullable<DocumentInput['judgements']> {
  const rowIds = table.bodies.flat().map((r) => r.id);
  const unknown = Object.keys(statedIn).filter((id) => !rowIds.includes(id));
  if (unknown.length) throw new Error(`statedIn names rows not in table ${table.id}: ${unknown.join(', ')}`);
  return table.bodies.flatMap((rows) => {
    const group = rows.find((r) => r.type === 'group' && !r.sub);
    return rows.flatMap((row) => {
      if (row.type !== 'row' || !(row.cells[0]! in GRADES)) return [];
      const grade = row.cells[0] as Grade;
      return [
        {
          area: row.header.replace(/^\d+(?:\.\d+)*\.? /, ''),
          ...(group?.type === 'group' ? { group: group.text } : {}),
          grade,
          rank: GRADES[grade],
          source: row.id,
          ...(statedIn[row.id] ? { alsoStatedIn: [statedIn[row.id]!] } : {}),
        },
      ];
    });
  });
}

/** Repairs in the order their blocks appear, document-wide ones last. */
function orderRepairs(repairs: Repair[], order: string[]): Repair[] {
  const position = (r: Repair) => (r.at === undefined ? Infinity : order.indexOf(r.at));
  return repairs.map((r, i) => ({ r, i })).sort((a, b) => position(a.r) - position(b.r) || a.i - b.i).map(({ r }) => r);
}

/** YAML whose date strings stay strings: a YAML 1.1 reader would turn 2012-03-09 into a Date. */
function toYaml(value: unknown): string {
  const doc = parseDocument(stringify(value, { lineWidth: 0 }));
  visit(doc, {
    Scalar(_, node: Scalar) {
      if (typeof node.value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
