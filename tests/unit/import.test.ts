import { describe, expect, test } from 'vitest';
import { profiles } from '../../scripts/import/profiles/index';
import { importDocument, type Facts } from '../../scripts/import/run';
import type { Profile } from '../../scripts/import/profile';
import { loadChanges } from '../../src/data/record';
import { ENTRY_IDS, readEntry, readSource } from '../support/entries';

/** Documents whose entry was edited after its import: the change log records a repair or correction of it. */
const edited = new Set((await loadChanges()).filter((change) => change.type !== 'published').map((change) => change.document));

const profile = (id: string): Profile => {
  const found = profiles.find((p) => p.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};
/** An entry's facts, as its committed frontmatter states them: the import reads them from there. */
const factsOf = (id: string) => readEntry(id).frontmatter as Facts;
const sourceOf = (id: string) => readSource(factsOf(id).sourceFile);
/** The import as `npm run import` runs it: the source text its frontmatter names, under that frontmatter. */
const reimport = (p: Profile, facts = factsOf(p.id), source = sourceOf(p.id)) => importDocument(source, p, facts);
const imported = (id: string) => reimport(profile(id));
const judgementsOf = (id: string) => imported(id).frontmatter.judgements ?? [];

test('every profile is of a committed document (a document may be written without one)', () => {
  expect(profiles.map((p) => p.id).filter((id) => !ENTRY_IDS.includes(id))).toEqual([]);
});

test('re-importing each source reproduces its committed entry byte for byte, until the entry is edited', () => {
  const differing = profiles.filter((p) => !edited.has(p.id) && reimport(p).mdx !== readEntry(p.id).text);
  expect(differing.map((p) => p.id)).toEqual([]);
});

test('the import accepts Windows line endings in a source', () => {
  const p = profile('2015-council-letter-to-stakeholders');
  const crlf = sourceOf(p.id).replace(/\n/g, '\r\n');
  expect(reimport(p, factsOf(p.id), crlf).mdx).toBe(readEntry(p.id).text);
});

describe('judgements the import derives', () => {
  const report = judgementsOf('2012-safeguarding-and-looked-after-children');

  test('2012 report: 22, ten for safeguarding and twelve for looked after children', () => {
    expect(report).toHaveLength(22);
    expect(report.filter((j) => j.group === 'Safeguarding services')).toHaveLength(10);
    expect(report.filter((j) => j.group === 'Services for looked after children')).toHaveLength(12);
  });

  test('2012 report: the grades of the record of main findings', () => {
    expect(report.map((j) => `${j.group} / ${j.area}: ${j.grade} (${j.rank})`)).toEqual([
      'Safeguarding services / Overall effectiveness: Good (2)',
      'Safeguarding services / Capacity for improvement: Good (2)',
      'Safeguarding services / Children and young people are safe and feel safe: Good (2)',
      'Safeguarding services / Quality of provision: Good (2)',
      'Safeguarding services / The contribution of health agencies to keeping children and young people safe: Adequate (3)',
      'Safeguarding services / Ambition and prioritisation: Outstanding (1)',
      'Safeguarding services / Leadership and management: Good (2)',
      'Safeguarding services / Performance management and quality assurance: Good (2)',
      'Safeguarding services / Partnership working: Good (2)',
      'Safeguarding services / Equality and diversity: Outstanding (1)',
      'Services for looked after children / Overall effectiveness: Good (2)',
      'Services for looked after children / Capacity for improvement: Outstanding (1)',
      'Services for looked after children / Being healthy: Adequate (3)',
      'Services for looked after children / Staying safe: Good (2)',
      'Services for looked after children / Enjoying and achieving: Good (2)',
      'Services for looked after children / Making a positive contribution, including user engagement: Good (2)',
      'Services for looked after children / Economic well-being: Good (2)',
      'Services for looked after children / Quality of provision: Good (2)',
      'Services for looked after children / Ambition and prioritisation: Outstanding (1)',
      'Services for looked after children / Leadership and management: Good (2)',
      'Services for looked after children / Performance management and quality assurance: Good (2)',
      'Services for looked after children / Equality and diversity: Good (2)',
    ]);
  });

  test('2012 report: each judgement cites its row of the record and the paragraph that states it', () => {
    const byArea = new Map(report.map((j) => [`${j.group} / ${j.area}`, j]));
    expect(byArea.get('Services for looked after children / Being healthy')).toMatchObject({
      source: 'main-findings-looked-after-being-healthy',
      alsoStatedIn: ['p98'],
    });
    expect(report.every((j) => j.source.startsWith('main-findings-') && j.alsoStatedIn?.length === 1)).toBe(true);
  });

  test('2018 update: six judgements', () => {
    expect(judgementsOf('2018-post-inspection-update').map((j) => `${j.area}: ${j.grade}`)).toEqual([
      'Overall effectiveness: Requires improvement to be good',
      'Children who need help and protection: Requires improvement',
      'Children looked after and achieving permanence: Requires improvement',
      'Adoption performance: Good',
      'Experiences and progress of care leavers: Requires improvement',
      'Leadership, management and governance: Requires improvement',
    ]);
  });

  test('2015 letter: two judgements, inadequate overall and the LSCB good', () => {
    expect(judgementsOf('2015-council-letter-to-stakeholders').map((j) => `${j.area}: ${j.grade}`)).toEqual([
      'Overall effectiveness: Inadequate',
      "Lancashire's Safeguarding Children's Board (LSCB): Good",
    ]);
  });

  test('2009 letter: no judgements, since that inspection did not grade', () => {
    expect(judgementsOf('2009-unannounced-inspection-contact-referral-assessment')).toEqual([]);
  });

  test('2018 scrutiny report: no judgements of its own', () => {
    expect(judgementsOf('2018-scrutiny-committee-inspection-and-review')).toEqual([]);
  });
});

describe('the import refuses facts or a profile that do not fit the source', () => {
  const p = profile('2015-council-letter-to-stakeholders');
  const facts = factsOf(p.id);

  test('a judgement citing a block the text does not have', () => {
    const broken: Facts = { ...facts, judgements: [{ area: 'Overall effectiveness', grade: 'Inadequate', rank: 4, source: 'p99' }] };
    expect(() => reimport(p, broken)).toThrow(/judgements\[0\]\.source: "p99" is not the id of any block/);
  });

  test('frontmatter that does not fit the schema', () => {
    expect(() => reimport(p, { ...facts, summary: 'Too short.' })).toThrow(/does not fit the schema[\s\S]*must be a paragraph of at least 40 characters/);
  });

  test('a heading the source does not have', () => {
    const broken: Profile = { ...p, headings: [...p.headings, ['A heading that is not there', 2]] };
    expect(() => reimport(broken)).toThrow(/heading not found in order: “A heading that is not there”/);
  });

  test('a judgement the import derives from a table, listed in the facts too, is derived afresh, not doubled', () => {
    const update = profile('2018-post-inspection-update');
    const stated = factsOf(update.id);
    const fromTable = reimport(update, { ...stated, judgements: [] }).frontmatter.judgements!;
    expect(fromTable.length).toBeGreaterThan(0);
    expect(reimport(update, stated).frontmatter.judgements).toEqual(stated.judgements);
    expect(stated.judgements).toEqual(expect.arrayContaining(fromTable));
  });
});
