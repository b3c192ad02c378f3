/**
 * Findings in other documents on the same subjects: those sharing the most themes
 * first, then in time order, a few from each document so no one document crowds
 * out the rest.
 */
import type { Finding } from './findings';

type Themed = Finding & { themes: string[] };

export function relatedFindings<F extends Themed>(finding: F, all: F[], perDocument = 3): F[] {
  const shared = (f: F) => f.themes.filter((t) => finding.themes.includes(t)).length;
  const candidates = all.filter((f) => f.document !== finding.document && f.kind !== 'judgement' && shared(f) > 0);
  const documents = [...new Set(candidates.map((f) => f.document))];
  return documents.flatMap((doc) =>
    candidates
      .filter((f) => f.document === doc)
      .map((f, i) => ({ f, i, score: shared(f) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, perDocument)
      .sort((a, b) => a.i - b.i)
      .map(({ f }) => f),
  );
}
