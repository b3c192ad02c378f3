/**
 * Adding a document is data alone, and the site holds together at a sub-path. One copy of the
 * project, one full build (each costs a busy machine the better part of a minute) for two properties
 * that hold for any content:
 *
 * - A sixth document from another year (tests/fixtures/sixth-document/, made up, never published),
 *   added exactly as the README's "Adding a document" says and with no code changed: its source
 *   text, its MDX entry, its "published" entry in the change log, a moment it dates in the timeline,
 *   then `npm run ids`, `npm run propose-readings` and the reviewed readings, and a full build. Every page, file and feed that lists the documents then
 *   includes it.
 * - Another council's record from content alone: the record is published as a made-up council's
 *   (tests/fixtures/second-authority/): its content/site.yaml, and its name wherever the content named
 *   the record's council. Its name, and never the record's council's, is then on every page, preview
 *   card, data file, the feed and the search index.
 * - Hosted at a sub-path (BASE_PATH), every link, stylesheet, form, feed and data URL on every page
 *   starts with the base path and leads to a real file or paragraph of that build. A build with the
 *   default base would pass the site tests even if a link ignored the base, so this one is built
 *   for another site and base, as Netlify builds it: the address from Netlify's own URL variable, no
 *   SITE_URL. No file then holds the local preview's address, and no page asks not to be indexed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, brokenTarget, elements, startTags, textOf } from '../support/html';
import { builtPages, filesUnder } from '../support/pages';
import { LOCAL_PREVIEW_URL } from '../../src/integrations/site-address';
import { blockFile, blockId, VALUES_FILE, type BlockFile, type BlockValues } from '../../src/model/search-groups';
import { copyProject, ROOT, type ProjectCopy } from '../support/project';
import { siteContent } from '../support/site-content';
import { ourSentences } from '../../src/model/our-words';
import type { Site } from '../../src/model/site';

const FIXTURE = join(ROOT, 'tests/fixtures/sixth-document');
const ID = '2022-test-fixture-report';
/** The address the host gives this build (not the checkout's, tests/support/site.ts SITE). */
const HOST_ADDRESS = 'https://records.example.gov.uk';
const BASE = '/records/';
const AUTHORITY = join(ROOT, 'tests/fixtures/second-authority');
/** The record's own council, and the made-up one it is published as. */
const RECORD = siteContent().council;
const OTHER = siteContent(AUTHORITY, 'site.yaml').council;
/** The document's page, as a path in the built site and as the URL the site links to. */
const PAGE = `/inspections/${ID}/`;
const PAGE_URL = `${BASE.slice(0, -1)}${PAGE}`;

let project: ProjectCopy;
let out: string;
let run: { status: number | null; output: string };
const built = (path: string) => readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The README's "Adding a document", step by step. */
function addDocument(dir: string) {
  cpSync(join(FIXTURE, `${ID}.txt`), join(dir, 'content/sources', `${ID}.txt`));
  cpSync(join(FIXTURE, `${ID}.mdx`), join(dir, 'content/inspections', `${ID}.mdx`));
  // The log only grows at the end: the fixture is published on the day of the log's latest entry.
  const latest = [...readFileSync(join(dir, 'content/changes.yaml'), 'utf8').matchAll(/^\s*date: "(\d{4}-\d{2}-\d{2})"/gm)].map((m) => m[1]!).sort().at(-1)!;
  appendFileSync(join(dir, 'content/changes.yaml'), readFileSync(join(FIXTURE, 'changes.yaml'), 'utf8').replace(/date: "[\d-]+"/, `date: "${latest}"`));
  appendFileSync(join(dir, 'content/timeline.yaml'), readFileSync(join(FIXTURE, 'timeline.yaml')));
  const ids = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/published-ids.ts')], { cwd: dir, encoding: 'utf8' });
  expect(ids.status, ids.stderr).toBe(0);
  // Proposals for its findings, which a person then reviews: here, the fixture's reviewed readings replace them.
  const readings = join(dir, 'content/readings', `${ID}.yaml`);
  const proposed = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/propose-readings.ts')], { cwd: dir, encoding: 'utf8' });
  expect(proposed.status, proposed.stderr).toBe(0);
  expect(readFileSync(readings, 'utf8').match(/proposed: true/g)).toHaveLength(2);
  cpSync(join(FIXTURE, 'readings.yaml'), readings);
}

