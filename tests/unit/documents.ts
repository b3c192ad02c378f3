/**
 * The committed documents, read as the tests need them: each MDX entry split into
 * its YAML frontmatter and its body, and the source text it was imported from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const INSPECTIONS_DIR = root('content/inspections');
export const SOURCES_DIR = root('content/sources');

export interface MdxEntry {
  /** The entry id: the file name without .mdx. */
  id: string;
  /** The whole committed file. */
  text: string;
  /** The YAML between the --- lines, ending with a newline. */
  yaml: string;
  /** The YAML parsed, before the schema sees it. */
  frontmatter: Record<string, unknown>;
  /** Everything after the frontmatter and the blank line that follows it. */
  body: string;
}

/** Splits `---\n<yaml>---\n\n<body>` and fails loudly on any other shape. */
export function splitMdx(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('not an MDX file with a --- frontmatter block followed by a blank line');
  return { yaml: match[1]!, body: match[2]! };
}

export function readEntry(id: string): MdxEntry {
  const text = readFileSync(`${INSPECTIONS_DIR}/${id}.mdx`, 'utf8');
  const { yaml, body } = splitMdx(text);
  return { id, text, yaml, frontmatter: parse(yaml) as Record<string, unknown>, body };
}

export const ENTRY_IDS = readdirSync(INSPECTIONS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

export const entries = (): MdxEntry[] => ENTRY_IDS.map(readEntry);

export const readSource = (file: string) => readFileSync(`${SOURCES_DIR}/${file}`, 'utf8');
