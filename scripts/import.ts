/**
 * npm run import -- [--force] [profile-id ...]
 * Writes the body of content/inspections/<id>.mdx from the source text its frontmatter names
 * (sourceFile), beneath that frontmatter: the document's facts are written there by hand first and
 * live nowhere else. The import adds its repairs and the judgements of a judgement table. The MDX
 * is the source of truth once committed, so an entry that has a body is kept unless --force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitEntry } from '../src/model/entry-file';
import { profiles } from './import/profiles/index';
import { importDocument, type Facts } from './import/run';

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => !a.startsWith('--'));
const chosen = wanted.length ? profiles.filter((p) => wanted.includes(p.id)) : profiles;
if (wanted.length && chosen.length !== wanted.length) {
  console.error(`Unknown document. Known: ${profiles.map((p) => p.id).join(', ')}`);
  process.exit(1);
}

for (const profile of chosen) {
  const target = `content/inspections/${profile.id}.mdx`;
  if (!existsSync(target)) {
    console.error(`${target} is missing: write its frontmatter (the document's facts, sourceFile among them) first, then import its text`);
    process.exitCode = 1;
    continue;
  }
  const entry = splitEntry(readFileSync(target, 'utf8'));
  if (entry.body.trim() && !force) {
    console.error(`skipped ${target}: it has a body, which may have been edited (use --force to overwrite)`);
    continue;
  }
  const facts = parse(entry.frontmatter) as Facts;
  const source = readFileSync(`content/sources/${facts.sourceFile}`, 'utf8');
  const { mdx, frontmatter } = importDocument(source, profile, facts);
  writeFileSync(target, mdx);
  console.error(`wrote ${target}: ${frontmatter.repairs?.length ?? 0} repairs, ${frontmatter.judgements?.length ?? 0} judgements`);
}
