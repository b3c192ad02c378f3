/**
 * Our reading as readers meet it: every finding page shows the reading from /data/findings.json as
 * ours, with each word it rests on quoted, and every theme page counts exactly the findings it lists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { distFile, parseHtml, textOf } from '../support/html';

interface Finding { document: string; id: string; reading: string; readingWords: string[]; themes: string[] }
const findings = JSON.parse(readFileSync('dist/data/findings.json', 'utf8')) as Finding[];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('our reading on the pages', () => {
  it('every finding page shows its reading under “Our reading”, apart from the document’s label, with each word it rests on', () => {
    const wrong = findings.flatMap((f) => {
      const page = parseHtml(readFileSync(distFile(`/findings/${f.document}/${f.id}/`)!, 'utf8'));
      const heading = DomUtils.findOne((e) => e.name === 'h2' && e.attribs.id === 'reading', page.children);
      const reading = DomUtils.findOne((e) => e.attribs['data-reading'] !== undefined, page.children);
      const quoted = DomUtils.findAll((e) => e.name === 'q', reading ? [reading] : []).map((q) => squash(textOf(q)));
      const themeLinks = DomUtils.findAll((e) => e.name === 'a' && /\/themes\/[a-z-]+\/$/.test(e.attribs.href ?? ''), reading?.parent?.children ?? []).map((a) => a.attribs.href!.split('/').at(-2));
      const problems = [
        !heading && 'no “Our reading” heading',
        reading?.attribs['data-reading'] !== f.reading && `reading ${reading?.attribs['data-reading']} is not ${f.reading}`,
        f.readingWords.some((w) => !quoted.includes(squash(w))) && 'a word it rests on is not quoted',
        themeLinks.join() !== f.themes.join() && `themes ${themeLinks.join()} are not ${f.themes.join()}`,
      ].filter(Boolean);
      return problems.length ? [`${f.document}#${f.id}: ${problems.join('; ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('every theme page lists exactly the findings on the theme and says the chart is our reading', () => {
    const themes = [...new Set(findings.flatMap((f) => f.themes))];
    const wrong = themes.flatMap((theme) => {
      const html = readFileSync(distFile(`/themes/${theme}/`)!, 'utf8');
      const listed = (html.match(/href="\/findings\/[^"]+\/"/g) ?? []).length;
      const own = findings.filter((f) => f.themes.includes(theme)).length;
      return [listed !== own && `${theme}: lists ${listed} findings, not ${own}`, !/in our reading/.test(textOf(html)) && `${theme}: does not say the chart is our reading`].filter(Boolean);
    });
    expect(wrong).toEqual([]);
  });
});
