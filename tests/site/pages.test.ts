/**
 * Every built page, read as text (no browser): the structure every page must
 * have, and no broken link or fragment within the site.
 */
import { describe, expect, it } from 'vitest';
import { attr, brokenTarget, markupOnly, startTags } from '../support/html';
import { builtPages, readPage } from '../support/pages';

const pages = builtPages();

describe('the built site', () => {
  it('has a home page', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });
});

for (const page of pages) {
  const { path } = page;
  const html = readPage(page);
  const tags = startTags(html);
  const named = (name: string) => tags.filter((t) => t.name === name);

  describe(`page ${path}`, () => {
    it('has <html lang="en-GB">', () => {
      const root = named('html');
      expect(root.length, 'number of <html> elements').toBe(1);
      expect(attr(root[0]!.attrs, 'lang')).toBe('en-GB');
    });

    it('has a non-empty <title>', () => {
      // The document's title is in <head>; an inline <svg> (a chart) has <title>s of its own in <body>.
      const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(markupOnly(html))?.[1] ?? '';
      const titles = [...head.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title>/gi)].map((m) => m[1]!.trim());
      expect(titles.length, 'number of <title> elements').toBe(1);
      expect(titles[0], '<title> text').not.toBe('');
    });

    it('has exactly one <h1>', () => {
      expect(named('h1').length, 'number of <h1> elements').toBe(1);
    });

    it('has one <main> with an id', () => {
      const mains = named('main');
      expect(mains.length, 'number of <main> elements').toBe(1);
      expect(attr(mains[0]!.attrs, 'id') ?? '', '<main> id').not.toBe('');
    });

    it('has no duplicate ids', () => {
      const ids = tags.flatMap((t) => attr(t.attrs, 'id') ?? []);
      const duplicates = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      expect(duplicates, `ids used more than once on ${path}`).toEqual([]);
    });

    it('has no broken internal links or fragments', () => {
      const broken: string[] = [];
      for (const tag of tags) {
        for (const name of ['href', 'src'] as const) {
          const value = attr(tag.attrs, name);
          if (value === undefined) continue;
          const url = value.trim();
          // Other sites, mail and phone links, protocol-relative and data: URLs are not the site's to check here.
          if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
          // Site paths as they are; "#x" is on this page; anything else is relative to this page.
          const relative = new URL(url, `http://site${path}`);
          const target = url.startsWith('/') ? url : url.startsWith('#') ? `${path}${url}` : relative.pathname + relative.hash;
          const problem = brokenTarget(target);
          if (problem) broken.push(`<${tag.name} ${name}="${value}">: ${problem}`);
        }
      }
      expect(broken, `broken links on ${path}`).toEqual([]);
    });
  });
}
