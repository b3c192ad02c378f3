/**
 * The list of every id ever published, per document, in content/published-ids.json.
 * npm run ids adds the ids of the current text; it never removes one, because a
 * published link must keep working (tests/unit/published-ids.test.ts checks that).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { identifiedBlocks, parseBody } from '../src/model/body';
import { splitEntry } from '../src/model/entry-file';

export const LIST = 'content/published-ids.json';
const DIR = 'content/inspections';

export function currentIds(): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort()) {
    const { body } = splitEntry(readFileSync(`${DIR}/${file}`, 'utf8'));
    ids[file.replace(/\.mdx$/, '')] = identifiedBlocks(parseBody(body)).map((b) => b.id);
  }
  return ids;
}

export function publishedIds(): Record<string, string[]> {
  return JSON.parse(readFileSync(LIST, 'utf8')) as Record<string, string[]>;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let published: Record<string, string[]> = {};
  try {
    published = publishedIds();
  } catch {
    // First run: no list yet.
  }
  const current = currentIds();
  let added = 0;
  for (const [doc, ids] of Object.entries(current)) {
    const known = new Set(published[doc] ?? []);
    const fresh = ids.filter((id) => !known.has(id));
    added += fresh.length;
    published[doc] = [...(published[doc] ?? []), ...fresh];
  }
  writeFileSync(LIST, JSON.stringify(published, null, 2) + '\n');
  console.error(`${LIST}: ${added} ids added`);
}
