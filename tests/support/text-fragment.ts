/**
 * Whether a result link lands on its block in the built site: its directives read
 * and found on the page by src/model/text-directive.ts and src/model/text-fragment.ts
 * (the code the build gives each block's links their context with), the page read
 * from dist/. tests/browser/search.test.ts proves on a sample that Chromium then
 * highlights the words and scrolls there.
 */
import { readFileSync } from 'node:fs';
import type { BlockFile } from '../../src/model/search-groups';
import { plainWords } from '../../src/model/search-words';
import { textDirectives } from '../../src/model/text-directive';
import { firstOccurrence, idAt, landingOf, NOWHERE, pageText, type PageText } from '../../src/model/text-fragment';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { parseQuery } from '../../src/scripts/search-query';
import { brokenTarget, distFile } from './html';
import { builtBlockFiles } from './site';

const texts = new Map<string, PageText>();
/** The text of the built page at a site path ("/inspections/x/"), read once. */
function builtPageText(path: string): PageText {
  let text = texts.get(path);
  if (!text) texts.set(path, (text = pageText(readFileSync(distFile(path)!, 'utf8'))));
  return text;
}

/**
 * Why a result link does not land on its block, or undefined when it does: its #id is on its page and, when
 * it has text fragments, the first that matches (where the browser scrolls, and the element it makes the
 * :target) matches inside the block. With `every`, each of its text fragments must match there, so that no
 * word is highlighted anywhere else.
 */
export function missedLanding(href: string, { every = false } = {}): string | undefined {
  const [address = ''] = href.split(':~:');
  const broken = brokenTarget(address);
  if (broken) return broken;
  const [path = '', fragment = ''] = address.split('#');
  const id = decodeURIComponent(fragment);
  const page = builtPageText(path);
  const [from, to] = page.ids.get(id)!;
  const misses: string[] = [];
  for (const [i, d] of textDirectives(href).entries()) {
    const landing = 'error' in d ? d : landingOf(page, d);
    if ('error' in landing) {
      // The browser skips a directive whose words are not on the page, and goes on to the next.
      if (landing.error !== NOWHERE || every) misses.push(`text fragment ${i + 1}: ${landing.error}`);
      if (landing.error !== NOWHERE && !every) return misses[0];
    } else if (landing.from < from || landing.to > to) {
      misses.push(`text fragment ${i + 1} lands first on “${page.text.slice(landing.from, landing.to)}” in #${idAt(page, landing.from) ?? '(no id)'}`);
      if (!every) return misses[0];
    } else if (!every) return undefined;
  }
  if (!every && href.includes(':~:')) return 'no text fragment matches: no word is highlighted';
  return misses.length ? misses.join('; ') : undefined;
}

/** A result link to follow in the browser, and what it stands for in the sample. */
interface SampleLanding {
  href: string;
  /** The block's form, and "repeated" when its words occur elsewhere on its page: "paragraph", "heading repeated"; or MORE_CONTEXT. */
  kind: string;
  why: string;
}

/** A block's form, and "repeated" when its words occur elsewhere on its page (its link is then the plain #id). */
export const landingKind = (block: BlockFile) => `${block.filters.form?.[0]}${block.filters.repeated?.length ? ' repeated' : ''}`;

/** The sample's link whose text fragment needs the context the build gave its block (src/model/search-landing.ts). */
export const MORE_CONTEXT = 'more context';

/**
 * The links the site's own code (src/scripts/search-link.ts) makes to one block of each form the index holds,
 * with words of its own and with words that occur elsewhere on its page (which get the plain #id). Where the
 * link has text fragments, the search is for a word the page uses before the block too, so that only the
 * fragment's context makes it land there, and `missedLanding` finds that it does: the browser is what the sample tests.
 * And one link whose fragment lands on its block only with the context the build gave it (MORE_CONTEXT).
 */
export function landingSample(blocks: BlockFile[] = builtBlockFiles()): SampleLanding[] {
  const sample = new Map<string, SampleLanding>();
  // A plain #id stands for a kind only where no block of the kind has a link with a fragment (a row, repeated words).
  const plain = new Map<string, SampleLanding>();
  for (const block of blocks) {
    const kind = landingKind(block);
    const wanted = (k: string) => !sample.has(k) && (k !== MORE_CONTEXT || !!block.context?.length);
    if (!wanted(kind) && !wanted(MORE_CONTEXT)) continue;
    const [path = '', id = ''] = block.url.split('#');
    const page = builtPageText(path);
    const [blockStart = 0] = page.ids.get(decodeURIComponent(id)) ?? [];
    for (const word of new Set(plainWords(block.filters.text?.[0] ?? ''))) {
      const query = parseQuery(word);
      if (!query.terms.length) continue;
      const href = hitUrl(shownOf(block), query);
      const [first] = textDirectives(href);
      if (wanted(MORE_CONTEXT) && first && !missedLanding(href, { every: true }) && missedLanding(hitUrl(shownOf({ ...block, context: [] }), query))) {
        sample.set(MORE_CONTEXT, { href, kind: MORE_CONTEXT, why: `searched for “${word}”, whose fragment with four words of context lands elsewhere` });
      }
      if (!wanted(kind)) continue;
      if (!first) {
        if (!plain.has(kind)) plain.set(kind, { href, kind, why: 'the plain #id' });
        continue;
      }
      const before = 'start' in first ? firstOccurrence(page, first.start) : undefined;
      if (before !== undefined && before < blockStart && !missedLanding(href)) {
        sample.set(kind, { href, kind, why: `searched for “${word}”, which the page has before the block` });
      }
    }
  }
  return [...sample.values(), ...[...plain].filter(([kind]) => !sample.has(kind)).map(([, landing]) => landing)];
}
