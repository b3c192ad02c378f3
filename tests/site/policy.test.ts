/**
 * What the Content-Security-Policy and "reading needs no JavaScript" require of
 * every built page, checked statically over all of them (tests/browser/csp.test.ts
 * and tests/browser/pages.test.ts confirm on a sample, in a real browser, that
 * nothing is blocked and nothing else runs). Each property is one test that lists
 * every offending page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/model/security-headers';
import { brokenTarget, elements } from '../support/html';
import { builtPages, filesUnder, isShareScript, readPage, SEARCH_PATH, SHARE_PAGE } from '../support/pages';
import { DIST } from '../support/server';

const pages = builtPages().map((page) => ({ path: page.path, elements: elements(readPage(page)) }));

/** Each offence as "path: what", for every page. */
const offences = (find: (page: (typeof pages)[number]) => string[]) => pages.flatMap((page) => find(page).map((what) => `${page.path}: ${what}`));
const tag = (el: (typeof pages)[number]['elements'][number]) =>
  `<${el.name}${Object.entries(el.attribs).map(([n, v]) => ` ${n}="${v.slice(0, 60)}"`).join('')}>`;
const isJsonLd = (el: (typeof pages)[number]['elements'][number]) => el.name === 'script' && el.attribs.type?.trim().toLowerCase() === 'application/ld+json';
/** An address on this site: a path, or relative (not another scheme or host). */
const onSite = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.trim().startsWith('//');
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href'];

describe('the Content-Security-Policy of every page', () => {
  it('every page is checked', () => {
    expect(pages.length).toBeGreaterThan(370);
  });

  it('is one <meta http-equiv> holding the site policy, before anything it governs', () => {
    expect(
      offences(({ elements }) => {
        const metas = elements.filter((el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
        if (metas.length !== 1) return [`${metas.length} policy <meta> elements`];
        if (metas[0]!.attribs.content !== contentSecurityPolicy('meta')) return [`policy is "${metas[0]!.attribs.content}"`];
        const first = elements.findIndex((el) => ['link', 'style', 'script', 'img', 'svg', 'base'].includes(el.name));
        return first >= 0 && first < elements.indexOf(metas[0]!) ? [`${tag(elements[first]!)} comes before the policy`] : [];
      }),
    ).toEqual([]);
  });

  it('no inline style (style-src is self: no <style> element, no style attribute)', () => {
    expect(offences(({ elements }) => elements.filter((el) => el.name === 'style' || 'style' in el.attribs).map(tag))).toEqual([]);
  });

  it('no inline script: no script element without src (JSON-LD data aside), no event handler attribute, no javascript: URL', () => {
    expect(
      offences(({ elements }) =>
        elements.flatMap((el) => [
          ...(el.name === 'script' && !isJsonLd(el) && !el.attribs.src ? [`inline ${tag(el)}`] : []),
          ...Object.keys(el.attribs).filter((n) => /^on/i.test(n)).map((n) => `${n} on ${tag(el)}`),
          ...URL_ATTRIBUTES.filter((n) => /^\s*javascript:/i.test(el.attribs[n] ?? '')).map((n) => `${n} on ${tag(el)}`),
        ]),
      ),
    ).toEqual([]);
  });

  it('nothing loads from another origin, and everything it loads is built (data: for images only)', () => {
    const loads = (el: (typeof pages)[number]['elements'][number]): string[] => {
      if (el.name === 'a' || el.name === 'area') return [];
      if (el.name === 'link' && !/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/i.test(el.attribs.rel ?? '')) return [];
      if (el.name === 'form') return el.attribs.action ? [el.attribs.action] : [];
      return ['src', 'href', 'srcset', 'poster', 'data', 'xlink:href'].flatMap((n) => (el.attribs[n] ? [el.attribs[n]!] : []));
    };
    expect(
      offences(({ path, elements }) =>
        elements.flatMap((el) =>
          loads(el).flatMap((url) => {
            if (/^data:/i.test(url)) return el.name === 'img' ? [] : [`data: URL on ${tag(el)}`];
            if (!onSite(url)) return [`${tag(el)} loads from another origin`];
            const target = new URL(url, `http://site${path}`);
            const problem = brokenTarget(target.pathname);
            return problem ? [`${tag(el)}: ${problem}`] : [];
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('no <object>, <embed>, <iframe> or <base> pointing elsewhere', () => {
    expect(offences(({ elements }) => elements.filter((el) => ['object', 'embed', 'iframe'].includes(el.name) || (el.name === 'base' && !onSite(el.attribs.href ?? ''))).map(tag))).toEqual([]);
  });

  it('the stylesheets load nothing from elsewhere (no @import or url() off the site, no data: fonts)', () => {
    const css = filesUnder(DIST).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const problems = css.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const urls = [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]!);
      return urls.filter((url) => !onSite(url) && !/^data:image\//i.test(url)).map((url) => `${file.slice(DIST.length)}: ${url}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('reading needs no JavaScript', () => {
  const scripts = (elements: (typeof pages)[number]['elements']) =>
    elements.filter((el) => (el.name === 'script' && !isJsonLd(el)) || (el.name === 'link' && /modulepreload/i.test(el.attribs.rel ?? '')));
  const shares = (path: string) => SHARE_PAGE.test(path);
  const shareScripts = new Set(pages.filter((p) => shares(p.path)).flatMap((p) => scripts(p.elements).map((el) => el.attribs.src ?? tag(el))));

  it(`no page but ${SEARCH_PATH} has a script (JSON-LD data aside) or preloads one, but finding and document pages their share script`, () => {
    expect(offences(({ path, elements }) => (path === SEARCH_PATH || shares(path) ? [] : scripts(elements).map(tag)))).toEqual([]);
    expect(offences(({ path, elements }) => (shares(path) && scripts(elements).length !== 1 ? [`${scripts(elements).length} scripts`] : []))).toEqual([]);
    expect([...shareScripts].filter((src) => !isShareScript(src))).toEqual([]);
    expect(shareScripts.size).toBe(1);
  });

  it('the share script is one file of at most 1 kB gzipped', () => {
    const [src] = [...shareScripts];
    expect(src).toMatch(/^\/_astro\/.*\.js$/);
    const bytes = gzipSync(readFileSync(join(DIST, src!)), { level: 9 }).length;
    expect(bytes, `${src}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(1024);
  });

  it(`no page but ${SEARCH_PATH} has a <noscript>: with no script and nothing shown only without one, a reading page reads the same with JavaScript on or off`, () => {
    expect(offences(({ path, elements }) => (path === SEARCH_PATH ? [] : elements.filter((el) => el.name === 'noscript').map(tag)))).toEqual([]);
  });

  it(`${SEARCH_PATH} loads its script from a file`, () => {
    const search = pages.find((p) => p.path === SEARCH_PATH)!;
    expect(search.elements.filter((el) => el.name === 'script' && !isJsonLd(el)).map((el) => el.attribs.src)).toEqual([expect.stringMatching(/\.js$/)]);
  });
});
