/**
 * The committed document files as bytes on disk, for tests about the files
 * themselves (the import round trip, the schema's messages, the source words):
 * each MDX entry split into its YAML frontmatter and its body (splitEntry, as the
 * import script reads them), and the source text it was imported from. Tests of
 * what the site makes of them use the site's loaders (src/data/*) instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitEntry } from '../../src/model/entry-file';
import { glossarySchema, type GlossaryEntry } from '../../src/model/glossary';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const INSPECTIONS_DIR = root('content/inspections');
export const SOURCES_DIR = root('content/sources');

export interface MdxEntry {
  /** The entry id: the file name without .mdx. */
  id: string;
  /** The whole committed file. */
  text: string;
  /** The YAML between the --- lines. */
  yaml: string;
  /** The YAML parsed, before the schema sees it. */
  frontmatter: Record<string, unknown>;
  /** Everything after the frontmatter and the blank line that follows it. */
  body: string;
}

export function readEntry(id: string): MdxEntry {
  const text = readFileSync(`${INSPECTIONS_DIR}/${id}.mdx`, 'utf8');
  const { frontmatter: yaml, body } = splitEntry(text);
  return { id, text, yaml, frontmatter: parse(yaml) as Record<string, unknown>, body: body.replace(/^\n/, '') };
}

export const ENTRY_IDS = readdirSync(INSPECTIONS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

export const entries = (): MdxEntry[] => ENTRY_IDS.map(readEntry);

export const readSource = (file: string) => readFileSync(`${SOURCES_DIR}/${file}`, 'utf8');

/** A glossary from its YAML, read by its schema (throws with every problem): content/glossary.yaml, or a test's own. */
export const parseGlossary = (text: string): GlossaryEntry[] => glossarySchema.parse(parse(text));
