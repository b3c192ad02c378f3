/**
 * Bad content must stop the real build with a message that names the file, the
 * field and what is allowed. One copy of the project in a temporary folder serves
 * every case: each breaks one entry, runs `astro build` there, and puts the entry back. Faults the schema
 * finds are made together, in one build: it reports every one (a build stops at the first fault of other kinds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project';

const entry = 'content/inspections/2015-council-letter-to-stakeholders.mdx';
let project: ProjectCopy;

beforeAll(() => {
  project = copyProject('bad-input');
});
afterAll(() => project?.remove());

function buildWith(change: (text: string) => string, path = entry): string {
  const file = join(project.dir, path);
  const original = readFileSync(file, 'utf8');
  const changed = change(original);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  try {
    const run = project.build();
    expect(run.status, 'the build should fail').not.toBe(0);
    return run.output;
  } finally {
    writeFileSync(file, original);
  }
}

describe('a build with bad content fails and says why', () => {
  // One build for every fault of the frontmatter's form: the schema reports each field that breaks it.
  describe('an entry whose frontmatter breaks the schema in three places', () => {
    let out = '';
    beforeAll(() => {
      out = buildWith((mdx) =>
        mdx.replace('grade: Inadequate', 'grade: Very poor').replace('date: "2015-11-27"', 'date: "27/11/2015"').replace(/^title: .*\n/m, ''),
      );
    });

    it('is named', () => {
      expect(out).toContain('2015-council-letter-to-stakeholders');
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
    const out = buildWith((mdx) => mdx.replace('source: p10', 'source: p99'));
    expect(out).toContain('content/inspections/2015-council-letter-to-stakeholders.mdx');
    expect(out).toContain('judgements[1].source: "p99" is not the id of any block');
  });

  it('rejects a repair that names no entry of the change log', () => {
    const out = buildWith((mdx) => mdx.replace('at: p7\n', 'at: p7\n    change: 2015-letter-repaired-again\n'));
    expect(out).toContain('2015-council-letter-to-stakeholders: a repair names "2015-letter-repaired-again", which is not a repair entry');
  });

  it('rejects a quotation on a page that is not the words of the block it quotes, naming the file, the entry and the block', () => {
    const out = buildWith((yaml) => yaml.replace('quote: A service that only meets minimum requirements', 'quote: A service that meets minimum requirements'), 'content/quotations.yaml');
    expect(out).toContain('content/quotations.yaml adequate-defined: the quote is not in 2012-safeguarding-and-looked-after-children#grade-scale-adequate-grade-3');
  });

  it('rejects a summary that puts words in a document’s mouth', () => {
    const out = buildWith((mdx) => mdx.replace('(“Dear Stakeholder”)', '(“Dear Partner”)'));
    expect(out).toContain('content/inspections/2015-council-letter-to-stakeholders.mdx: summary: “Dear Partner” is not the document\'s words');
  });
});
