/**
 * A page keyed for the incremental build (src/data/page-keys.ts) is copied from the last build while its key
 * is unchanged, and its key is the digest of what getStaticPaths hands it. So a keyed page, and every component
 * it uses, must load nothing itself beside what every page's key covers (loadSite, loadSiteCard): data it loaded
 * on its own could change while its key did not, and the copied page would show the old data. This reads the
 * sources of the keyed pages and of the components they use, after their getStaticPaths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/pages';
import { ROOT } from '../support/project';

/** What every page's key covers (src/data/page-keys.ts, shown). */
const COVERED = new Set(['loadSite', 'loadSiteCard']);
/** Reading data: a loader of src/data, the collection, a file. */
const LOADS = /\b(load[A-Z]\w*|getCollection|getEntry|readFile\w*)\s*\(/g;

const PAGES = join(ROOT, 'src/pages');
const source = (file: string) => readFileSync(file, 'utf8');
const keyedPages = filesUnder(PAGES).filter((file) => /\bkeyed\(/.test(source(file)));

/** A page's code that runs when it is rendered: all but its getStaticPaths. */
const renderedPart = (text: string) => text.slice(text.indexOf('satisfies GetStaticPaths;') + 1);

/** The .astro components a file imports, and theirs. */
function componentsOf(file: string, seen = new Set<string>()): Set<string> {
  for (const [, path] of source(file).matchAll(/from '(\.{1,2}\/[^']+\.astro)'/g)) {
    const component = resolve(dirname(file), path!);
    if (!seen.has(component) && existsSync(component)) {
      seen.add(component);
      componentsOf(component, seen);
    }
  }
  return seen;
}

const uncovered = (text: string) => [...text.matchAll(LOADS)].map((m) => m[1]!).filter((name) => !COVERED.has(name));

describe('pages keyed for the incremental build', () => {
  it('are the pages of findings, documents, citations, themes, spelling words and search meanings', () => {
    expect(keyedPages.map((file) => relative(PAGES, file)).sort()).toEqual([
      'cite/[...file].ts',
      'findings/[document]/[id].astro',
      'inspections/[id].astro',
      'search/meanings/[file].json.ts',
      'search/words/[letter].json.ts',
      'themes/[theme].astro',
    ]);
  });

  it('load nothing when rendered beyond what every key covers, nor do the components they use', () => {
    const offenders = keyedPages.flatMap((page) => {
      const text = source(page);
      expect(text, `${relative(ROOT, page)} declares its getStaticPaths as the others do`).toContain('satisfies GetStaticPaths;');
      return [
        ...uncovered(renderedPart(text)).map((name) => `${relative(ROOT, page)}: ${name}()`),
        ...[...componentsOf(page)].flatMap((component) => uncovered(source(component)).map((name) => `${relative(ROOT, component)} (used by ${relative(PAGES, page)}): ${name}()`)),
      ];
    });
    expect(offenders, 'data loaded outside getStaticPaths, which the page key does not cover').toEqual([]);
  });
});
