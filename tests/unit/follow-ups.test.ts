/**
 * What happened next (src/model/follow-ups.ts) on the real reviewed record and on
 * broken copies of it: every item reviewed, links only to later documents and in
 * the passage's own words, counts computed from the list.
 */
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/data/documents';
import { loadFollowUps } from '../../src/data/follow-ups';
import { loadBlockTexts, loadRecord } from '../../src/data/record';
import { checkFollowUps, countsSentence, followUpGroups, statusOf, STATUS_IDS, type FollowUp, type Relation } from '../../src/model/follow-ups';

const [documents, texts] = await Promise.all([loadDocuments(), loadBlockTexts()]);
const findings = documents.flatMap((d) => d.findings);
const order = documents.map((d) => d.id);
const entries = (await loadRecord()).followUps;
const clone = <T>(value: T): T => structuredClone(value);
const REPORT = '2012-safeguarding-and-looked-after-children';
const LETTER = '2015-council-letter-to-stakeholders';

describe('the reviewed record, content/what-happened-next.yaml', () => {
  test('agrees with the documents: every recommendation and issue to resolve reviewed, every link later and quoted exactly', () => {
    expect(checkFollowUps(entries, findings, order, texts)).toEqual([]);
    const followed = findings.filter((f) => (f.document === REPORT && f.kind === 'recommendation') || (f.document === LETTER && f.kind === 'development'));
    expect(entries.map((e) => `${e.item.document}#${e.item.block}`).sort()).toEqual(followed.map((f) => `${f.document}#${f.id}`).sort());
  });

  test('pairs no hospital-governance recommendation with the £5m, or anything else', () => {
    const morecambe = entries.find((e) => e.item.block === 'p28-1' && e.item.document === REPORT)!;
    expect(morecambe.links).toEqual([]);
    expect(entries.flatMap((e) => e.links).some((l) => l.quote.includes('£5m'))).toBe(false);
  });

  test('an item left out, a link to an earlier document and a wrong quote each fail, named', () => {
    const bad = clone(entries).filter((e) => e.id !== '2012-p97-2');
    const p5 = bad.find((e) => e.id === '2015-p5-1')!;
    p5.links.push({ relation: 'mentions', source: { document: REPORT, block: 'p20' }, quote: 'The performance of the LSCB is good' });
    p5.links[0]!.quote = 'The quality and use of performance data is excellent.';
    expect(checkFollowUps(bad, findings, order, texts)).toEqual([
      `content/what-happened-next.yaml 2015-p5-1 links[${p5.links.length - 1}]: ${REPORT} is not later than ${LETTER}`,
      'content/what-happened-next.yaml 2015-p5-1 links[0]: the quote is not in 2018-scrutiny-committee-inspection-and-review#p8-3',
      `content/what-happened-next.yaml: ${REPORT}#p97-2 (recommendation) has no entry; review it, with links: [] where no later document speaks to it`,
    ]);
  });

  test('an item that is not a finding, or is reviewed twice, fails', () => {
    const extra: FollowUp[] = [{ id: 'x', item: { document: LETTER, block: 'p99' }, links: [] }, { ...clone(entries[0]!), id: 'again' }];
    expect(checkFollowUps([...entries, ...extra], findings, order, texts)).toEqual([
      `content/what-happened-next.yaml x: ${LETTER}#p99 is not a finding of any document`,
      `content/what-happened-next.yaml again: ${REPORT}#p28-1 is already followed up by 2012-p28-1`,
    ]);
  });
});

describe('the statuses and counts', () => {
  test('each item has the status its links give, and the counts add up to the total', async () => {
    const groups = await loadFollowUps();
    expect(groups.map((g) => [g.document.id, g.kind, g.counts.total])).toEqual([[REPORT, 'recommendation', 22], [LETTER, 'development', 10]]);
    for (const g of groups) {
      for (const item of g.items) expect(item.status, item.finding.id).toBe(statusOf(item.links));
      expect(STATUS_IDS.reduce((n, s) => n + g.counts[s], 0)).toBe(g.counts.total);
      for (const s of STATUS_IDS) expect(g.counts[s], s).toBe(g.items.filter((i) => i.status === s).length);
    }
  });

  test('progress and criticism together are "both"; none is "nothing later"', () => {
    const link = (relation: Relation) => ({ relation });
    expect(statusOf([])).toBe('nothing-later');
    expect(statusOf([link('reports-progress'), link('still-needs-work')])).toBe('both');
    expect(statusOf([link('still-needs-work'), link('reports-action')])).toBe('needs-work');
    expect(statusOf([link('reports-progress'), link('mentions')])).toBe('progress');
    expect(statusOf([link('reports-action'), link('mentions')])).toBe('action');
    expect(statusOf([link('mentions')])).toBe('mentioned');
  });

  test('the sentence counts the items with and without a later passage', () => {
    const two: FollowUp[] = [
      { id: 'a', item: { document: REPORT, block: 'p28-1' }, links: [] },
      { id: 'b', item: { document: REPORT, block: 'p28-9' }, links: [{ relation: 'still-needs-work', source: { document: '2018-post-inspection-update', block: 'p15' }, quote: 'further work' }] },
    ];
    const [group] = followUpGroups(two, findings, documents.map((d) => ({ id: d.id, shortTitle: d.data.shortTitle, labels: d.labels })));
    expect(countsSentence(group!)).toBe('Of the 2 recommendations, 1 has at least one later passage that speaks to it; 1 has none.');
    expect(group!.items[1]!.links[0]).toMatchObject({ href: '/inspections/2018-post-inspection-update/#p15', where: '2018 post-inspection update, paragraph 15' });
  });
});
