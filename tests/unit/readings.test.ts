import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { loadFindings } from '../../src/data/findings';
import { checkReadings, MAX_THEMES, readingSchema, readingsByFinding, unread } from '../../src/model/readings';
import { proposals } from '../../scripts/propose-readings';

const { findings, themes } = await loadFindings();
// The readings as written, proposals included (the record's loader publishes reviewed ones only).
const readings = (await getCollection('readings')).map((e) => readingSchema.parse(e.data));
const themeIds = themes.map((t) => t.id);
const finding = { document: 'doc', id: 'p1', text: 'Assessments are timely. However, plans lack detail.', section: 'Being healthy' };

describe('the record', () => {
  test('every finding has a reviewed reading, and none is a proposal still to review', () => {
    expect(unread(findings, readingsByFinding(readings, themeIds))).toEqual([]);
    expect(readings.filter((r) => r.proposed).map((r) => `${r.document}#${r.block}`)).toEqual([]);
  });

  test('no letterhead, greeting, sign-off or contents block is on a theme, so none is ever related to anything', () => {
    const onTheme = findings.filter((f) => /^(letterhead|salutation|signatory|sign-off|contents|address)/.test(f.id) && f.themes.length);
    expect(onTheme.map((f) => `${f.document}#${f.id}`)).toEqual([]);
  });

  test('every reading the pages show is one a person reviewed, with the words it rests on', () => {
    for (const f of findings) {
      expect(f.reading, `${f.document}#${f.id}`).not.toBeNull();
      expect(f.reading === 'background' ? f.readingWords.length === 0 : f.readingWords.length > 0, `${f.document}#${f.id}`).toBe(true);
      expect(Object.keys(f.themeWords), `${f.document}#${f.id}`).toEqual(f.themes);
    }
  });
});

describe('readingSchema', () => {
  const parse = (data: object) => readingSchema.safeParse({ document: 'doc', block: 'p1', ...data });
  test('takes words for every reading but background, two for mixed, and at most three themes', () => {
    expect(parse({ reading: 'positive', words: ['Assessments are timely'] }).success).toBe(true);
    expect(parse({ reading: 'background' }).success).toBe(true);
    expect(parse({ reading: 'background', words: ['Assessments are timely'] }).success).toBe(false);
    expect(parse({ reading: 'negative' }).success).toBe(false);
    expect(parse({ reading: 'mixed', words: ['Assessments are timely'] }).success).toBe(false);
    expect(parse({ reading: 'praise', words: ['Assessments are timely'] }).success).toBe(false);
    const four = Object.fromEntries(themeIds.slice(0, MAX_THEMES + 1).map((t) => [t, 'Assessments']));
    expect(parse({ reading: 'background', themes: four }).success).toBe(false);
  });
});

describe('checkReadings', () => {
  const reading = (data: object) => readingSchema.parse({ document: 'doc', block: 'p1', reading: 'mixed', words: ['Assessments are timely', 'plans lack detail'], ...data });
  test('passes words that are the finding’s, and theme words that are the finding’s or its heading’s', () => {
    expect(checkReadings([reading({ themes: { 'assessment-and-planning': 'plans lack detail', health: 'Being healthy' } })], [finding], themeIds)).toEqual([]);
  });
  test('names each problem: words not in the text, an unknown theme, a block read twice, a block that is no finding', () => {
    expect(
      checkReadings(
        [reading({ words: ['Assessments are late', 'plans lack detail'], themes: { 'no-such-theme': 'plans', health: 'dentists' } }), reading({}), reading({ block: 'p9' })],
        [finding],
        themeIds,
      ),
    ).toEqual([
      'content/readings/doc.yaml p1: the words “Assessments are late” are not the finding\'s',
      'content/readings/doc.yaml p1: no theme "no-such-theme"',
      'content/readings/doc.yaml p1: the words for health, “dentists”, are neither the finding\'s nor its heading\'s',
      'content/readings/doc.yaml p1: read twice',
      'content/readings/doc.yaml p9: doc has no finding p9',
    ]);
  });
});

describe('readingsByFinding', () => {
  test('publishes reviewed readings only, with their themes in the themes’ order', () => {
    const [first, second] = themeIds;
    const read = readingsByFinding(
      [
        readingSchema.parse({ document: 'doc', block: 'p1', reading: 'background', themes: { [second!]: 'plans', [first!]: 'Assessments' } }),
        readingSchema.parse({ document: 'doc', block: 'p2', reading: 'background', proposed: true }),
      ],
      themeIds,
    );
    expect(read.get('doc#p1')).toEqual({ reading: 'background', readingWords: [], themes: [first, second], themeWords: { [first!]: 'Assessments', [second!]: 'plans' } });
    expect(read.has('doc#p2')).toBe(false);
  });
});

describe('proposals', () => {
  test('propose a reading from the document’s own label and themes from the patterns, marked as proposed, for unread findings only', () => {
    const strength = { ...findings.find((f) => f.kind === 'strength')! };
    const [proposal] = proposals([strength, { ...strength, id: 'already' }], new Set(['already']), themes);
    expect(proposal).toMatchObject({ block: strength.id, reading: 'positive', proposed: true });
    expect(proposal!.words.every((w) => strength.text.includes(w))).toBe(true);
    expect(checkReadings([readingSchema.parse({ document: strength.document, ...proposal })], findings, themeIds)).toEqual([]);
  });
});
