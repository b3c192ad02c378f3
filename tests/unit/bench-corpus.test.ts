/**
 * The benchmark's corpus (scripts/bench/corpus.ts) must pass the build's own checks, or the
 * scaling runs stop at the build: here, the change log's, which a correction dated after the
 * documents' publication once broke (the copies' entries were appended after it, out of date order).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { makeCorpus } from '../../scripts/bench/corpus';
import { changeSchema, checkChanges } from '../../src/model/changes';

test('a corpus at 3× keeps its change log in order, every copy published with its original', () => {
  const corpus = makeCorpus(3, { searchOnly: true });
  try {
    const changes = (parse(readFileSync(join(corpus.dir, 'content/changes.yaml'), 'utf8')) as unknown[]).map((c) => changeSchema.parse(c));
    const documents = readdirSync(join(corpus.dir, 'content/inspections')).map((f) => f.replace(/\.mdx$/, ''));
    expect(documents).toHaveLength(corpus.documents);
    // Blocks and repairs are the originals' (each copy's text is its original's), so only the log's own order is in question here.
    const problems = checkChanges(changes, documents.map((id) => ({ id, blockIds: new Set(changes.flatMap((c) => c.blocks)), repairChanges: [] })));
    expect(problems).toEqual([]);
  } finally {
    corpus.remove();
  }
});
