/**
 * Every built page, read as HTML (no browser): the structure every page must
 * have, and no broken link or fragment within the site. Each property is one
 * test that lists every page breaking it.
 */
import { describe, expect, it } from 'vitest';
import { brokenTarget, elements, textOf } from '../support/html';
import { builtPages, readPage } from '../support/pages';

const pages = builtPages().map((page) => ({ path: page.path, elements: elements(readPage(page)) }));
type Page = (typeof pages)[number];

/** "path: problem" for every page and every problem `check` finds on it. */
const offences = (check: (page: Page) => string[]) => pages.flatMap((page) => check(page).map((problem) => `${page.path}: ${problem}`));
const named = (page: Page, name: string) => page.elements.filter((el) => el.name === name);
const count = (page: Page, name: string, expected = 1) => {
  const n = named(page, name).length;
  return n === expected ? [] : [`${n} <${name}> elements`];
};

describe('every built page', () => {
  it('the site has a home page', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it('has <html lang="en-GB">', () => {
    expect(offences((page) => [...count(page, 'html'), ...named(page, 'html').filter((el) => el.attribs.lang !== 'en-GB').map((el) => `lang="${el.attribs.lang}"`)])).toEqual([]);
  });

  it('has one non-empty <title> in its <head> (a chart has <title>s of its own in <body>)', () => {
    expect(
      offences((page) => {
        const titles = named(page, 'title').filter((el) => el.parent && 'name' in el.parent && el.parent.name === 'head');
        return titles.length !== 1 ? [`${titles.length} <title> elements in <head>`] : textOf(titles[0]!) ? [] : ['empty <title>'];
      }),
    ).toEqual([]);
  });

  it('has exactly one <h1>', () => {
    expect(offences((page) => count(page, 'h1'))).toEqual([]);
  });

  it('has one <main> with an id', () => {
    expect(offences((page) => [...count(page, 'main'), ...named(page, 'main').filter((el) => !el.attribs.id).map(() => '<main> without an id')])).toEqual([]);
  });

  it('has no duplicate ids', () => {
    expect(
      offences((page) => {
        const ids = page.elements.flatMap((el) => el.attribs.id ?? []);
        return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `id "${id}" used more than once`);
      }),
    ).toEqual([]);
  });

  it('has no broken internal links or fragments', () => {
    expect(
      offences(({ path, elements }) =>
        elements.flatMap((el) =>
          (['href', 'src'] as const).flatMap((name) => {
            const value = el.attribs[name];
            if (value === undefined) return [];
            const url = value.trim();
            // Other sites, mail and phone links, protocol-relative and data: URLs are not the site's to check here.
            if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return [];
            // Site paths as they are; "#x" is on this page; anything else is relative to this page.
            const relative = new URL(url, `http://site${path}`);
            const target = url.startsWith('/') ? url : url.startsWith('#') ? `${path}${url}` : relative.pathname + relative.hash;
            const problem = brokenTarget(target);
            return problem ? [`<${el.name} ${name}="${value}">: ${problem}`] : [];
          }),
        ),
      ),
    ).toEqual([]);
  });
});
