import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/body';
import { findingsOf } from '../../src/model/findings';
import { loadDocuments } from '../../src/data/documents';


const REPORT = '2012-safeguarding-and-looked-after-children';
const documents = await loadDocuments();
const byDocument = new Map(documents.map((d) => [d.id, d.findings]));
const report = documents.find((d) => d.id === REPORT)!;
const findings = byDocument.get(REPORT)!;
const paragraphs = findings.filter((f) => f.form === 'paragraph');
const byId = new Map(findings.map((f) => [f.id, f]));

describe('findings of the 2012 report', () => {
  test('are its 156 numbered paragraphs, numbered 1 to 156 in order', () => {
    expect(paragraphs).toHaveLength(156);
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 156 }, (_, i) => String(i + 1)));
    expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 156 }, (_, i) => `p${i + 1}`));
  });

  test('include every bullet, and every judgement statement: the 22 graded rows and the grade lines', () => {
    const bullets = report.blocks.flatMap((b) => (b.type === 'list' ? b.points.map((p) => p.id) : []));
    const grades = report.blocks.filter((b) => b.type === 'grade').map((b) => b.id);
    expect(findings.filter((f) => f.form === 'point').map((p) => p.id)).toEqual(bullets);
    expect(findings.filter((f) => f.form === 'grade').map((p) => p.id)).toEqual(grades);
    expect(findings.filter((f) => f.form === 'row')).toHaveLength(22);
    expect(findings).toHaveLength(156 + bullets.length + grades.length + 22);
  });

  test('number their positions 1, 2, 3 … in document order', () => {
    expect(findings.map((f) => f.position)).toEqual(findings.map((_, i) => i + 1));
  });

  test('carry the heading path they sit under, and the nearest heading id', () => {
    expect(byId.get('p98')!.section).toBe(
      'Services for looked after children › How good are outcomes for looked after children and care leavers? › Being healthy',
    );
    expect(byId.get('p98')!.sectionId).toBe('being-healthy');
    expect(byId.get('p1')!.section).toBe('About this inspection');
  });

  test('make the areas for improvement recommendations, each with its timescale', () => {
    const recs = findings.filter((f) => f.kind === 'recommendation');
    expect(recs.map((f) => f.id)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `p28-${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `p97-${i + 1}`),
    ]);
    expect(byId.get('p28-1')!.timescale).toBe('Immediately');
    expect(byId.get('p28-3')!.timescale).toBe('Within three months');
    expect(byId.get('p97-10')!.timescale).toBe('Within six months');
    expect(byId.get('p28')!.kind).toBe('unlabelled');
  });

  test('make the paragraphs that state a grade judgements, and leave the rest context', () => {
    expect(byId.get('p15')!.kind).toBe('judgement');
    expect(byId.get('p98')!.kind).toBe('judgement');
    expect(byId.get('p99')!.kind).toBe('unlabelled');
  });

  test('link to their block on the document’s page', () => {
    for (const f of findings) expect(f.url).toBe(`/inspections/${REPORT}/#${f.id}`);
  });
});

describe('kinds in the other documents, read from their structure', () => {
  const kinds = (doc: string) => Object.fromEntries(byDocument.get(doc)!.map((f) => [f.id, f.kind]));

  test('2009: the list “delivered satisfactorily in accordance with national guidance” is its own kind, "Strengths" strengths, "Areas for development" areas for development', () => {
    const k = kinds('2009-unannounced-inspection-contact-referral-assessment');
    expect(Object.entries(k).filter(([, v]) => v === 'satisfactory').map(([id]) => id)).toEqual(['p4-1', 'p4-2', 'p4-3', 'p4-4', 'p4-5', 'p4-6']);
    expect(k['p5-1']).toBe('strength');
    expect(k['p5-7']).toBe('development');
    expect(k.p1).toBe('unlabelled');
  });

  test('2015: the issues to resolve are areas for improvement, the praised aspects strengths, the two judgements judgements', () => {
    const k = kinds('2015-council-letter-to-stakeholders');
    expect(Object.entries(k).filter(([, v]) => v === 'development').map(([id]) => id)).toEqual(Array.from({ length: 10 }, (_, i) => `p5-${i + 1}`));
    expect(Object.entries(k).filter(([, v]) => v === 'strength')).toHaveLength(13);
    expect([k.p1, k.p10]).toEqual(['judgement', 'judgement']);
    expect(k['p6-1']).toBe('unlabelled');
  });

  test('2018 scrutiny report: its i. and ii. are recommendations; "Challenges" areas for development', () => {
    const k = kinds('2018-scrutiny-committee-inspection-and-review');
    expect([k.p3, k.p4]).toEqual(['recommendation', 'recommendation']);
    expect(k.p2).toBe('unlabelled');
    expect(k['p8-4']).toBe('development');
    expect(k['p8-8']).toBe('development');
    expect(k['p7-1']).toBe('strength');
  });

  test('2018 scrutiny report: the Department for Education’s summary after the Challenges list is context, not an area for development', () => {
    const k = kinds('2018-scrutiny-committee-inspection-and-review');
    expect([k.p9, k.p10]).toEqual(['unlabelled', 'unlabelled']);
  });

  test('2018 update: the six judgements are judgements', () => {
    const found = byDocument.get('2018-post-inspection-update')!;
    expect(found.filter((f) => f.kind === 'judgement').map((f) => f.id)).toEqual([
      'p2', 'judgements-1', 'judgements-2', 'judgements-2-1', 'judgements-2-2', 'judgements-3',
    ]);
  });
});

describe('findingsOf on a small body', () => {
  const blocks: Block[] = [
    { type: 'paragraph', id: 'p1', text: 'Before any heading.' },
    { type: 'heading', level: 2, id: 'a', text: 'A' },
    { type: 'heading', level: 3, id: 'b', text: 'B' },
    { type: 'paragraph', id: 'p2', text: 'Under B.' },
    { type: 'heading', level: 2, id: 'strengths', text: 'Strengths' },
    { type: 'list', points: [{ id: 'p2-1', text: 'A strength.' }] },
    { type: 'text', id: 'sign-off', lines: ['Yours sincerely'] },
  ];
  const found = findingsOf('doc', 2009, blocks, { judgementBlocks: new Set(), listKinds: [] });

  test('a heading closes the headings at its level and below; framing text is not a finding', () => {
    expect(found.map((f) => [f.id, f.section, f.kind])).toEqual([
      ['p1', '', 'unlabelled'],
      ['p2', 'A › B', 'unlabelled'],
      ['p2-1', 'Strengths', 'strength'],
    ]);
  });
});
