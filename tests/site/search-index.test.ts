/**
 * The search index `npm run build` writes (Pagefind, in dist/pagefind/) and the
 * markup search depends on, read as files: what is indexed and what is kept out,
 * every block a sub-result with its title, the filters, the search box on every
 * page, and the search page's own script kept small and out of the HTML.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { identifiedBlocks, parseBody } from '../../src/model/body';
import { documentPath } from '../../src/model/paths';
import { searchBlocks } from '../../src/model/search';
import { blockWords } from '../../src/scripts/search-rank';
import { attr, markupOnly, startTags } from '../support/html';
import { builtPages, readPage, SEARCH_PATH } from '../support/pages';
import { DIST } from '../support/server';
import { ENTRY_IDS, readEntry } from '../support/entries';

const BUNDLE = join(DIST, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** A Pagefind file: gzip, then the signature "pagefind_dcd", then the data. */
function unpack(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  expect(data.subarray(0, 12).toString(), `${file} is not a Pagefind file`).toBe('pagefind_dcd');
  return data.subarray(12);
}

const fragments: Fragment[] = existsSync(join(BUNDLE, 'fragment'))
  ? readdirSync(join(BUNDLE, 'fragment')).map((f) => JSON.parse(unpack(join(BUNDLE, 'fragment', f)).toString()) as Fragment)
  : [];
const fragmentOf = (id: string) => fragments.find((f) => f.url === documentPath(id));

describe('the search index', () => {
  it('is built by `npm run build` into dist/pagefind/', () => {
    const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
      version: string;
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['en-gb']);
    expect(existsSync(join(BUNDLE, 'pagefind.js'))).toBe(true);
  });

  it('holds the five documents and no other page', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual(ENTRY_IDS.map(documentPath).sort());
  });

  it('keeps the page chrome out: navigation, summary, how to cite, notes, footer and the paragraph links', () => {
    const chrome = [
      'Skip to main content',
      'About this record',
      'This summary is ours',
      'How to cite',
      'Cite the document, or a single paragraph',
      'Notes on this text',
      'What the inspection looked at',
      'An independent public record',
      'Link to this paragraph',
      'Link to paragraph',
      'Link to this row',
      'Contents of the document',
      'Full text',
    ];
    for (const f of fragments) {
      for (const phrase of chrome) expect(f.content, `${f.url} indexes “${phrase}”`).not.toContain(phrase);
    }
  });

  for (const id of ENTRY_IDS) {
    describe(`document ${id}`, () => {
      const entry = readEntry(id);
      const fm = entry.frontmatter as {
        documentType: string;
        shortTitle: string;
        publisher: string;
        judgements: { area: string; source: string; alsoStatedIn?: string[] }[];
      };
      const blocks = parseBody(entry.body);
      const search = searchBlocks(blocks, fm.documentType === 'ofsted-report', fm.judgements);

      it('makes every paragraph, point, row, grade line, heading and framing text a sub-result with its title', () => {
        const fragment = fragmentOf(id)!;
        expect(fragment, `no index entry for ${id}`).toBeDefined();
        const titled = new Map(fragment.anchors.filter((a) => a.title).map((a) => [a.id, a.title]));
        const expected = identifiedBlocks(blocks)
          .filter(({ block }) => block.type !== 'contents')
          .map(({ id: blockId }) => [blockId, search.get(blockId)!.title]);
        expect(expected.length).toBeGreaterThan(10);
        expect([...titled].filter(([blockId]) => blockId !== undefined)).toEqual(expected);
      });

      it('records the words each paragraph, point and grade line shows, which results quote and link to', () => {
        const fragment = fragmentOf(id)!;
        const blocks = fragment.anchors.filter((a) => a.title && /^(p|li)$/.test(a.element) && !a.title.startsWith('Text “'));
        expect(blocks.length).toBeGreaterThan(5);
        for (const a of blocks) {
          const words = blockWords(a);
          expect(words, `${id}#${a.id}: no words of its own in ${JSON.stringify(a.text?.slice(0, 60))}`).toBeDefined();
          expect(words!.join(' '), `${id}#${a.id}`).not.toMatch(/Link to (this|paragraph)/);
        }
      });

      it('is filtered by year, publisher, document and the areas it judges', () => {
        const { filters } = fragmentOf(id)!;
        expect(filters.year).toEqual([id.slice(0, 4)]);
        expect(filters.publisher).toEqual([fm.publisher]);
        expect(filters.document).toEqual([fm.shortTitle]);
        expect(filters.area ?? []).toEqual([...new Set(fm.judgements.map((j) => j.area))]);
      });
    });
  }
});