/** The record's council's names, full then short, in every case the content writes them ("lancashire" in an address), and the other's. */
const cases = (name: string) => [name, name.toLowerCase(), name.toUpperCase()];
const RENAMES = [
  ...cases(RECORD.name).map((from, i) => [from, cases(OTHER.name)[i]!] as const),
  ...cases(RECORD.shortName).map((from, i) => [from, cases(OTHER.shortName)[i]!] as const),
];

/** The record as another council's: the fixture's content/site.yaml, and its names wherever the content names the record's council. */
function publishAsAnotherCouncil(dir: string) {
  for (const file of filesUnder(join(dir, 'content')).filter((f) => /\.(mdx|ya?ml|txt|json|md)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    const renamed = RENAMES.reduce((words, [from, to]) => words.replaceAll(from, to), text);
    if (renamed !== text) writeFileSync(file, renamed);
  }
  cpSync(join(AUTHORITY, 'site.yaml'), join(dir, 'content/site.yaml'));
}

beforeAll(() => {
  project = copyProject('add-document');
  addDocument(project.dir);
  publishAsAnotherCouncil(project.dir);
  // SITE_URL empty: the address must come from the host's variable, as on Netlify. Every card names the other
  // council, so none is among the checkout's cards the copy's cache starts with (tests/support/project.ts): the
  // copy renders them all, into its own cache.
  run = project.build({ SITE_URL: '', NETLIFY: 'true', CONTEXT: 'production', URL: HOST_ADDRESS, BASE_PATH: BASE });
  expect(run.status, run.output).toBe(0);
  out = join(project.dir, 'dist');
}, 15 * 60_000);

afterAll(() => project?.remove());

describe('a sixth document, added as data alone', () => {
  it('has its own page, and its id is recorded as published', () => {
    expect(textOf(elements(built(PAGE)).find((el) => el.name === 'h1')!)).toContain('Test fixture');
    expect(JSON.parse(readFileSync(join(project.dir, 'content/published-ids.json'), 'utf8'))[ID]).toEqual(['fixture-title', 'p1', 'p2']);
  });

  it('is listed on the home page', () => {
    expect(built('/')).toContain(`href="${PAGE_URL}"`);
  });

  it('is a column of the journey chart and of the judgement matrix, linked to the words that state its grade', () => {
    const journey = elements(built('/journey/'));
    const figures = journey.filter((el) => el.name === 'figure' && textOf(el).includes('2022'));
    const tables = journey.filter((el) => el.name === 'table' && textOf(el).includes('2022'));
    expect(figures.length, 'figures showing 2022').toBeGreaterThan(0);
    expect(tables.length, 'tables with a 2022 column').toBeGreaterThan(0);
    expect(built('/journey/')).toContain(`${PAGE_URL}#p2`);
  });

  it('is on the timeline', () => {
    expect(built('/journey/')).toContain('id="moment-2022-test-fixture"');
  });

  it('is a filter and a link on the search page, and in the search index', () => {
    const search = built('/search/');
    expect(search).toContain('2022 test fixture');
    expect(search).toContain(`href="${PAGE_URL}"`);
    const bundle = join(out, 'pagefind');
    const { groups } = JSON.parse(readFileSync(join(bundle, VALUES_FILE), 'utf8')) as BlockValues;
    const urls = groups.flatMap(([id, blocks]) => blocks.map((_, i) => (JSON.parse(readFileSync(join(bundle, blockFile(blockId(id, i))), 'utf8')) as BlockFile).url));
    // The index holds blocks, so the new document is there as its blocks' addresses (…/#p1).
    expect(urls.filter((url) => url.startsWith(`${PAGE_URL}#`))).not.toEqual([]);
  });

  it('is in the open data: judgements, findings, the data package', () => {
    expect(built('/data/judgements.csv')).toMatch(new RegExp(`^${ID},2022,single-inspection-framework,.*Good`, 'm'));
    expect(built('/data/findings.csv')).toContain(`${ID},p2,2022`);
    expect((JSON.parse(built('/data/journey.json')) as { document: string }[]).map((r) => r.document)).toContain(ID);
  });

  it('is counted, dated and named wherever the pages speak of the documents as a whole', () => {
    const text = (path: string) => textOf(elements(built(path)).find((el) => el.name === 'body')!).replace(/\s+/g, ' ');
    // The years the record spans: the journey's title, the home page, the themes, the data package.
    expect(text('/journey/')).toContain('The improvement journey, 2009 to 2022');
    // The journey's active title, on the journey chart and at the top of the home page, gains its grade.
    for (const path of ['/journey/', '/']) expect(text(path), path).toContain('Good in 2012, inadequate in 2015, requires improvement to be good in 2018, good in 2022');
    expect(text('/')).toContain('from 2009 to 2022');
    expect(text('/themes/')).toContain('from 2009 to 2022');
    expect((JSON.parse(built('/data/datapackage.json')) as { description: string }).description).toContain('2009 to 2022');
    // The charts' summaries: its grade on the journey, its figure beside the others', its findings on a theme.
    expect(text('/journey/')).toContain('to inadequate in 2015, requires improvement to be good in 2018 and good in 2022;');
    expect(text('/journey/')).toContain('the 2022 test fixture states 1 figure (inspectors)');
    expect(text('/themes/workforce-and-supervision/')).toContain('2022 test fixture: 0 positive, 0 mixed, 0 negative, 1 background');
    // Who published it, on the home, about and open data pages.
    for (const path of ['/', '/about/', '/data/']) expect(text(path), path).toContain(`and the 2022 test fixture come from ${OTHER.name}`);
  });

  it('is in the sitemap and in the feed of changes', () => {
    expect(built('/sitemap-0.xml')).toContain(`${HOST_ADDRESS}${PAGE_URL}`);
    expect(built('/changes.xml')).toContain('<title>First published: 2022 test fixture</title>');
    expect(built('/changes.xml')).toContain(`${HOST_ADDRESS}${BASE}changes/#2022-test-fixture-report-published</link>`);
    // A summary's own full stop is not doubled where no repair count follows it.
    expect(built('/changes.xml')).toContain('copy of the project only).</description>');
  });
});

describe(`the record published as ${OTHER.name}'s, from content alone`, () => {
  const says = (text: string) => ({ other: text.includes(OTHER.shortName), record: text.toLowerCase().includes(RECORD.shortName.toLowerCase()) });

  it(`names ${OTHER.shortName} on every page, in its title and its preview card's words, and never ${RECORD.shortName}`, () => {
    const problems = builtPages(out).flatMap(({ path, file }) => {
      const html = readFileSync(file, 'utf8');
      const head = elements(html);
      const meta = (property: string) => head.find((el) => el.name === 'meta' && el.attribs.property === property)?.attribs.content ?? '';
      return [
        ...(says(html).record ? [`${path}: names ${RECORD.shortName}`] : []),
        ...(says(textOf(head.find((el) => el.name === 'title')!)).other ? [] : [`${path}: its title does not name ${OTHER.shortName}`]),
        // The card's words: a PNG of glyph outlines, drawn from the same words as its alt text.
        ...(says(meta('og:image:alt')).other ? [] : [`${path}: its card does not name ${OTHER.shortName}`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it(`names ${OTHER.shortName} in the data package and the feed, and no data file, feed or other text file names ${RECORD.shortName}`, () => {
    const pkg = JSON.parse(built('/data/datapackage.json')) as { name: string; title: string; description: string };
    expect([pkg.title, pkg.description].every((text) => says(text).other), pkg.title).toBe(true);
    expect(pkg.name).toBe('northshire-childrens-services-inspections');
    expect(built('/changes.xml')).toContain(`<title>${siteContent(AUTHORITY, 'site.yaml').name.replaceAll("'", '&apos;')}: changes</title>`);
    // Every file but the images and Pagefind's own (gzip: the next test reads them).
    const texts = filesUnder(out).filter((file) => !/\.(png|ico|wasm|pagefind|pf_[a-z]+)$/.test(file));
    expect(texts.filter((file) => file.includes('/data/')).length).toBeGreaterThan(10);
    expect(texts.filter((file) => says(readFileSync(file, 'utf8')).record).map((file) => relative(out, file))).toEqual([]);
  });

  it(`shows its own words about its record (content/site.yaml words), and none of ${RECORD.shortName}'s`, () => {
    // As a reader sees them: the pages' text, decoded (an apostrophe may be written &#39;), whitespace as one space.
    const fragments = (site: Site) =>
      ourSentences(site.words).flatMap(({ text }) => text.split(/\{[a-z0-9-]+\}|\*\*|`/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 20));
    const html = builtPages(out).map(({ file }) => readFileSync(file, 'utf8'));
    // elements() keeps each page's parse (tests/support/html.ts), so the pages are parsed once for this file's tests.
    const text = html.map((page) => textOf(elements(page).find((el) => el.name === 'html')!)).join('\n');
    expect(fragments(siteContent(AUTHORITY, 'site.yaml'))).not.toEqual([]);
    expect(fragments(siteContent(AUTHORITY, 'site.yaml')).filter((words) => !text.includes(words))).toEqual([]);
    // Nor in the markup (an attribute's words are not text).
    expect(fragments(siteContent()).filter((words) => text.includes(words) || html.some((page) => page.includes(words)))).toEqual([]);
  });

  it(`indexes ${OTHER.shortName} for search, and not ${RECORD.shortName}`, () => {
    // Pagefind's files are gzip, and its words lower case and stemmed ("northshir"): the name's first seven letters find it.
    const stem = (name: string) => name.toLowerCase().slice(0, 7);
    const index = filesUnder(join(out, 'pagefind')).filter((file) => /\.pf_[a-z]+$/.test(file)).map((file) => gunzipSync(readFileSync(file)).toString('latin1').toLowerCase());
    expect(index.some((text) => text.includes(stem(OTHER.shortName)))).toBe(true);
    expect(index.filter((text) => text.includes(stem(RECORD.shortName)))).toHaveLength(0);
  });
});

// data-search-bundle: where the search page's script loads Pagefind from.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data', 'data-search-bundle'];

describe(`the site built for ${HOST_ADDRESS}${BASE}`, () => {
  it('links every page, stylesheet, form and download under the base path, each to something that exists', () => {
    const pages = builtPages(out);
    const problems: string[] = [];
    for (const page of pages) {
      for (const tag of startTags(readFileSync(page.file, 'utf8'))) {
        for (const name of URL_ATTRIBUTES) {
          const url = attr(tag.attrs, name);
          if (!url?.startsWith('/')) continue; // Fragments and other sites' addresses do not depend on the base.
          if (!url.startsWith(BASE)) problems.push(`${page.path}: <${tag.name} ${name}="${url}"> is outside ${BASE}`);
          else {
            const broken = brokenTarget(url.slice(BASE.length - 1), out);
            if (broken) problems.push(`${page.path}: ${url}: ${broken}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(300);
  });

  it('gives canonical URLs, the feed and the open data under the base path', () => {
    expect(built('/')).toContain(`<link rel="canonical" href="${HOST_ADDRESS}${BASE}">`);
    expect(built('/changes.xml')).toContain(`<link>${HOST_ADDRESS}${BASE}changes/#`);
    const findings = JSON.parse(built('/data/findings.json')) as { url: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => !f.url.startsWith(BASE) || brokenTarget(f.url.slice(BASE.length - 1), out))).toEqual([]);
    expect(built('/robots.txt')).toContain(`Sitemap: ${HOST_ADDRESS}${BASE}sitemap-index.xml`);
  });

  it("carries Netlify's address everywhere: no file holds the local preview's, no page is marked noindex", () => {
    expect(run.output).toContain(`Site address (URL (Netlify)): ${HOST_ADDRESS}${BASE}`);
    const preview = new URL(LOCAL_PREVIEW_URL).host;
    const files = filesUnder(out).filter((file) => !/\.(png|wasm|pf_[a-z]+)$/.test(file));
    const holding = files.filter((file) => readFileSync(file, 'utf8').includes(preview)).map((file) => relative(out, file));
    expect(files.length).toBeGreaterThan(500);
    expect(holding, `files holding ${preview}`).toEqual([]);
    expect(builtPages(out).filter((page) => readFileSync(page.file, 'utf8').includes('noindex')).map((page) => page.path)).toEqual([]);
    expect(built('/robots.txt')).toMatch(/^Allow: \/$/m);
    const finding = built(`/findings/${ID}/p2/`);
    expect(finding).toContain(`<meta property="og:image" content="${HOST_ADDRESS}${BASE}cards/`);
    expect(finding).toContain(`href="${HOST_ADDRESS}${BASE}findings/${ID}/p2/"`);
  });
});
