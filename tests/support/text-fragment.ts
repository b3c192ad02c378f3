/**
 * Where a link's text fragment (`#p23:~:text=prefix-,match,-suffix`) lands on a built
 * page, worked out without a browser: the directives read as the browser reads them
 * (URL Fragment Text Directives: split at `&` and `,`, a `-` marking the context,
 * percent-decoded), then found in the page's text as rendered (white space collapsed,
 * no text from script, style or template, block elements apart).
 *
 * A browser's own matching is looser than exact text in ways that depend on the
 * browser (case, accents, curly quotes, words split by elements), so the first match
 * is found loosely (which can only find it earlier than the browser would) and must
 * then hold exactly, whole words and all, inside the block. When it does, the first
 * match the browser can make is that one. tests/browser/search.test.ts proves on a
 * sample that Chromium then highlights it and scrolls there.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../src/model/search-records';
import { plainWords } from '../../src/model/search-words';
import { hitUrl, shownOf } from '../../src/scripts/search-link';
import { parseQuery } from '../../src/scripts/search-query';
import { brokenTarget, distFile } from './html';
import { DIST } from './server';

type Node = ReturnType<typeof parseDocument>['children'][number];

/** One text directive: the words to highlight (`start`, or `start` to `end`), and the words that must stand either side. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** A parameter's text, percent-decoded as UTF-8; undefined where the browser would drop the directive (a bare `-`, bad encoding). */
function decoded(token: string): string | undefined {
  if (!token || token.includes('-')) return undefined;
  try {
    return decodeURIComponent(token);
  } catch {
    return undefined;
  }
}

/** The text directives of a URL's fragment, or an error saying why one is malformed (the browser would ignore it). */
export function textDirectives(url: string): (TextDirective | { error: string })[] {
  const hash = url.indexOf('#');
  const at = hash < 0 ? -1 : url.indexOf(':~:', hash);
  if (at < 0) return [];
  return url
    .slice(at + 3)
    .split('&')
    .filter((d) => d.startsWith('text='))
    .map((d) => {
      const tokens = d.slice('text='.length).split(',');
      const prefix = tokens[0]?.endsWith('-') ? decoded(tokens.shift()!.slice(0, -1)) : '';
      const suffix = tokens.length > 1 && tokens[tokens.length - 1]!.startsWith('-') ? decoded(tokens.pop()!.slice(1)) : '';
      const [start, end, ...rest] = tokens.map(decoded);
      if (prefix === undefined || suffix === undefined || !start || (tokens.length > 1 && !end) || rest.length) return { error: `malformed directive ${d}` };
      return { ...(prefix && { prefix }), start, ...(end && { end }), ...(suffix && { suffix }) };
    });
}

