/**
 * The grade of the section a finding sits in, where its document grades it: the
 * judgement stated in that section, or, for documents that put their judgements in
 * one table, the judgement whose area the section heading names.
 */
import type { Finding } from './findings';
import type { Judgement } from './schema';

const words = (text: string) =>
  new Set(text.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w.length > 3).map((w) => w.replace(/s$/, '')));

export function sectionJudgement(
  finding: Pick<Finding, 'id' | 'sectionId' | 'section'>,
  findings: Pick<Finding, 'id' | 'sectionId'>[],
  judgements: Judgement[],
): Judgement | undefined {
  const states = (j: Judgement, ids: Set<string>) => [j.source, ...j.alsoStatedIn].some((id) => ids.has(id));
  // A finding that states a judgement (a row of the 2012 record) is graded by that judgement, not its neighbours'.
  const own = judgements.find((j) => states(j, new Set([finding.id])));
  if (own) return own;
  if (!finding.sectionId) return undefined;
  const inSection = new Set(findings.filter((f) => f.sectionId === finding.sectionId).map((f) => f.id));
  const stated = judgements.filter((j) => states(j, inSection));
  // A section that states several judgements (the record of main findings) has no one grade.
  if (stated.length > 1) return undefined;
  if (stated.length === 1) return stated[0];
  const heading = words(finding.section.split(' › ').at(-1)!);
  return judgements.find((j) => {
    const area = words(j.area);
    return area.size > 0 && [...area].every((w) => heading.has(w));
  });
}
