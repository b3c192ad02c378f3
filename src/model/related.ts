/**
 * Findings in other documents on the same subjects: a few from each of the documents
 * nearest in time, those sharing the most themes first, so no one document crowds out
 * the rest. Bounded twice (documents, findings per document) so a finding's page stays
 * the same size however many documents the record holds, and finding them costs no more
 * than reading those documents' findings.
 */
import type { Finding } from './findings';

type Themed = Finding & { themes: string[] };

export interface RelatedLimits {
  /** Findings from each document. */
  perDocument?: number;
  /** Documents, the nearest in time first. */
  documents?: number;
}

/**
 * `byDocument`: the findings of the documents to look in, the documents in time order (the
 * finding's own, if there, is skipped; if absent, it counts as just before the first). The
 * result is in time order too: the nearest documents are chosen, then listed as the record runs.
 */
export function relatedFindings<F extends Themed>(
  finding: F,
  byDocument: ReadonlyMap<string, readonly F[]>,
  { perDocument = 3, documents = 4 }: RelatedLimits = {},
): F[] {
  const order = [...byDocument.keys()];
  const here = order.indexOf(finding.document);
  const nearest = order
    .map((document, i) => ({ document, distance: Math.abs(i - here), i }))
    .filter((d) => d.document !== finding.document)
    .sort((a, b) => a.distance - b.distance || a.i - b.i);
  const shared = (f: F) => f.themes.filter((t) => finding.themes.includes(t)).length;
  const chosen: { i: number; findings: F[] }[] = [];
  for (const { document, i } of nearest) {
    if (chosen.length === documents) break;
    const best = byDocument
      .get(document)!
      .map((f, position) => ({ f, position, score: f.kind === 'judgement' ? 0 : shared(f) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.position - b.position)
      .slice(0, perDocument)
      .sort((a, b) => a.position - b.position)
      .map(({ f }) => f);
    if (best.length) chosen.push({ i, findings: best });
  }
  return chosen.sort((a, b) => a.i - b.i).flatMap((c) => c.findings);
}

/** Findings grouped by document, the documents in the order given (time order). */
export function findingsByDocument<F extends Finding>(documentIds: readonly string[], findings: readonly F[]): Map<string, F[]> {
  const byDocument = new Map<string, F[]>(documentIds.map((id) => [id, []]));
  for (const f of findings) byDocument.get(f.document)?.push(f);
  return byDocument;
}

/** Findings under their documents, in the documents' order, for a list shown by document; a document with none is left out. */
export function findingGroups<D extends { id: string }, F extends Finding>(documents: readonly D[], findings: readonly F[]): { document: D; findings: F[] }[] {
  const byDocument = findingsByDocument(documents.map((d) => d.id), findings);
  return documents.flatMap((document) => (byDocument.get(document.id)!.length ? [{ document, findings: byDocument.get(document.id)! }] : []));
}