/** Elements that break the text into blocks: a directive's parts cannot run across them. */
const BLOCKS = new Set(
  'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const UNRENDERED = new Set(['head', 'script', 'style', 'template']);

/** A page's text as rendered: blocks apart by "\n", other white space collapsed to one space; where each id's element starts and ends in it. */
export interface PageText {
  text: string;
  ids: Map<string, [number, number]>;
}

export function pageText(html: string): PageText {
  let text = '';
  const ids = new Map<string, [number, number]>();
  const separate = (gap: ' ' | '\n') => {
    if (!text || text.endsWith('\n')) return;
    if (text.endsWith(' ')) text = text.slice(0, -1);
    text += gap;
  };
  const walk = (node: Node) => {
    if (DomUtils.isText(node)) {
      const words = node.data.replace(/\s+/g, ' ');
      text += /[ \n]$/.test(text) || !text ? words.replace(/^ /, '') : words;
      return;
    }
    if (!DomUtils.isTag(node) || UNRENDERED.has(node.name) || 'hidden' in node.attribs) return;
    const block = BLOCKS.has(node.name);
    if (block) separate('\n');
    const start = text.length;
    for (const child of node.children) walk(child);
    if (block) separate('\n');
    if (node.attribs.id !== undefined && !ids.has(node.attribs.id)) ids.set(node.attribs.id, [start, text.length]);
  };
  for (const node of parseDocument(html).children) walk(node);
  return { text, ids };
}

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Text folded as loosely as any browser compares it: case, accents and curly quotes gone, every break a space. */
function folded(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  [...text].forEach((c, i) => {
    const f = c === '\u00ad' ? '' : /\s/.test(c) ? ' ' : (QUOTES[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    for (const char of f) {
      out += char;
      at.push(i);
    }
  });
  return { text: out, at };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const loose = (part: string) => escape(folded(part.trim()).text).replace(/ +/g, ' ');
/** Exactly the part's characters; a space only within a block, and whole words at the ends the directive bounds. */
const exact = (part: string) => escape(part.trim()).replace(/\s+/g, ' ');

const NOWHERE = 'its words are nowhere on the page';

const folds = new WeakMap<PageText, ReturnType<typeof folded>>();
const foldedText = (page: PageText) => {
  let fold = folds.get(page);
  if (!fold) folds.set(page, (fold = folded(page.text)));
  return fold;
};

/** Where (in the page's own text) a pattern over the folded text first matches. */
function firstLoose(fold: ReturnType<typeof folded>, pattern: string): number | undefined {
  const first = new RegExp(pattern, 's').exec(fold.text);
  return first ? fold.at[first.index] : undefined;
}

/** Where some words first occur on the page, compared as loosely as any browser compares them. */
const firstOccurrence = (page: PageText, words: string) => firstLoose(foldedText(page), loose(words));

/**
 * Where on the page the browser highlights a directive's words ([from, to) in `page.text`), or why it cannot be
 * sure to: the words are not on the page, or their first loose match does not hold exactly.
 */
export function landingOf(page: PageText, d: TextDirective): { from: number; to: number } | { error: string } {
  const fold = foldedText(page);
  // The parts in order: `gap` between them, `any` between start and end, `bound` where the browser wants a word to end.
  const parts = (part: (s: string) => string, gap: string, any: string, bound = '') =>
    `${d.prefix ? `${part(d.prefix)}${gap}` : ''}(${part(d.start)}${d.end ? `${any}${part(d.end)}${bound}` : ''})${d.suffix ? `${gap}${part(d.suffix)}` : ''}${bound}`;
  const from = firstLoose(fold, parts(loose, ' ?', '.*?'));
  if (from === undefined) return { error: NOWHERE };
  // Exactly, and word-bounded where the browser bounds it: the start of the first part, the end of the last and of `end`.
  const holds = new RegExp(`(?<![\\p{L}\\p{N}])${parts(exact, '[ \\n]?', '[^]*?', '(?![\\p{L}\\p{N}])')}`, 'yud');
  holds.lastIndex = from;
  const match = holds.exec(page.text);
  if (!match) return { error: `its first loose match, “${page.text.slice(from, from + 80)}…”, does not hold exactly` };
  const [a, b] = match.indices![1]!;
  return { from: a, to: b };
}

/** The id of the innermost element with an id around a place in the page's text. */
export function idAt(page: PageText, at: number): string | undefined {
  let best: [string, number] | undefined;
  for (const [id, [s, e]] of page.ids) if (s <= at && at < e && (!best || e - s < best[1])) best = [id, e - s];
  return best?.[0];
}

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
  /** The block's form, and "repeated" when its words occur elsewhere on its page: "paragraph", "heading repeated". */
  kind: string;
  why: string;
}

/** A record's form, and "repeated" when its words occur elsewhere on its page (its link is then the plain #id). */
export const landingKind = (record: SearchRecord) => `${record.filters.form[0]}${record.filters.repeated.length ? ' repeated' : ''}`;

/**
 * The links the site's own code (src/scripts/search-link.ts) makes to one block of each form the index holds,
 * with words of its own and with words that occur elsewhere on its page (which get the plain #id). Where the
 * link has text fragments, the search is for a word the page uses before the block too, so that only the
 * fragment's context makes it land there, and `missedLanding` finds that it does: the browser is what the sample tests.
 */
export function landingSample(records: SearchRecord[] = JSON.parse(readFileSync(join(DIST, 'search/records.json'), 'utf8'))): SampleLanding[] {
  const sample = new Map<string, SampleLanding>();
  for (const record of records) {
    const kind = landingKind(record);
    if (sample.has(kind)) continue;
    const [path = '', id = ''] = record.url.split('#');
    const page = builtPageText(path);
    const [blockStart = 0] = page.ids.get(decodeURIComponent(id)) ?? [];
    for (const word of new Set(plainWords(record.filters.text[0]))) {
      const query = parseQuery(word);
      if (!query.terms.length) continue;
      const href = hitUrl(shownOf(record), query);
      const [first] = textDirectives(href);
      if (!first) {
        sample.set(kind, { href, kind, why: 'the plain #id' });
        break;
      }
      const before = 'start' in first ? firstOccurrence(page, first.start) : undefined;
      if (before !== undefined && before < blockStart && !missedLanding(href)) {
        sample.set(kind, { href, kind, why: `searched for “${word}”, which the page has before the block` });
        break;
      }
    }
  }
  return [...sample.values()];
}
