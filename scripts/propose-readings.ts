/**
 * npm run propose-readings: for every finding that content/readings/<document>.yaml does not yet
 * read, appends a proposal marked `proposed: true`, guessed from the document's own label and the
 * themes' patterns. A proposal is never published: a person reads the passage, corrects the reading,
 * its words and its themes, and deletes `proposed: true` (docs/record.md, "Our reading of each finding").
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parseBody } from '../src/model/body';
import { splitEntry } from '../src/model/entry-file';
import { findingsOf, judgementBlockIds, listKindSchema, type Finding } from '../src/model/findings';
import type { FindingReading } from '../src/model/readings';
import { proposedThemes, themeSchema } from '../src/model/themes';

const DOCUMENTS = 'content/inspections';
const READINGS = 'content/readings';

/** The document's own label, where it gives one, as a first guess at the reading. */
function guess(finding: Finding): Pick<FindingReading, 'reading' | 'words'> {
  const firstSentence = /^.*?[.:;](?=\s|$)/.exec(finding.text)?.[0] ?? finding.text;
  if (finding.kind === 'strength') return { reading: 'positive', words: [firstSentence] };
  if (finding.kind === 'development' || finding.kind === 'recommendation') return { reading: 'negative', words: [firstSentence] };
  return { reading: 'background', words: [] };
}

export function proposals(findings: Finding[], read: Set<string>, themes: ReturnType<typeof themeSchema.parse>[]) {
  return findings
    .filter((f) => !read.has(f.id))
    .map((f) => ({ block: f.id, ...guess(f), themes: Object.fromEntries(Object.entries(proposedThemes(f.text, themes)).slice(0, 3)), proposed: true }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const themes = (parse(readFileSync('content/themes.yaml', 'utf8')) as unknown[]).map((t) => themeSchema.parse(t));
  const listKinds = (parse(readFileSync('content/finding-kinds.yaml', 'utf8')) as unknown[]).map((l) => listKindSchema.parse(l));
  for (const file of readdirSync(DOCUMENTS).filter((f) => f.endsWith('.mdx')).sort()) {
    const document = file.replace(/\.mdx$/, '');
    const { frontmatter, body } = splitEntry(readFileSync(`${DOCUMENTS}/${file}`, 'utf8'));
    const judgements = ((parse(frontmatter) as { judgements?: { source: string; alsoStatedIn?: string[] }[] }).judgements ?? []).map((j) => ({ source: j.source, alsoStatedIn: j.alsoStatedIn ?? [] }));
    const findings = findingsOf(document, 0, parseBody(body), { judgementBlocks: judgementBlockIds(judgements), listKinds: listKinds.filter((l) => l.document === document) });
    const path = `${READINGS}/${document}.yaml`;
    const existing = existsSync(path) ? ((parse(readFileSync(path, 'utf8')) ?? []) as { block: string }[]) : [];
    const added = proposals(findings, new Set(existing.map((r) => r.block)), themes);
    if (added.length === 0) continue;
    writeFileSync(path, stringify([...existing, ...added], { lineWidth: 0 }));
    console.log(`${path}: ${added.length} proposals to review`);
  }
}
