/**
 * Where a text directive (text-directive.ts) lands on a page, worked out without a
 * browser, in the page's text as rendered (white space collapsed, no text from
 * script, style or template, block elements apart).
 *
 * A browser's own matching is looser than exact text in ways that depend on the
 * browser (case, accents, curly quotes, words split by elements), so the first match
 * is found loosely (which can only find it earlier than the browser would) and must
 * then hold exactly, whole words and all. When it does, the first match the browser
 * can make is that one. The build uses it to give each block's links the context
 * that lands them (search-landing.ts); the tests, to check every link; and
 * tests/browser/search.test.ts proves on a sample that Chromium then highlights it and scrolls there.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { TextDirective } from './text-directive';

type Node = ReturnType<typeof parseDocument>['children'][number];

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
  // Kept in pieces: a string grown a piece at a time is slow to read back from.
  const pieces: string[] = [];
  let length = 0;
  const last = () => pieces[pieces.length - 1]?.slice(-1) ?? '';
  const add = (piece: string) => {
    if (!piece) return;
    pieces.push(piece);
    length += piece.length;
  };
  const ids = new Map<string, [number, number]>();
  const separate = (gap: ' ' | '\n') => {
    const end = last();
    if (!end || end === '\n') return;
    if (end === ' ') {
      const piece = pieces.pop()!;
      length -= piece.length;
      add(piece.slice(0, -1));
    }
    add(gap);
  };
  const walk = (node: Node) => {
    if (DomUtils.isText(node)) {
      const words = node.data.replace(/\s+/g, ' ');
      add(/^[ \n]?$/.test(last()) ? words.replace(/^ /, '') : words);
      return;
    }
    if (!DomUtils.isTag(node) || UNRENDERED.has(node.name) || 'hidden' in node.attribs) return;
    const block = BLOCKS.has(node.name);
    if (block) separate('\n');
    const start = length;
    for (const child of node.children) walk(child);
    if (block) separate('\n');
    if (node.attribs.id !== undefined && !ids.has(node.attribs.id)) ids.set(node.attribs.id, [start, length]);
  };
  for (const node of parseDocument(html).children) walk(node);
  return { text: pieces.join(''), ids };
}

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Text folded as loosely as any browser compares it: case, accents and curly quotes gone, every break a space; `where` false leaves `at` empty for printable ASCII (a directive's part, whose places are not read). */
function folded(text: string, where = true): { text: string; at: number[] } {
  // Printable ASCII folds to its lower case alone (most of a directive's parts).
  if (/^[ -~]*$/.test(text)) return { text: text.toLowerCase(), at: where ? Array.from(text, (_, i) => i) : [] };
  const out: string[] = [];
  const at: number[] = [];
  // By UTF-16 unit, so that `at` is where each folded character is in `text`.
  for (let i = 0; i < text.length; i++) {
    for (const char of foldedUnit(text[i]!)) {
      out.push(char);
      at.push(i);
    }
  }
  return { text: out.join(''), at };
}

/** Each UTF-16 unit folded, worked out once: a page's text is a few hundred thousand units, of some hundred kinds. */
const foldedUnits = new Map<string, string>();
function foldedUnit(c: string): string {
  let f = foldedUnits.get(c);
  if (f === undefined) {
    f = /\s/.test(c) ? ' ' : c < '\u0080' ? c.toLowerCase() : c === '\u00ad' ? '' : (QUOTES[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    foldedUnits.set(c, f);
  }
  return f;
}


const WORD = '[\\p{L}\\p{N}]';
const WORD_CHAR = new RegExp(WORD, 'u');

export const NOWHERE = 'its words are nowhere on the page';

/**
 * The page's folded text, and the same without its spaces (`bare`, with where each character is in `text`, and
 * `starts`, where in it each run of GRAM letters starts).
 */
interface Folded {
  text: string;
  at: number[];
  bare: { text: string; at: number[]; starts?: Starts };
}

/** Letters of a run by which `Starts` files where it stands. */
const GRAM = 8;

/**
 * Every place in a text, filed by a hash of the GRAM letters from it (`first[h]` to `first[h + 1]` in `places`,
 * in the text's order). The places a longer string may start are those filed under its first GRAM letters' hash:
 * a few, where the whole text is hundreds of thousands of letters long, and a block's words are looked for one
 * by one (search-landing.ts), so each search no longer reads the page from its start.
 */
interface Starts {
  first: Int32Array;
  places: Int32Array;
  mask: number;
}

function gramHash(text: string, at: number, mask: number): number {
  let h = 0;
  for (let i = at; i < at + GRAM; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 15)) & mask;
}

function startsOf(text: string): Starts {
  const count = Math.max(0, text.length - GRAM + 1);
  // About four places a bucket: a few bytes a letter, as the text's other arrays take.
  let size = 1024;
  while (size < count / 4) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(count);
  const first = new Int32Array(size + 1);
  for (let at = 0; at < count; at++) first[(hashes[at] = gramHash(text, at, mask)) + 1]!++;
  for (let h = 0; h < size; h++) first[h + 1]! += first[h]!;
  const next = first.slice(0, size);
  const places = new Int32Array(count);
  for (let at = 0; at < count; at++) places[next[hashes[at]!]!++] = at;
  return { first, places, mask };
}

/** Each place `letters` stands in the bare text, in order: as `indexOf` from each last place found on would give them. */
function* placesOf(bare: Folded['bare'], letters: string): Generator<number> {
  if (letters.length < GRAM) {
    for (let at = bare.text.indexOf(letters); at >= 0; at = bare.text.indexOf(letters, at + 1)) yield at;
    return;
  }
  const starts = (bare.starts ??= startsOf(bare.text));
  const h = gramHash(letters, 0, starts.mask);
  for (let i = starts.first[h]!; i < starts.first[h + 1]!; i++) {
    const at = starts.places[i]!;
    if (bare.text.startsWith(letters, at)) yield at;
  }
}

const folds = new WeakMap<PageText, Folded>();
const foldedText = (page: PageText): Folded => {
  let fold = folds.get(page);
  if (!fold) {
    const { text, at } = folded(page.text);
    const letters: string[] = [];
    const bare = { text: '', at: [] as number[] };
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') continue;
      letters.push(text[i]!);
      bare.at.push(i);
    }
    bare.text = letters.join('');
    folds.set(page, (fold = { text, at, bare }));
  }
  return fold;
};

