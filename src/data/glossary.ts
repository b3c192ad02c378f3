/**
 * The glossary as the glossary page and its data file use it: the entries in
 * alphabetical order, each with the findings and other blocks of the documents
 * that use it (read-only use of the documents and findings loaders).
 */
import { identifiedBlocks } from '../model/body';
import { createMatcher, sortEntries, termAppearances, termsUsed, type GlossaryEntry } from '../model/glossary';
import { blockPath, findingPath } from '../model/paths';
import { loadDocuments } from './documents';
import { loadFindings } from './findings';
import { loadRecord, type RecordDocument } from './record';

export interface GlossaryUse {
  document: RecordDocument;
  id: string;
  /** "paragraph 30", "heading “Being healthy”", as the documents' pages name the block. */
  label: string;
  finding: boolean;
  /** The finding's own page, or the block in the full text. */
  url: string;
}

export interface GlossaryItem {
  entry: GlossaryEntry;
  uses: GlossaryUse[];
  /** Whether the documents use the term as its heading writes it: for an abbreviation, its letters. */
  termUsed: boolean;
}

let cache: Promise<GlossaryItem[]> | undefined;

async function load(): Promise<GlossaryItem[]> {
  const entries = sortEntries((await loadRecord()).glossary);
  const matcher = createMatcher(entries);
  const documents = await loadDocuments();
  const findings = (await loadFindings()).findings;
  const findingText = new Map(findings.map((f) => [`${f.document} ${f.id}`, f.text]));
  // Every block with text (findings, and headings, letterheads and signatures too), in document order.
  const pieces = documents.flatMap((d) =>
    identifiedBlocks(d.blocks)
      .filter(({ block }) => block.type !== 'contents')
      .map(({ id, text }) => {
        const finding = findingText.get(`${d.id} ${id}`);
        return { document: d.id, id, text: finding ?? text, finding: finding !== undefined };
      }),
  );
  const appearances = termAppearances(matcher, pieces);
  const used = termsUsed(matcher, pieces);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return entries.map((entry) => ({
    entry,
    termUsed: used.has(entry.id),
    uses: (appearances.get(entry.id) ?? []).map((piece) => {
      const document = byId.get(piece.document)!;
      return {
        document,
        id: piece.id,
        label: document.labels.get(piece.id) ?? piece.id,
        finding: piece.finding,
        url: piece.finding ? findingPath(piece.document, piece.id) : blockPath(piece.document, piece.id),
      };
    }),
  }));
}

export function loadGlossary(): Promise<GlossaryItem[]> {
  cache ??= load();
  return cache;
}
