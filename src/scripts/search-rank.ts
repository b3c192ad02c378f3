/**
 * The search page's logic, without the page: reading a query, turning Pagefind's
 * per-page results into one ranked list of paragraphs, correcting a misspelt word,
 * and building the link that lands on a paragraph with the words highlighted.
 * No DOM here, so the unit tests run it in Node.
 *
 * Pagefind ranks pages; this record has five, and a reader wants the paragraph.
 * Every paragraph, point, row and heading is a Pagefind sub-result (an element with
 * an id and data-pagefind-title), and each sub-result carries the word positions
 * that matched. We score each sub-result as a little document of its own (BM25 over
 * the paragraphs, with Pagefind's heading weights) and rank them across the pages
 * loaded: Pagefind's best pages first, a step at a time (see STEP).
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: PagefindAnchor;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  excerpt: string;
}
export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface Query {
  /** What the reader typed, trimmed. */
  text: string;
  /** Every word, lower case, in order, once each: what Pagefind is asked for. */
  terms: string[];
  /** Quoted phrases, each as its words, which a result must contain in that order. */
  phrases: string[][];
}

/** Lower case, accents and apostrophes gone, split at anything that is not a letter or digit. */
export function wordParts(word: string): string[] {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function parseQuery(input: string): Query {
  const text = input.trim().replace(/\s+/g, ' ');
  const phrases = [...text.matchAll(/["“”]([^"“”]+)["“”]/g)]
    .map((m) => m[1]!.split(' ').flatMap(wordParts))
    .filter((p) => p.length > 1);
  const terms = [...new Set(text.split(' ').flatMap(wordParts))];
  return { text, terms, phrases };
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** How many letters of a query term a matched word (or a part of it: "re-referrals") starts with. */
export function sharedLetters(word: string, term: string): number {
  return Math.max(0, ...wordParts(word).map((part) => commonPrefix(part, term)));
}

/**
 * Whether a word Pagefind matched really is the term: it starts with most of it
 * (Pagefind matches stems and prefixes, so "children" finds "child", "supervison"
 * finds "supervision", but "infirmery" also finds "in"). A word of three letters or
 * fewer must be a whole word, unless it is the last, which may still be being typed.
 */
export function fitsWell(word: string, term: string, last = false): boolean {
  if (term.length <= 3 && !last) return wordParts(word).includes(term);
  return sharedLetters(word, term) >= Math.min(term.length, Math.max(3, term.length - 3));
}

/** The query terms a matched word stands for: every term it fits, or none. */
export function termsOfWord(word: string, terms: string[]): number[] {
  return terms.flatMap((term, i) => (fitsWell(word, term, i === terms.length - 1) ? [i] : []));
}

export interface Hit {
  /** The page's URL (/inspections/<id>/) and the block's id. */
  page: string;
  id: string;
  /** The element the block is (p, li, tr, h3 …) and its sub-result title. */
  element: string;
  title: string;
  /** Pagefind's excerpt: entities escaped, matched words in <mark>. */
  excerpt: string;
  /** The block's element as Pagefind recorded it: id, tag, title and the text the page shows. */
  anchor?: PagefindAnchor;
  /** How many of the query's terms it contains, and its score among blocks that contain as many. */
  coverage: number;
  score: number;
  /** Its place in the record: page order, then word position. */
  order: number;
  /** Word positions of the block (start inclusive, end exclusive) and of its matches. */
  start: number;
  end: number;
  locations: number[];
  fragment: PagefindFragment;
}

/** The anchors Pagefind splits a page on: titled elements and headings with text. */
function splitAnchors(fragment: PagefindFragment): PagefindAnchor[] {
  return fragment.anchors
    .filter((a) => (a.title && /\S/.test(a.title)) || (/^h\d$/i.test(a.element) && a.text && /\S/.test(a.text)))
    .sort((a, b) => a.location - b.location);
}

// Both caches are keyed by a page's anchors, which every copy of its fragment shares (each search keeps its own copy).
const wordsCache = new WeakMap<PagefindAnchor[], string[]>();
/** The page's words; Pagefind's locations index into them. */
export function wordsOf(fragment: PagefindFragment): string[] {
  let words = wordsCache.get(fragment.anchors);
  if (!words) {
    words = fragment.content.split(/\s+/);
    wordsCache.set(fragment.anchors, words);
  }
  return words;
}

const K1 = 1.2;
const B = 0.75;
/** Pagefind's balanced score of one body-text word matching a whole query term (weight 1, no length penalty). */
const UNIT = (w: PagefindWordLocation) => w.balanced_score / Math.max(w.weight * w.weight, 1e-9);

/**
 * One list of blocks from Pagefind's page results, best first. `fragments` are the
 * loaded results of every matching page, in Pagefind's order.
 */
export function rankHits(fragments: PagefindFragment[], query: Query): Hit[] {
  const terms = query.terms;
  const hits: (Hit & { counts: number[]; adjacent: number })[] = [];
  let regions = 0;
  let totalLength = 0;

  fragments.forEach((fragment, pageIndex) => {
    const words = wordsOf(fragment);
    const anchors = splitAnchors(fragment);
    const ends = new Map<string, number>();
    anchors.forEach((a, i) => {
      const end = anchors[i + 1]?.location ?? words.length;
      ends.set(a.id, end);
      regions++;
      totalLength += end - a.location;
    });
    // A page's own best word score stands for one plain occurrence of a term.
    const unit = Math.max(1e-9, ...fragment.sub_results.flatMap((s) => s.weighted_locations.map(UNIT)));

    for (const sub of fragment.sub_results) {
      const anchor = sub.anchor;
      if (!anchor) continue; // Text before the first block: the page chrome, never indexed here.
      const start = anchor.location;
      const end = ends.get(anchor.id) ?? words.length;
      const counts = terms.map(() => 0);
      const termsAt = new Map<number, number[]>();
      for (const w of sub.weighted_locations) {
        const matched = termsOfWord(words[w.location] ?? '', terms);
        if (!matched.length) continue; // A stray prefix match ("in" for "infirmery").
        for (const t of matched) counts[t]! += w.balanced_score / unit;
        termsAt.set(w.location, matched);
      }
      if (!termsAt.size) continue;
      if (query.phrases.length) {
        // A quoted phrase must be in the words the page shows (the index's may hold a glossary expansion between them).
        const tokens = ` ${(blockWords(anchor) ?? words.slice(start, end)).flatMap(wordParts).join(' ')} `;
        if (!query.phrases.every((p) => tokens.includes(` ${p.join(' ')} `))) continue;
      }
      // Query terms found side by side, in the query's order: a phrase the reader did not quote.
      let adjacent = 0;
      for (const [location, here] of termsAt) {
        for (const t of here) if (here.includes(t + 1) || termsAt.get(location + 1)?.includes(t + 1)) adjacent++;
      }
      hits.push({
        page: fragment.url.replace(/[?#].*$/, ''),
        id: anchor.id,
        element: anchor.element.toLowerCase(),
        title: sub.title,
        excerpt: sub.excerpt,
        anchor,
        coverage: counts.filter((c) => c > 0).length,
        score: 0,
        order: pageIndex * 1e7 + start,
        start,
        end,
        locations: [...termsAt.keys()].sort((a, b) => a - b),
        fragment,
        counts,
        adjacent,
      });
    }
  });

  const averageLength = totalLength / Math.max(regions, 1);
  const idf = terms.map((_, i) => {
    const having = hits.filter((h) => h.counts[i]! > 0).length;
    return Math.log(1 + (regions - having + 0.5) / (having + 0.5));
  });
  for (const hit of hits) {
    const norm = 1 - B + (B * (hit.end - hit.start)) / averageLength;
    const bm25 = hit.counts.reduce((sum, c, i) => sum + (idf[i]! * c * (K1 + 1)) / (c + K1 * norm), 0);
    const together = terms.length > 1 ? 1 + Math.min(hit.adjacent / (terms.length - 1), 2) : 1;
    hit.score = bm25 * together;
  }
  return hits
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.order - b.order)
    .map(({ counts: _c, adjacent: _a, ...hit }) => hit);
}

/**
 * How much of Pagefind's page ranking one step loads. A page's fragment holds its text
 * twice (Pagefind's content, and each block's own words) and costs about 3.8 bytes
 * gzipped a word: 62 kB for the 2012 report, 4 to 5 kB for each other document.
 * - A query that matches up to eight pages has them all loaded at once, as the
 *   record's five documents always are: eight short documents cost about half the long
 *   one, and rounds would only add a round trip.
 * - Past eight, a step loads the best three (one long report holds more matching
 *   paragraphs than a screen shows, and three short documents cost less than it), then,
 *   while those hold fewer than 20,000 words (about the whole record, 75 kB), the next
 *   five; so at a hundred times the size a search costs about what it does today.
 */
export const STEP = { first: 3, pages: 8, words: 20_000 } as const;

/** How many pages a step's next round loads, given the pages and words it has loaded and the pages left; 0 when it is done. */
export function nextRound(loaded: number, words: number, left: number): number {
  if (!left || loaded >= STEP.pages || (loaded > 0 && words >= STEP.words)) return 0;
  if (!loaded) return left <= STEP.pages ? left : STEP.first;
  return Math.min(left, STEP.pages - loaded);
}

/**
 * One ranking from several searches, one a word (when no page has them all): the pages
 * with more of the words first, then the higher summed score, each with its results
 * from every search that found it.
 */
export function mergeRankings<T extends { id: string; score: number }>(rankings: T[][]): T[][] {
  const byPage = new Map<string, T[]>();
  for (const result of rankings.flat()) byPage.set(result.id, [...(byPage.get(result.id) ?? []), result]);
  const score = (results: T[]) => results.reduce((sum, r) => sum + r.score, 0);
  return [...byPage.values()].sort((a, b) => b.length - a.length || score(b) - score(a));
}

/** One page's fragment from several searches' copies of it: each block with the matches of all of them. */
export function mergeFragments(copies: PagefindFragment[]): PagefindFragment {
  const blocks = new Map<string, PagefindSubResult>();
  for (const sub of copies.flatMap((c) => c.sub_results)) {
    const had = blocks.get(sub.url);
    blocks.set(
      sub.url,
      had ? { ...had, locations: [...had.locations, ...sub.locations], weighted_locations: [...had.weighted_locations, ...sub.weighted_locations] } : sub,
    );
  }
  return { ...copies[0]!, sub_results: [...blocks.values()] };
}

/** The results once more pages are ranked: those already shown first, where they were, then the rest. */
export function extendRanking(shown: Hit[], ranked: Hit[]): Hit[] {
  const key = (hit: Hit) => `${hit.page}#${hit.id}`;
  const had = new Set(shown.map(key));
  return [...shown, ...ranked.filter((hit) => !had.has(key(hit)))];
}

/**
 * How many results, and from how much of the record: until every matching page is
 * loaded the total is not known, so the count says how many documents it is from.
 */
export function countText(results: number, loaded: number, matching: number): string {
  const count = `${results || 'No'} ${results === 1 ? 'result' : 'results'}`;
  return loaded < matching ? `${count} in the first ${loaded} of ${matching} documents that match` : `${count} for`;
}

/**
 * The query's terms that no result really contains: Pagefind found them only as a
 * short prefix of a longer word ("infirmery" as "in"), or not at all.
 */
export function unmatchedTerms(hits: Hit[], query: Query): string[] {
  const found = new Set(hits.flatMap((h) => h.locations.flatMap((l) => termsOfWord(wordsOf(h.fragment)[l] ?? '', query.terms))));
  return query.terms.filter((_, i) => !found.has(i));
}

/** Edit distance with transpositions (a typo's usual shapes: a letter wrong, missing, extra or swapped). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The words of some pages, each with how often it occurs. */
export function vocabulary(fragments: PagefindFragment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of fragments) for (const w of wordsOf(f).flatMap(wordParts)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The word of the record nearest to a misspelt term: one typo away, two for long words; the commonest wins a tie. */
export function closestWord(term: string, words: Map<string, number>): string | undefined {
  if (term.length < 5 || /\d/.test(term)) return undefined;
  const allowed = term.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [word, count] of words) {
    if (Math.abs(word.length - term.length) > allowed || word === term) continue;
    const distance = editDistance(term, word);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word, distance, count };
  }
  return best?.word;
}

/** The query as typed with each misspelt word replaced by its correction, capitalised as typed. */
export function applyCorrections(text: string, corrections: Map<string, string>): string {
  return text
    .split(/(\s+)/)
    .map((w) => {
      const parts = wordParts(w);
      const fix = parts.length === 1 ? corrections.get(parts[0]!) : undefined;
      if (!fix) return w;
      return w.replace(/[\p{L}\p{N}'’]+/u, (old) => (/^\p{Lu}/u.test(old) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix));
    })
    .join('');
}

/**
 * A block's words as the page shows them: its anchor's text, which Pagefind takes from
 * the page, without the label of the block's ¶ link. Pagefind's own content differs in
 * places: it adds a full stop between blocks, and a glossary abbreviation's expansion
 * (its indexed `title`) before the abbreviation. Undefined where the text runs cells or
 * lines together (table rows, framing text), which then fall back to Pagefind's content.
 */
export function blockWords(anchor: PagefindAnchor): string[] | undefined {
  const text = anchor.text ?? '';
  let own: string | undefined;
  if (/^h\d$/i.test(anchor.element)) own = text;
  else if (/^(p|li)$/i.test(anchor.element)) {
    // The ¶ link comes first in a paragraph ("¶ Link to this paragraph", "Link to paragraph 30"), last in a point or grade line.
    const lead = /^\s*(?:¶\s*)?Link to (?:this paragraph|paragraph \S+)\s+/;
    const trail = /\s+¶ Link to this (?:point|grade)\s*$/;
    if (lead.test(text)) own = text.replace(lead, '');
    else if (trail.test(text)) own = text.replace(trail, '');
  }
  const words = own?.split(/\s+/).filter(Boolean);
  return words?.length ? words : undefined;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The words of a hit to show in its result, about `length` of them, where most of the
 * query's words are, each matched word marked. From the block's own words, so an
 * excerpt quotes only what the document says; undefined where there are none (then
 * the result shows Pagefind's excerpt).
 */
export function excerptOf(hit: Hit, query: Query, length = 30): ExcerptPart[] | undefined {
  const words = hit.anchor ? blockWords(hit.anchor) : undefined;
  if (!words) return undefined;
  const marked = matchedWords(words, query);
  let from = 0;
  if (words.length > length) {
    let best = -1;
    for (let s = 0, count = 0; s + length <= words.length; s++) {
      count = s === 0 ? marked.slice(0, length).filter(Boolean).length : count - Number(marked[s - 1]) + Number(marked[s + length - 1]);
      if (count > best) [best, from] = [count, s];
    }
  }
  const to = Math.min(words.length, from + length);
  const parts: ExcerptPart[] = from > 0 ? [{ text: '… ', mark: false }] : [];
  for (let i = from; i < to; i++) {
    const space = i + 1 < to ? ' ' : '';
    const last = parts[parts.length - 1];
    if (marked[i]) parts.push({ text: words[i]!, mark: true }, { text: space, mark: false });
    else if (last && !last.mark) last.text += words[i]! + space;
    else parts.push({ text: words[i]! + space, mark: false });
  }
  if (to < words.length) parts.push({ text: ' …', mark: false });
  return parts.filter((p) => p.text);
}

/** Which of a block's words are the query's: the words of each quoted phrase where they stand together, and any word another term fits. */
function matchedWords(words: string[], query: Query): boolean[] {
  const inPhrases = new Set(query.phrases.flat());
  const loose = query.terms.filter((t) => !inPhrases.has(t));
  const marked = words.map((w) => termsOfWord(w, loose).length > 0);
  const tokens = words.flatMap((w, at) => wordParts(w).map((token) => ({ token, at })));
  for (const phrase of query.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((p, j) => tokens[i + j]!.token === p)) for (let j = 0; j < phrase.length; j++) marked[tokens[i + j]!.at] = true;
    }
  }
  return marked;
}

/**
 * The link to a hit: its block's #id and, after it, a text fragment directive
 * (`:~:text=`) that makes the browser highlight the matched words there, with no
 * script on the page. Each directive carries the words around the match
 * (`prefix-,match,-suffix`) so it matches in this block and nowhere else on the page;
 * if it might match elsewhere too, it is left out and the link is the plain #id.
 */
export function hitUrl(hit: Hit, query: Query, maxDirectives = 5): string {
  const base = `${hit.page}#${encodeURIComponent(hit.id)}`;
  const own = hit.anchor ? blockWords(hit.anchor) : undefined;
  // The block's own words where Pagefind has them; otherwise its content, whose last word may end in a full stop Pagefind added.
  const words = own ?? wordsOf(hit.fragment).slice(hit.start, hit.end);
  const matched = own ? matchedWords(own, query) : words.map((_, i) => hit.locations.includes(hit.start + i));
  const trustEnd = own !== undefined;
  // Runs of matched words side by side ("Royal Lancaster Infirmary" is one run).
  const runs: [number, number][] = [];
  matched.forEach((m, i) => {
    if (!m) return;
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  });
  // A table row's cells cannot be matched across: no context there.
  const context = hit.element === 'tr' ? 0 : 4;
  const page = pageText(hit.fragment);
  const directives: string[] = [];
  for (const [first, last] of runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0])) {
    if (directives.length >= maxDirectives) break;
    const directive = textDirective(words, first, last, context, page, trustEnd);
    if (directive && !directives.includes(directive)) directives.push(directive);
  }
  return directives.length ? `${base}:~:${directives.map((d) => `text=${d}`).join('&')}` : base;
}

const pageCache = new WeakMap<PagefindAnchor[], string>();
/** The page's full text as words for matching, each block's own words where there are any. */
function pageText(fragment: PagefindFragment): string {
  let text = pageCache.get(fragment.anchors);
  if (text === undefined) {
    const words = wordsOf(fragment);
    const anchors = splitAnchors(fragment);
    const parts = anchors.map((a, i) => blockWords(a) ?? words.slice(a.location, anchors[i + 1]?.location ?? words.length));
    text = ` ${parts.flat().flatMap(wordParts).join(' ')} `;
    pageCache.set(fragment.anchors, text);
  }
  return text;
}

/** Percent-encoding for a text directive: its syntax characters (-,&) too. */
const encodeDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

function textDirective(
  words: string[],
  first: number,
  last: number,
  context: number,
  page: string,
  trustEnd: boolean,
): string | undefined {
  const match = words.slice(first, last + 1);
  const lead = /^[^\p{L}\p{N}]*/u.exec(match[0]!)![0];
  const trail = /[^\p{L}\p{N}]*$/u.exec(match[match.length - 1]!)![0];
  // Pagefind's content may end a block with a full stop of its own: never rely on its last word.
  const end = trustEnd ? words.length : words.length - 1;
  const atEnd = !trustEnd && last === words.length - 1;
  match[0] = match[0]!.slice(lead.length);
  match[match.length - 1] = match[match.length - 1]!.slice(0, match[match.length - 1]!.length - trail.length);
  if (!match[0] || !match[match.length - 1]) return undefined;
  for (let n = context; n <= context + 4; n += 2) {
    const before = words.slice(Math.max(0, first - n), first);
    const after = words.slice(last + 1, Math.min(end, last + 1 + n));
    const prefix = lead ? '' : before.join(' ');
    const suffix = atEnd ? '' : `${trail}${after.length ? `${trail ? ' ' : ''}${after.join(' ')}` : ''}`.trim();
    const needle = ` ${[...(prefix ? [prefix] : []), match.join(' '), ...(suffix ? [suffix] : [])].flatMap(wordParts).join(' ')} `;
    if (occurrences(page, needle) === 1) {
      return [prefix && `${encodeDirective(prefix)}-`, encodeDirective(match.join(' ')), suffix && `-${encodeDirective(suffix)}`]
        .filter(Boolean)
        .join(',');
    }
    if (context === 0) break;
  }
  return undefined;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}