/** A directive's part as loosely as any browser compares it, and exactly: a space only within a block. */
const loosePart = (part: string) => folded(part.trim(), false).text.replace(/ +/g, ' ');
const exactPart = (part: string) => part.trim().replace(/\s+/g, ' ');
const looseGap = (c: string | undefined) => c === ' ';
const exactGap = (c: string | undefined) => c === ' ' || c === '\n';

/**
 * Where each of `parts` ends when they stand in `text` from `at` in turn, any but the first after an
 * optional gap; undefined when they do not. (A part never starts with a gap, so taking one never misleads.)
 */
function partsAt(text: string, at: number, parts: string[], gap: (c: string | undefined) => boolean): number[] | undefined {
  const ends: number[] = [];
  let i = at;
  for (const [n, part] of parts.entries()) {
    if (n && gap(text[i])) i++;
    if (!text.startsWith(part, i)) return undefined;
    ends.push((i += part.length));
  }
  return ends;
}

/**
 * Where (in the folded text) `parts` first stand loosely. Such a place holds their letters, spaces aside, where it
 * starts, so only the places the page's bare letters hold them are tried.
 */
function firstLoose(fold: Folded, parts: string[]): number | undefined {
  const letters = parts.join('').replace(/ /g, '');
  if (!letters) return undefined;
  for (const at of placesOf(fold.bare, letters)) {
    if (partsAt(fold.text, fold.bare.at[at]!, parts, looseGap)) return fold.bare.at[at];
  }
  return undefined;
}

/** Where some words first occur on the page, compared as loosely as any browser compares them. */
export function firstOccurrence(page: PageText, words: string): number | undefined {
  const fold = foldedText(page);
  const at = firstLoose(fold, [loosePart(words)]);
  return at === undefined ? undefined : fold.at[at];
}

/**
 * Where on the page the browser highlights a directive's words ([from, to) in `page.text`), or why it cannot be
 * sure to: the words are not on the page, or their first loose match does not hold exactly.
 */
export function landingOf(page: PageText, d: TextDirective): { from: number; to: number } | { error: string } {
  const fold = foldedText(page);
  const parts = [d.prefix, d.start, d.suffix].filter((p): p is string => !!p);
  const first = firstLoose(fold, parts.map(loosePart));
  if (first === undefined) return { error: NOWHERE };
  const from = fold.at[first]!;
  // Exactly, and whole words at the ends.
  const exact = parts.map(exactPart);
  const ends = partsAt(page.text, from, exact, exactGap);
  if (!ends || WORD_CHAR.test(page.text[from - 1] ?? '') || WORD_CHAR.test(page.text[ends[ends.length - 1]!] ?? '')) return notExact(page, from);
  const at = d.prefix ? 1 : 0;
  return { from: ends[at]! - exact[at]!.length, to: ends[at]! };
}

const notExact = (page: PageText, from: number) => ({ error: `its first loose match, “${page.text.slice(from, from + 80)}…”, does not hold exactly` });

/** The id of the innermost element with an id around a place in the page's text. */
export function idAt(page: PageText, at: number): string | undefined {
  let best: [string, number] | undefined;
  for (const [id, [s, e]] of page.ids) if (s <= at && at < e && (!best || e - s < best[1])) best = [id, e - s];
  return best?.[0];
}
