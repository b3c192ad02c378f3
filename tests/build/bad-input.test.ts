/**
 * Bad content must stop the real build with a message that names the file, the
 * field and what is allowed. One copy of the project in a temporary folder, with
 * every fault below made at once, and one `astro build`: the record's loader
 * (src/data/record.ts) checks everything once and reports every problem together.
 * tests/unit/checked-record.test.ts checks the same faults without a build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project';

const LETTER = 'content/inspections/2015-council-letter-to-stakeholders.mdx';
const DRAFT = 'content/inspections/2015-council-letter-draft.mdx';
let project: ProjectCopy;
let out = '';

/** Changes a file of the copy; each change must change it. */
function edit(path: string, change: (text: string) => string, to = path): void {
  const original = readFileSync(join(project.dir, path), 'utf8');
  const changed = change(original);
  expect(changed, `${path} should change`).not.toBe(original);
  writeFileSync(join(project.dir, to), changed);
}

beforeAll(() => {
  project = copyProject('bad-input');
  // A new entry whose frontmatter breaks the schema in three places.
  edit(LETTER, (mdx) => mdx.replace('grade: Inadequate', 'grade: Very poor').replace('date: "2015-11-27"', 'date: "27/11/2015"').replace(/^title: .*\n/m, ''), DRAFT);
  // The letter: a judgement citing a paragraph that does not exist, a repair naming no entry of the
  // change log, and a summary that puts words in its mouth.
  edit(LETTER, (mdx) => mdx.replace('source: p10', 'source: p99').replace('at: p7\n', 'at: p7\n    change: 2015-letter-repaired-again\n').replace('(“Dear Stakeholder”)', '(“Dear Partner”)'));
  // A quotation on a page that is not the words of the block it quotes.
  edit('content/quotations.yaml', (yaml) => yaml.replace('quote: A service that only meets minimum requirements', 'quote: A service that meets minimum requirements'));
  const run = project.build();
  expect(run.status, 'the build should fail').not.toBe(0);
  out = run.output;
});
afterAll(() => project?.remove());

describe('a build with bad content fails and says why, every fault at once', () => {
  describe('an entry whose frontmatter breaks the schema in three places', () => {
    it('is named', () => {
      expect(out).toContain(DRAFT);
    });

    it('rejects a grade word that is not on the scale, listing the allowed ones', () => {
      expect(out).toMatch(/judgements\.0\.grade/);
      expect(out).toContain('"Requires improvement to be good"');
    });

    it('rejects a malformed date', () => {
      expect(out).toMatch(/issued\.date/);
      expect(out).toContain('YYYY-MM-DD');
    });

    it('rejects an entry without a title', () => {
      expect(out).toMatch(/\btitle: Required/);
    });
  });

  it('rejects a judgement citing a paragraph that does not exist', () => {
    expect(out).toContain('content/inspections/2015-council-letter-to-stakeholders.mdx');
    expect(out).toContain('judgements[1].source: "p99" is not the id of any block');
  });

  it('rejects a repair that names no entry of the change log', () => {
    expect(out).toContain('2015-council-letter-to-stakeholders: a repair names "2015-letter-repaired-again", which is not a repair entry');
  });

  it('rejects a quotation on a page that is not the words of the block it quotes, naming the file, the entry and the block', () => {
    expect(out).toContain('content/quotations.yaml adequate-defined: the quote is not in 2012-safeguarding-and-looked-after-children#grade-scale-adequate-grade-3');
  });

  it('rejects a summary that puts words in a document’s mouth', () => {
    expect(out).toContain('content/inspections/2015-council-letter-to-stakeholders.mdx: summary: “Dear Partner” is not the document\'s words');
  });
});
