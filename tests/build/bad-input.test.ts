/**
 * Bad content must stop the real build with a message that names the file, the
 * field and what is allowed. Each case copies the project to a temporary folder,
 * breaks one entry, and runs `astro build` there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project';

const entry = 'content/inspections/2015-council-letter-to-stakeholders.mdx';
const copies: ProjectCopy[] = [];

function buildWith(change: (text: string) => string, path = entry): string {
  const project = copyProject('bad-input');
  copies.push(project);
  const file = join(project.dir, path);
  const original = readFileSync(file, 'utf8');
  const changed = change(original);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  const run = project.build();
  expect(run.status, 'the build should fail').not.toBe(0);
  return run.output;
}

afterAll(() => copies.forEach((project) => project.remove()));

describe('a build with bad content fails and says why', () => {
  it('rejects a grade word that is not on the scale', () => {
    const out = buildWith((mdx) => mdx.replace('grade: Inadequate', 'grade: Very poor'));
    expect(out).toContain('2015-council-letter-to-stakeholders');
    expect(out).toMatch(/judgements\.0\.grade/);
    expect(out).toContain('"Requires improvement to be good"');
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

  it('rejects a malformed date', () => {
    const out = buildWith((mdx) => mdx.replace('date: "2015-11-27"', 'date: "27/11/2015"'));
    expect(out).toMatch(/issued\.date/);
    expect(out).toContain('YYYY-MM-DD');
  });

  it('rejects an entry without a title', () => {
    const out = buildWith((mdx) => mdx.replace(/^title: .*\n/m, ''));
    expect(out).toContain('2015-council-letter-to-stakeholders');
    expect(out).toMatch(/title/);
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
