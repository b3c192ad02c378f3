/**
 * What every built page says about itself: a unique title and description, a
 * canonical URL that is the page's own, Open Graph and Twitter card tags, the
 * Content-Security-Policy, and JSON-LD that parses; and the citation files for
 * every document and finding, parsed back and checked against the frontmatter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalPreview } from '../../src/integrations/site-address';
import { siteContent } from '../support/site-content';
import { contentSecurityPolicy } from '../../src/model/security-headers';
import { attr, startTags, textOf } from '../support/html';
import { entries } from '../support/entries';
import { builtPages, DIST, offenders, readPage, SITE } from '../support/site';

const SITE_NAME = siteContent().name;
const pages = builtPages();
const NOT_FOUND = '/404.html';

interface Head {
  title: string;
  metas: Map<string, string>;
  canonical: string[];
  jsonLd: string[];
}

function headOf(html: string): Head {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const tags = startTags(head);
  const metas = new Map<string, string>();
  for (const tag of tags.filter((t) => t.name === 'meta')) {
    const key = attr(tag.attrs, 'name') ?? attr(tag.attrs, 'property') ?? attr(tag.attrs, 'http-equiv');
    if (key) metas.set(key.toLowerCase(), attr(tag.attrs, 'content') ?? '');
  }
  return {
    title: textOf(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? ''),
    metas,
    canonical: tags.filter((t) => t.name === 'link' && attr(t.attrs, 'rel') === 'canonical').map((t) => attr(t.attrs, 'href') ?? ''),
    jsonLd: [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
  };
}

const heads = new Map(pages.map((page) => [page.path, headOf(readPage(page))]));

describe('page metadata', () => {
  it('gives every page its own title and description', () => {
    const titles = new Map<string, string[]>();
    const descriptions = new Map<string, string[]>();
    for (const [path, head] of heads) {
      titles.set(head.title, [...(titles.get(head.title) ?? []), path]);
      const d = head.metas.get('description') ?? '';
      descriptions.set(d, [...(descriptions.get(d) ?? []), path]);
    }
    expect([...titles].filter(([, paths]) => paths.length > 1), 'titles shared by several pages').toEqual([]);
    expect([...descriptions].filter(([, paths]) => paths.length > 1), 'descriptions shared by several pages').toEqual([]);
  });

  /** One test per property of a page's head, each listing every page that lacks it. */
  const eachHead = (check: (path: string, head: Head) => void) => offenders(heads, ([path]) => path, ([path, head]) => check(path, head));

  it('gives every page a title ending with the site name, and a description', () => {
    expect(
      eachHead((_, head) => {
        expect(head.title.endsWith(SITE_NAME), `title "${head.title}"`).toBe(true);
        expect((head.metas.get('description') ?? '').length, 'description').toBeGreaterThan(10);
      }),
    ).toEqual([]);
  });

  it('gives every page a canonical URL that is its own address (none on the 404 page)', () => {
    expect(
      eachHead((path, head) => {
        if (path === NOT_FOUND) {
          expect(head.canonical).toEqual([]);
          return;
        }
        const own = new URL(path, SITE).href;
        expect(head.canonical, 'canonical').toEqual([own]);
        expect(head.metas.get('og:url'), 'og:url').toBe(own);
      }),
    ).toEqual([]);
  });

  it('gives every page Open Graph and Twitter card tags', () => {
    expect(
      eachHead((_, head) => {
        expect(head.metas.get('og:title'), 'og:title').toBeTruthy();
        expect(head.metas.get('og:description'), 'og:description').toBe(head.metas.get('description'));
        expect(head.metas.get('og:type'), 'og:type').toMatch(/^(website|article)$/);
        expect(head.metas.get('og:site_name'), 'og:site_name').toBe(SITE_NAME);
        expect(head.metas.get('og:locale'), 'og:locale').toBe('en_GB');
        expect(head.metas.get('twitter:card'), 'twitter:card').toBe('summary_large_image');
      }),
    ).toEqual([]);
  });

  it('gives every page the Content-Security-Policy', () => {
    expect(eachHead((_, head) => expect(head.metas.get('content-security-policy')).toBe(contentSecurityPolicy('meta')))).toEqual([]);
  });

  it('gives every page JSON-LD that parses, each with @context and @type', () => {
    expect(
      eachHead((_, head) => {
        for (const text of head.jsonLd) {
          const value = JSON.parse(text);
          expect(value['@context'], '@context').toBe('https://schema.org');
          expect(typeof value['@type'], '@type').toBe('string');
        }
      }),
    ).toEqual([]);
  });

  const types = (path: string) => heads.get(path)!.jsonLd.map((text) => JSON.parse(text)['@type']);

  it('describes the home page as the WebSite', () => {
    expect(types('/')).toContain('WebSite');
  });

  it('describes each document as a Report (Ofsted) or CreativeWork, by its title, publisher and date, with breadcrumbs', () => {
    const documents = entries();
    expect(documents.length).toBeGreaterThan(0);
    expect(
      offenders(documents, (entry) => entry.id, (entry) => {
        const fm = entry.frontmatter as { title: string; publisher: string; documentType: string; issued: { date: string; as: string } };
        const path = `/inspections/${entry.id}/`;
        const items = heads.get(path)!.jsonLd.map((text) => JSON.parse(text));
        const doc = items.find((i) => i['@type'] === 'Report' || i['@type'] === 'CreativeWork');
        expect(doc['@type']).toBe(fm.documentType.startsWith('ofsted') ? 'Report' : 'CreativeWork');
        expect(doc.name).toBe(fm.title);
        expect(doc.author).toEqual({ '@type': 'Organization', name: fm.publisher });
        expect(doc.isPartOf['@type']).toBe('WebSite');
        const full = /^\d{4}-\d{2}-\d{2}$/.test(fm.issued.date) && ['published', 'letter'].includes(fm.issued.as);
        expect(doc.datePublished).toBe(full ? fm.issued.date : undefined);
        expect(types(path)).toContain('BreadcrumbList');
      }),
    ).toEqual([]);
  });

  it('describes every page with an address of its own with a schema.org type that fits it', () => {
    const expected: Record<string, string> = {
      '/changes/': 'CollectionPage',
      '/search/': 'SearchResultsPage',
      '/themes/': 'CollectionPage',
      '/glossary/': 'WebPage',
      '/journey/': 'WebPage',
      '/data/': 'Dataset',
      '/what-happened-next/': 'WebPage',
      '/about/': 'AboutPage',
      '/grades/': 'WebPage',
    };
    const KINDS = new Set(['WebSite', 'WebPage', 'CollectionPage', 'AboutPage', 'SearchResultsPage', 'Dataset', 'Report', 'CreativeWork']);
    const problems = pages
      .filter((page) => page.path !== NOT_FOUND)
      .flatMap((page) => {
        const own = types(page.path).filter((type) => type !== 'BreadcrumbList');
        if (own.length !== 1 || !KINDS.has(own[0]!)) return [`${page.path}: ${own.join(', ') || 'none'}`];
        const want = expected[page.path] ?? (page.path.startsWith('/themes/') ? 'CollectionPage' : undefined);
        return want && own[0] !== want ? [`${page.path}: ${own[0]}, not ${want}`] : [];
      });
    expect(Object.keys(expected).every((path) => heads.has(path))).toBe(true);
    expect(problems, 'pages without a fitting JSON-LD type').toEqual([]);
  });

  it('describes the open data as a Dataset with every file of the Data Package, each at an address that exists', () => {
    const dataset = heads.get('/data/')!.jsonLd.map((text) => JSON.parse(text)).find((item) => item['@type'] === 'Dataset');
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    const urls = (dataset.distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
    expect(urls).toEqual(pkg.resources.map((r) => new URL(`data/${r.path}`, SITE).href));
    expect(urls.filter((url) => !existsSync(join(DIST, new URL(url).pathname))), 'files the Dataset names that are not built').toEqual([]);
  });

  it('gives every page that shows breadcrumbs a BreadcrumbList', () => {
    const withCrumbs = pages.filter((page) => readPage(page).includes('class="breadcrumbs"'));
    expect(withCrumbs.length).toBeGreaterThan(0);
    expect(withCrumbs.filter((page) => !types(page.path).includes('BreadcrumbList')).map((page) => page.path)).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

  it('robots.txt points to the sitemap index, and allows crawling unless the build is the local preview', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(isLocalPreview(SITE) ? /^Disallow: \/$/m : /^Allow: \/$/m);
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });

  it('the sitemap lists every page but the 404 page, each once, at its canonical URL', () => {
    const index = read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((p) => [...read(p.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const expected = pages.filter((p) => p.path !== NOT_FOUND).map((p) => heads.get(p.path)!.canonical[0]!);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});
