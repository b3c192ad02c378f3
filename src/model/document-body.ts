/**
 * What a document page hands the components its MDX body is written in
 * (src/components/document/): the document and, for each block with an id, what
 * the page says about it. The page sets it on `Astro.locals.documentBody` before it
 * renders `<Content />`, and each component reads its own block with `blockOf`, the
 * way Starlight hands its route data to its components (`Astro.locals.starlightRoute`):
 * MDX passes a component only the attributes written in the body, so this is how
 * the page's facts reach them without each looking the document up.
 */
import { lowerFirst } from './labels';
import { findingPath } from './paths';
import type { OutlineBlock } from './outline';

/** How the page names a block: its label, the headings above it and both together (src/model/outline.ts). */
export type BlockNames = Pick<OutlineBlock, 'label' | 'section' | 'title'>;

/** The document a body belongs to, as its blocks name it ("paragraph 130 of the 2012 report"). */
export interface BodyDocument {
  id: string;
  shortTitle: string;
  /** The year of the inspection it reports on (or of the document, where it reports on none). */
  year: number;
}

export interface BodyBlock extends BlockNames {
  /** The page of the finding the block states, where it states one (headings, tables and framing text do not). */
  findingPath?: string;
  /**
   * What the block's "Cite or share" link names after those words, so the link's name is unique on the
   * site and clear out of context: "paragraph 130 of the 2012 safeguarding and looked after children inspection".
   */
  citeWhat?: string;
  /** The number the page shows beside the block ("30.", "9", "1"), which its label gives; none for a block found by its own words. */
  mark?: string;
}

/** A finding of the body's document: its id and its title, unique in the document ("Paragraph 130", "Table row “Being healthy” (Safeguarding)"). */
export interface BodyFinding {
  id: string;
  title: string;
}

/** A finding as its cite link names it: "paragraph 130 of the 2012 safeguarding and looked after children inspection". */
export function citeWhat(finding: BodyFinding, document: BodyDocument): string {
  return `${lowerFirst(finding.title)} of the ${document.shortTitle}`;
}

export interface DocumentBody {
  document: BodyDocument;
  /** Block id → its facts, for every block with an id except the contents list. */
  blocks: ReadonlyMap<string, BodyBlock>;
}

/** The body facts of a document from its blocks' names and its findings. */
export function documentBody(document: BodyDocument, names: ReadonlyMap<string, BlockNames>, findings: readonly BodyFinding[], marks: ReadonlyMap<string, string> = new Map()): DocumentBody {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const blocks = new Map<string, BodyBlock>();
  for (const [id, { label, section, title }] of names) {
    const finding = byId.get(id);
    const mark = marks.get(id);
    blocks.set(id, { label, section, title, ...(finding ? { findingPath: findingPath(document.id, id), citeWhat: citeWhat(finding, document) } : {}), ...(mark ? { mark } : {}) });
  }
  return { document, blocks };
}

/**
 * The facts of block `id`, for the component that draws it. Throws when the body is
 * rendered outside a document page or names a block the page does not know, so a
 * block without a name fails the build instead of shipping.
 */
export function blockOf(body: DocumentBody | undefined, id: string): BodyBlock {
  if (!body) throw new Error(`block ${id} is rendered outside a document page (Astro.locals.documentBody is not set)`);
  const block = body.blocks.get(id);
  if (!block) throw new Error(`document ${body.document.id} has no block ${id}`);
  return block;
}
