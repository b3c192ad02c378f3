import { describe, expect, test } from 'vitest';
import { parseBody, type Block } from '../../src/model/body';
import { findingsOf } from '../../src/model/findings';
import { readEntry } from './documents';

const REPORT = '2012-safeguarding-and-looked-after-children';
const reportBlocks = parseBody(readEntry(REPORT).body);
const findings = findingsOf(REPORT, 2012, reportBlocks);
const paragraphs = findings.filter((f) => f.kind === 'paragraph');

describe('findings of the 2012 report', () => {
  test('are its 156 numbered paragraphs, numbered 1 to 156 in order', () => {
    expect(paragraphs).toHaveLength(156);
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 156 }, (_, i) => String(i + 1)));
  });

  test('give the paragraphs the ids p1 to p156', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 156 }, (_, i) => `p${i + 1}`));
  });

  test('include every bullet, each of kind "point" and numbered after its paragraph', () => {
    const bullets = reportBlocks.flatMap((b) => (b.type === 'list' ? b.points.map((p) => p.id) : []));
    const points = findings.filter((f) => f.kind === 'point');
    expect(bullets.length).toBeGreaterThan(0);
    expect(points.map((p) => p.id)).toEqual(bullets);
    expect(points.every((p) => /^p\d+-\d+$/.test(p.id) && p.number === undefined)).toBe(true);
    expect(findings).toHaveLength(156 + bullets.length);
  });

  test('are in document order: each bullet follows its paragraph', () => {
    const paragraphOf = (id: string) => Number(/^p(\d+)/.exec(id)![1]);
    const order = findings.map((f) => paragraphOf(f.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('carry the heading path they sit under', () => {
    const byId = new Map(findings.map((f) => [f.id, f]));
    expect(byId.get('p98')!.section).toBe(
      'Services for looked after children › How good are outcomes for looked after children and care leavers? › Being healthy',
    );
    expect(byId.get('p1')!.section).toBe('About this inspection');
    expect(byId.get('p15')!.section).toBe('Overall effectiveness');
    expect(byId.get('p2-1')!.section).toBe('About this inspection');
    expect(byId.get('p156')!.section).toBe('Services for looked after children › Performance management and quality assurance');
  });

  test('link to their block on the document’s page', () => {
    for (const f of findings) expect(f.url).toBe(`/inspections/${REPORT}/#${f.id}`);
  });

  test('carry the document and year', () => {
    expect(new Set(findings.map((f) => `${f.document} ${f.year}`))).toEqual(new Set([`${REPORT} 2012`]));
  });

  test('hold the paragraph’s words, without its number', () => {
    expect(findings[0]!.text).toMatch(/^The purpose of the inspection is to evaluate/);
  });
});

describe('findingsOf on a small body', () => {
  const blocks: Block[] = [
    { type: 'paragraph', id: 'p1', text: 'Before any heading.' },
    { type: 'heading', level: 2, id: 'a', text: 'A' },
    { type: 'heading', level: 3, id: 'b', text: 'B' },
    { type: 'heading', level: 4, id: 'c', text: 'C' },
    { type: 'paragraph', id: 'p2', text: 'Under C.' },
    { type: 'heading', level: 3, id: 'd', text: 'D' },
    { type: 'list', points: [{ id: 'p2-1', text: 'Under D.' }] },
    { type: 'heading', level: 2, id: 'e', text: 'E' },
    { type: 'grade', id: 'e-grade', text: 'Grade 2 (Good)' },
    { type: 'text', id: 'sign-off', lines: ['Yours sincerely'] },
    { type: 'paragraph', id: 'p3', number: 'ii', text: 'Under E.' },
  ];
  const found = findingsOf('doc', 2009, blocks);

  test('a heading closes the headings at its level and below', () => {
    expect(found.map((f) => [f.id, f.section])).toEqual([
      ['p1', ''],
      ['p2', 'A › B › C'],
      ['p2-1', 'A › D'],
      ['p3', 'E'],
    ]);
  });

  test('only paragraphs and bullets are findings, and only numbered ones carry a number', () => {
    expect(found.map((f) => [f.kind, f.number])).toEqual([
      ['paragraph', undefined],
      ['paragraph', undefined],
      ['point', undefined],
      ['paragraph', 'ii'],
    ]);
    expect('number' in found[0]!).toBe(false);
  });
});
