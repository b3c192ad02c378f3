/**
 * npm run import -- [--force] [profile-id ...]
 * Writes content/inspections/<id>.mdx from content/sources/<file>.txt. The MDX is
 * the source of truth once committed, so an existing entry is kept unless --force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { profiles } from './import/profiles/index';
import { importDocument } from './import/run';

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
  if (existsSync(target) && !force) {
    console.error(`skipped ${target}: it exists and may have been edited (use --force to overwrite)`);
    continue;
  }
  const source = readFileSync(`content/sources/${profile.source}`, 'utf8');
  const { mdx, frontmatter } = importDocument(source, profile);
  writeFileSync(target, mdx);
  console.error(`wrote ${target}: ${frontmatter.repairs?.length ?? 0} repairs, ${frontmatter.judgements?.length ?? 0} judgements`);
}
