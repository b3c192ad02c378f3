/**
 * Findings: every paragraph, bullet and judgement statement of a document, with
 * where it sits and what kind of finding its document's structure makes it.
 * Derived from the parsed body, so the MDX stays the one source of the words.
 */
import { z } from 'astro/zod';
import type { Block } from './body';
import { blockPath } from './paths';
import { FINDING_KIND_IDS, type FindingKind } from './vocabulary';

export interface Finding {
  id: string;
  document: string;
  year: number;
  /** The headings above it, outermost first, joined by " › ". Empty before the first heading. */
  section: string;
  /** The id of the nearest heading above it. */
  sectionId?: string;
  /** 1 for the document's first finding, and so on. */
  position: number;
  /** How it is set out: a paragraph, a bullet point, a row of a judgements table, a grade line. */
  form: 'paragraph' | 'point' | 'row' | 'grade';
  kind: FindingKind;
  /** For a recommendation, the timescale its document gives (“Within three months”). */
  timescale?: string;
  /** The document's own paragraph number, where it numbers its paragraphs. */
  number?: string;
  text: string;
  url: string;
}

/**
 * A kind the document states other than by a heading (content/finding-kinds.yaml):
 * a list whose introducing sentence (lead) states the kind of its points, or
 * blocks that stand under a heading that does not describe them.
 */
export const listKindSchema = z
  .object({
    id: z.string(),
    document: z.string(),
    lead: z.string().optional(),
    blocks: z.array(z.string()).min(1).optional(),
    kind: z.enum(FINDING_KIND_IDS),
    because: z.string(),
  })
  .refine((l) => (l.lead === undefined) !== (l.blocks === undefined), { error: 'give either lead (a list) or blocks, not both' });
export type ListKind = z.infer<typeof listKindSchema>;

/** Headings whose words state the kind of what they head. */
const HEADING_KINDS: [RegExp, FindingKind][] = [
  [/^strengths$/i, 'strength'],
  [/^(areas for development|challenges)$/i, 'development'],
  [/^(areas for improvement|recommendations?)$/i, 'recommendation'],
];
const TIMESCALE = /^(immediately|within [a-z ]+ months):?$/i;

export interface FindingContext {
  /** Blocks that state a judgement (judgement sources and the paragraphs also stating them). */
  judgementBlocks: Set<string>;
  /** Lists of this document whose introducing paragraph states their kind. */
  listKinds: ListKind[];
}

export function findingsOf(document: string, year: number, blocks: Block[], context: FindingContext): Finding[] {
  const headings: { level: number; text: string; id: string; kind?: FindingKind }[] = [];
  const findings: Finding[] = [];
  let lastParagraph: string | undefined;

  const add = (id: string, form: Finding['form'], text: string, number?: string) => {
    const headed = [...headings].reverse().find((h) => h.kind);
    const timescale = headings.find((h) => TIMESCALE.test(h.text))?.text.replace(/:$/, '');
    let kind: FindingKind = 'unlabelled';
    const named = context.listKinds.find((l) => l.blocks?.includes(id));
    if (context.judgementBlocks.has(id) || form === 'row' || form === 'grade') kind = 'judgement';
    else if (named) kind = named.kind;
    else if (form === 'point' && lastParagraph && context.listKinds.some((l) => l.lead === lastParagraph)) {
      kind = context.listKinds.find((l) => l.lead === lastParagraph)!.kind;
    } else if (headed && (headed.kind !== 'recommendation' || form === 'point' || /^[ivx]+$/.test(number ?? ''))) {
      // Under "Areas for improvement" the numbered lead-in is not itself one; the points (or a council's i., ii.) are the recommendations.
      kind = headed.kind!;
    }
    const finding: Finding = {
      id, document, year, position: findings.length + 1, form, kind, text,
      section: headings.map((h) => h.text).join(' › '),
      url: blockPath(document, id),
    };
    const sectionId = headings.at(-1)?.id;
    if (sectionId) finding.sectionId = sectionId;
    if (kind === 'recommendation' && timescale) finding.timescale = timescale;
    if (number !== undefined) finding.number = number;
    findings.push(finding);
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        while (headings.length && headings[headings.length - 1]!.level >= block.level) headings.pop();
        const kind = HEADING_KINDS.find(([pattern]) => pattern.test(block.text))?.[1];
        headings.push({ level: block.level, text: block.text, id: block.id, ...(kind ? { kind } : {}) });
        break;
      }
      case 'paragraph':
        lastParagraph = block.id;
        add(block.id, 'paragraph', block.text, block.number);
        break;
      case 'list':
        for (const point of block.points) add(point.id, 'point', point.text);
        break;
      case 'grade':
        add(block.id, 'grade', block.text);
        break;
      case 'table':
        // Only tables that state judgements hold findings; others (the grade scale, background papers) are reference.
        for (const row of block.bodies.flat()) {
          if (row.type === 'row' && context.judgementBlocks.has(row.id)) add(row.id, 'row', [row.header, ...row.cells].join(': '));
        }
        break;
    }
  }
  return findings;
}

/** The blocks that state a judgement: each judgement's source and the blocks that also state it. */
export const judgementBlockIds = (judgements: { source: string; alsoStatedIn: string[] }[]) =>
  new Set(judgements.flatMap((j) => [j.source, ...j.alsoStatedIn]));
