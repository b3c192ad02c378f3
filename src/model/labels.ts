/**
 * How a block is named to a reader, in words that find it on the page: "paragraph 30",
 * "paragraph 28, “Within three months”, point 1", "the list “Challenges”, point 4",
 * "the list after “…we will be working to resolve”, point 6", "row “Being healthy”". Used by notes on the text, judgements and citations.
 */
import { identifiedBlocks, type Block, type TableBlock } from './body';
import type { Finding } from './findings';
import type { Judgement } from './schema';

/**
 * How each block is named, and the mark beside it on its page that the name cites: a paragraph's
 * number as the document prints it ("30."), or where the document numbers none its place in the
 * document ("9", named "paragraph 9"); a point's place in its list ("1", named "the list
 * “Challenges”, point 1"). Blocks a reader finds by their own words (rows, headings) have no mark.
 * The label is made from the mark, so what a citation says and what the page shows cannot differ.
 */
export interface BlockName {
  label: string;
  /** What the page shows beside the block, where its name gives a number. */
  mark?: string;
}

export function blockNames(blocks: Block[], numbered: boolean): Map<string, BlockName> {
  const names = new Map<string, BlockName>();
  const paragraphOrdinal = new Map<string, number>();
  let paragraphs = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') paragraphOrdinal.set(block.id, ++paragraphs);
  }
  const paragraphName = (id: string): BlockName => {
    const block = blocks.find((b) => b.type === 'paragraph' && b.id === id);
    if (block?.type !== 'paragraph') return { label: id };
    if (numbered && block.number) return { label: `paragraph ${block.number}`, mark: `${block.number}.` };
    const mark = block.number ? `${block.number}.` : String(paragraphOrdinal.get(id));
    return { label: `paragraph ${mark}`, mark };
  };
  // A point is named as a reader finds it: by the heading or paragraph its list follows, and its place in that list.
  const listNames = new Map<Block, string>();
  blocks.forEach((block, i) => {
    if (block.type !== 'list') return;
    const before = blocks[i - 1];
    const parent = /^(.*)-\d+$/.exec(block.points[0]?.id ?? '')?.[1];
    const numberedParent = numbered && parent && blocks.some((b) => b.type === 'paragraph' && b.id === parent && b.number) ? paragraphName(parent).label : undefined;
    const name =
      before?.type === 'heading'
        ? [numberedParent, `${numberedParent ? '' : 'the list '}“${before.text.replace(/\s*:\s*$/, '')}”`].filter(Boolean).join(', ')
        : before?.type === 'paragraph'
          ? (numberedParent ?? `the list after “…${lastWords(before.text)}”`)
          : undefined;
    if (name) listNames.set(block, name);
  });
  const pointName = (list: Block, id: string): BlockName => {
    const mark = String(list.type === 'list' ? list.points.findIndex((p) => p.id === id) + 1 : 0);
    const name = listNames.get(list);
    return { label: name ? `${name}, point ${mark}` : `point ${mark}`, mark };
  };
  for (const { id, text, block } of identifiedBlocks(blocks)) {
    switch (block.type) {
      case 'paragraph':
        names.set(id, paragraphName(id));
        break;
      case 'list':
        names.set(id, pointName(block, id));
        break;
      case 'table': {
        const row = block.bodies.flat().find((r) => r.id === id);
        names.set(id, { label: row ? `table row “${row.type === 'row' ? row.header : row.text}”` : 'table' });
        break;
      }
      case 'heading':
        names.set(id, { label: `heading “${text}”` });
        break;
      case 'grade':
        names.set(id, { label: `grade line “${text}”` });
        break;
      case 'contents':
        names.set(id, { label: 'contents' });
        break;
      case 'text':
        names.set(id, { label: `“${text.split('\n')[0]}”` });
        break;
    }
  }
  return names;
}


/** The last few words of a paragraph, without its closing colon: enough to find the list after it. */
const lastWords = (text: string, count = 7) => text.replace(/[\s:]+$/, '').split(/\s+/).slice(-count).join(' ');

/**
 * A block as a link elsewhere on its page names it, in words that read the same on screen and on
 * paper: its label ("paragraph 15"), and for a table row the table it is in, by its caption or the
 * heading above it: "the record of main findings, row “Being healthy”".
 */
export function blockReference(id: string, blocks: Block[], labels: Map<string, string>): string {
  const at = blocks.findIndex((b) => b.type === 'table' && b.bodies.flat().some((r) => r.id === id));
  if (at < 0) return labels.get(id) ?? id;
  const table = blocks[at] as TableBlock;
  const row = table.bodies.flat().find((r) => r.id === id)!;
  const heading = blocks.slice(0, at).findLast((b) => b.type === 'heading');
  const name = table.caption
    ? `the table “${table.caption}”`
    : heading?.type === 'heading'
      ? `the ${lowerFirst(heading.text.replace(/\s*:\s*$/, ''))}`
      : 'the table';
  return `${name}, row “${row.type === 'row' ? row.header : row.text}”`;
}

/** A label as the start of a sentence or title: “Paragraph 30”. */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A phrase inside a sentence: “published 9 March 2012”. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A finding's title: its label, and where the label alone is shared by several
 * findings of the document (the 2012 table repeats “Overall effectiveness” per
 * group), the group and area of the judgement it states, or its section.
 */
export function findingTitle(
  finding: Pick<Finding, 'id' | 'section'>,
  documentFindings: Pick<Finding, 'id'>[],
  labels: Map<string, string>,
  judgements: Judgement[],
): string {
  const label = upperFirst(labels.get(finding.id) ?? finding.id);
  const shared = documentFindings.filter((f) => upperFirst(labels.get(f.id) ?? f.id) === label).length > 1;
  if (!shared) return label;
  const states = judgements.find((j) => j.source === finding.id || j.alsoStatedIn.includes(finding.id));
  const qualifier = states
    ? [states.group, label.includes(states.area) ? undefined : states.area].filter(Boolean).join(', ')
    : finding.section;
  return qualifier ? `${label} (${qualifier})` : label;
}