describe('the search box on every page', () => {
  for (const page of builtPages()) {
    if (page.path === SEARCH_PATH) continue;
    it(`${page.path} has a labelled search box that goes to ${SEARCH_PATH} with GET, no script needed`, () => {
      const tags = startTags(readPage(page));
      const form = tags.find((t) => t.name === 'form' && attr(t.attrs, 'action') === SEARCH_PATH);
      expect(form, `no form to ${SEARCH_PATH}`).toBeDefined();
      expect(attr(form!.attrs, 'method')).toBe('get');
      expect(attr(form!.attrs, 'role')).toBe('search');
      const input = tags.find((t) => t.name === 'input' && attr(t.attrs, 'name') === 'q');
      expect(input).toBeDefined();
      const id = attr(input!.attrs, 'id')!;
      expect(tags.some((t) => t.name === 'label' && attr(t.attrs, 'for') === id)).toBe(true);
    });
  }
});

describe(`the search page ${SEARCH_PATH}`, () => {
  const searchPage = builtPages().find((p) => p.path === SEARCH_PATH)!;
  const html = searchPage ? readPage(searchPage) : '';
  const tags = startTags(html);

  it('is built', () => {
    expect(searchPage).toBeDefined();
  });

  it('is a plain GET form with a labelled input, which works as a link without a script', () => {
    const form = tags.find((t) => t.name === 'form' && attr(t.attrs, 'id') === 'search-form')!;
    expect(attr(form.attrs, 'action')).toBe(SEARCH_PATH);
    expect(attr(form.attrs, 'method')).toBe('get');
    expect(tags.some((t) => t.name === 'label' && attr(t.attrs, 'for') === 'search-q')).toBe(true);
    expect(tags.some((t) => t.name === 'input' && attr(t.attrs, 'id') === 'search-q' && attr(t.attrs, 'name') === 'q')).toBe(true);
  });

  it('says, without JavaScript, that search needs it, with a link to every document', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('Search needs JavaScript');
    for (const id of ENTRY_IDS) expect(noscript).toContain(`href="${documentPath(id)}"`);
  });

  it('has a filter for each year, document, publisher and judgement area', () => {
    const boxes = tags.filter((t) => t.name === 'input' && attr(t.attrs, 'type') === 'checkbox');
    const values = (name: string) => boxes.filter((b) => attr(b.attrs, 'name') === name).map((b) => attr(b.attrs, 'value'));
    expect(values('year')).toEqual(['2009', '2012', '2015', '2018']);
    expect(values('document')).toEqual([
      '2009-unannounced-inspection-contact-referral-assessment',
      '2012-safeguarding-and-looked-after-children',
      '2015-council-letter-to-stakeholders',
      '2018-scrutiny-committee-inspection-and-review',
      '2018-post-inspection-update',
    ]);
    expect(values('publisher')).toEqual(['ofsted', 'council']);
    expect(values('area')).toContain('being-healthy');
    expect(values('area')).toContain('experiences-and-progress-of-care-leavers');
  });

  it('names on each filter checkbox a value of the Pagefind filter of its name, which narrows a large search before loading pages', () => {
    const boxes = tags.filter((t) => t.name === 'input' && attr(t.attrs, 'type') === 'checkbox');
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      const indexed = new Set(fragments.flatMap((f) => f.filters[attr(box.attrs, 'name')!] ?? []));
      expect([...indexed], attr(box.attrs, 'id')).toContain(attr(box.attrs, 'data-filter'));
    }
  });

  it('loads its script from a file: no inline script or event handler (a Content-Security-Policy can forbid them)', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBe(1);
    expect(attr(scripts[0]![1]!, 'src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(scripts[0]![2]!.trim()).toBe('');
    expect(tags.filter((t) => Object.keys(t.attrs).some((name) => /^on/.test(name)))).toEqual([]);
    expect(markupOnly(html)).not.toMatch(/javascript:/i);
  });

  it('keeps its own script small (under 16 kB, 7 kB gzipped)', () => {
    const src = /<script\b[^>]*src="([^"]+)"/.exec(html)![1]!;
    const file = join(DIST, src);
    const raw = statSync(file).size;
    const gzip = gzipSync(readFileSync(file)).length;
    expect(raw, `${src}: ${raw} bytes`).toBeLessThan(16_000);
    expect(gzip, `${src}: ${gzip} bytes gzipped`).toBeLessThan(7_000);
  });
});

describe('pages other than the search page', () => {
  it('do not reference the search script or the index', () => {
    for (const page of builtPages()) {
      if (page.path === SEARCH_PATH) continue;
      const html = readPage(page);
      expect(html, page.path).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/i);
      expect(html, page.path).not.toContain('/pagefind/');
    }
  });
});
