/**
 * Findings: every paragraph and bullet of a document, with where it sits. Derived
 * from the parsed body, so the MDX stays the one source of the words.
 */
import type { Block } from './body';
import { blockPath } from './paths';

export interface Finding {
  id: string;
  document: string;
  year: number;
  /** The headings above it, outermost first, joined by " › ". Empty before the first heading. */
  section: string;
  kind: 'paragraph' | 'point';
  /** The document's own paragraph number, where it numbers its paragraphs. */
  number?: string;
  text: string;
  url: string;
}

export function findingsOf(document: string, year: number, blocks: Block[]): Finding[] {
  const headings: { level: number; text: string }[] = [];
  const findings: Finding[] = [];
  const section = () => headings.map((h) => h.text).join(' › ');
  const add = (id: string, kind: Finding['kind'], text: string, number?: string) => {
    const finding: Finding = { id, document, year, section: section(), kind, text, url: blockPath(document, id) };
    if (number !== undefined) finding.number = number;
    findings.push(finding);
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      while (headings.length && headings[headings.length - 1]!.level >= block.level) headings.pop();
      headings.push({ level: block.level, text: block.text });
    } else if (block.type === 'paragraph') {
      add(block.id, 'paragraph', block.text, block.number);
    } else if (block.type === 'list') {
      for (const point of block.points) add(point.id, 'point', point.text);
    }
  }
  return findings;
}
