/**
 * Hosted at a sub-path (BASE_PATH), the site must still hold together: every link,
 * stylesheet, form, feed and data URL on every page starts with the base path and
 * leads to a real file or paragraph of that build. A build with the default base
 * would pass the site tests even if a link ignored the base, so this builds again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, brokenTarget, startTags } from '../support/html';
import { copyProject, type ProjectCopy } from '../support/project';

const SITE = 'https://records.example.gov.uk';
const BASE = '/lancashire/';
let project: ProjectCopy;
let out: string;
let pages: string[];

beforeAll(() => {
  project = copyProject('base-path');
  const run = project.build({ SITE_URL: SITE, BASE_PATH: BASE }, { search: true });
  expect(run.status, run.output).toBe(0);
  out = join(project.dir, 'dist');
  pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}, 300_000);

afterAll(() => project?.remove());

// data-search-bundle: where the search page's script loads Pagefind from.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data', 'data-search-bundle'];

describe(`the site built for ${SITE}${BASE}`, () => {
  it('links every page, stylesheet, form and download under the base path, each to something that exists', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const tag of startTags(readFileSync(join(out, page), 'utf8'))) {
        for (const name of URL_ATTRIBUTES) {
          const url = attr(tag.attrs, name);
          if (!url?.startsWith('/')) continue; // Fragments and other sites' addresses do not depend on the base.
          if (!url.startsWith(BASE)) problems.push(`${page}: <${tag.name} ${name}="${url}"> is outside ${BASE}`);
          else {
            const broken = brokenTarget(url.slice(BASE.length - 1), out);
            if (broken) problems.push(`${page}: ${url}: ${broken}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(300);
  });

  it('gives canonical URLs, the feed and the open data under the base path', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    const feed = readFileSync(join(out, 'changes.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE}${BASE}changes/#`);
    const findings = JSON.parse(readFileSync(join(out, 'data/findings.json'), 'utf8')) as { url: string }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => !f.url.startsWith(BASE) || brokenTarget(f.url.slice(BASE.length - 1), out))).toEqual([]);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  });
});
