/**
 * The real record, read outside Astro exactly as src/data/documents.ts and
 * src/data/record.ts read it inside: each MDX entry split with splitEntry, its
 * frontmatter parsed with `yaml` and documentSchema, its body with parseBody;
 * content/areas.yaml and content/timeline.yaml parsed with their schemas.
 */
import { findingsOf, judgementBlockIds, listKindSchema, type Finding, type ListKind } from '../../src/model/findings';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { areaRowSchema, type AreaRow } from '../../src/model/areas';
import { identifiedBlocks, parseBody, type Block } from '../../src/model/body';
import { compareDates, documentTime, yearOf } from '../../src/model/dates';
import { splitEntry } from '../../src/model/entry-file';
import { evidenceRows } from '../../src/model/evidence';
import type { Inspection } from '../../src/model/journey';
import { judgementRows, type JudgementRow } from '../../src/model/opendata';
import { blockPath } from '../../src/model/paths';
import { documentSchema, type InspectionDocument } from '../../src/model/schema';
import { momentSchema, type Moment } from '../../src/model/timeline';
import type { FrameworkId } from '../../src/model/vocabulary';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export interface RealDocument {
  id: string;
  data: InspectionDocument;
  blocks: Block[];
  year: number;
}


export function realDocuments(): RealDocument[] {
  const dir = root('content/inspections');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { frontmatter, body } = splitEntry(readFileSync(`${dir}/${f}`, 'utf8'));
      const data = documentSchema.parse(parse(frontmatter));
      return { id: f.replace(/\.mdx$/, ''), data, blocks: parseBody(body.replace(/^\n+/, '')), year: yearOf(documentTime(data)) };
    })
    .sort((a, b) => compareDates(documentTime(a.data), documentTime(b.data)));
}

export function realJudgements(documents = realDocuments()): JudgementRow[] {
  return judgementRows(documents.map((d) => ({ id: d.id, year: d.year, framework: d.data.framework, judgements: d.data.judgements })));
}

/** As src/data/record.ts loadInspections: one column per document reporting an inspection under a named framework. */
export function realInspections(documents = realDocuments()): Inspection[] {
  return documents.flatMap((d) =>
    d.data.framework && d.data.inspected
      ? [{ year: d.year, document: d.id, framework: d.data.framework, outcome: d.data.outcome.text, outcomeUrl: blockPath(d.id, d.data.outcome.source) }]
      : [],
  );
}

/** As src/data/record.ts loadEvidence. */
export function realEvidence(documents = realDocuments()) {
  return evidenceRows(
    documents.filter((d) => d.data.inspected).map((d) => ({ id: d.id, year: d.year, shortTitle: d.data.shortTitle, evidence: d.data.evidence })),
  );
}

const yamlArray = (path: string): unknown[] => {
  const data: unknown = parse(readFileSync(root(path), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path} must be a YAML list`);
  return data;
};

export const realAreas = (): AreaRow[] => yamlArray('content/areas.yaml').map((row) => areaRowSchema.parse(row));
export const realTimeline = (): Moment[] => yamlArray('content/timeline.yaml').map((row) => momentSchema.parse(row));

/** The text of every identified block, by document and id: what checkTimeline reads. */
export function textsOf(documents = realDocuments()): (document: string, block: string) => string | undefined {
  const texts = new Map(documents.map((d) => [d.id, new Map(identifiedBlocks(d.blocks).map((b) => [b.id, b.text]))]));
  return (document, block) => texts.get(document)?.get(block);
}

export const realListKinds = (): ListKind[] => yamlArray('content/finding-kinds.yaml').map((row) => listKindSchema.parse(row));

/** As src/data/documents.ts: a document's findings, with its judgement blocks and list kinds. */
export function realFindings(document: RealDocument, listKinds = realListKinds()): Finding[] {
  return findingsOf(document.id, document.year, document.blocks, {
    judgementBlocks: judgementBlockIds(document.data.judgements),
    listKinds: listKinds.filter((l) => l.document === document.id),
  });
}

/** A made-up inspection for small synthetic cases. */
export const fakeInspection = (year: number, framework: FrameworkId): Inspection => ({
  year,
  document: `doc-${year}`,
  framework,
  outcome: 'Some outcome',
  outcomeUrl: `/inspections/doc-${year}/#p1`,
});
