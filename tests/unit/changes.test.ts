import { describe, expect, it } from 'vitest';
import { changeSchema, checkChanges, documentHistory, repairsByChange, repairsMade, type Change } from '../../src/model/changes';

const change = (fields: Partial<Change> & Pick<Change, 'id' | 'document' | 'type'>): Change =>
  changeSchema.parse({ date: '2026-11-23', major: fields.type !== 'repair', summary: 'What changed.', ...fields });

const letter = { id: 'letter', blockIds: new Set(['p1', 'p2']), repairChanges: [undefined, 'letter-repair'] };
const report = { id: 'report', blockIds: new Set(['p1']), repairChanges: [] };
const published = [
  change({ id: 'letter-published', document: 'letter', type: 'published' }),
  change({ id: 'report-published', document: 'report', type: 'published' }),
];
const repair = change({ id: 'letter-repair', document: 'letter', type: 'repair', date: '2026-12-01', major: false });

describe('checkChanges', () => {
  it('accepts a log where every document is published once, before anything else happens to it', () => {
    expect(checkChanges([...published, repair], [letter, report])).toEqual([]);
  });

  it('names each problem: unknown document or block, missing or repeated publication, a change before it, dates out of order', () => {
    expect(
      checkChanges(
        [
          change({ id: 'early-fix', document: 'report', type: 'correction', blocks: ['p9'] }),
          ...published,
          change({ id: 'again', document: 'letter', type: 'published', date: '2026-11-01' }),
          change({ id: 'ghost', document: 'nothing', type: 'published' }),
          repair,
        ],
        [letter, report],
      ),
    ).toEqual([
      'changes.yaml early-fix: report has a correction before it was published',
      'changes.yaml early-fix: "p9" is not a block of report',
      'changes.yaml report-published: report is already published by early-fix',
      'changes.yaml again: dated 2026-11-01, before the entry above it (2026-11-23); the log only grows at the end',
      'changes.yaml again: letter is already published by letter-published',
      'changes.yaml ghost: "nothing" is not a document of the record',
    ]);
  });

  it('ties later repairs to their entry both ways, and makes publication a major change', () => {
    expect(checkChanges([...published], [letter, report])).toEqual([
      'letter: a repair names "letter-repair", which is not a repair entry of this document in changes.yaml',
    ]);
    expect(checkChanges([...published, repair, change({ id: 'stray-repair', document: 'report', type: 'repair', date: '2026-12-02' })], [letter, report])).toEqual([
      "changes.yaml stray-repair: no repair in report's frontmatter names this change",
    ]);
    expect(checkChanges([{ ...published[0]!, major: false }, published[1]!, repair], [letter, report])).toEqual([
      'changes.yaml letter-published: publishing a document is a major change',
    ]);
  });

  it('fails a document the log never publishes', () => {
    expect(checkChanges([published[0]!, repair], [letter, report])).toEqual(['changes.yaml: report has no "published" entry']);
  });
});

describe('the repairs each change made, and a document\'s history', () => {
  const repairs = [{ detail: 'on import' }, { detail: 'later', change: 'letter-repair' }];

  it('gives publication the repairs that name no change, and a later entry the ones that name it', () => {
    const made = repairsByChange([...published, repair], 'letter', repairs);
    expect(made.get('letter-published')).toEqual([repairs[0]]);
    expect(made.get('letter-repair')).toEqual([repairs[1]]);
    expect(made.has('report-published')).toBe(false);
  });

  it('dates a document by its first and latest entries', () => {
    expect(documentHistory([...published, repair], 'letter')).toEqual({ firstPublished: '2026-11-23', lastChanged: '2026-12-01', lastChangeId: 'letter-repair' });
    expect(documentHistory([...published, repair], 'report')).toEqual({ firstPublished: '2026-11-23', lastChanged: '2026-11-23', lastChangeId: 'report-published' });
    expect(documentHistory(published, 'nothing')).toBeUndefined();
  });

  it('says how many repairs a change made, and when', () => {
    expect(repairsMade(published[0]!, 0)).toBe('');
    expect(repairsMade(published[0]!, 1)).toBe('One repair of conversion damage made on publication (minor: no word changed)');
    expect(repairsMade(repair, 3)).toBe('3 repairs of conversion damage made (minor: no word changed)');
  });

  it('rejects a change dated other than to the day', () => {
    expect(() => change({ id: 'x', document: 'letter', type: 'published', date: '2026-11' })).toThrow(/YYYY-MM-DD/);
    expect(() => change({ id: 'x', document: 'letter', type: 'published', date: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});
