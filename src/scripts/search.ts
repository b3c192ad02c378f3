/**
 * The search page's script: the only JavaScript on the site. It enhances the form
 * that search.astro renders (which on its own only reloads the page): it runs the
 * query against the Pagefind index as the reader types, lists the matching
 * paragraphs best first with counts per filter, and keeps the whole state in the
 * URL (?q=…&year=…), so a search can be bookmarked and shared and the back button
 * restores it. Ranking and links are in search-rank.ts.
 */
import {
  applyCorrections,
  closestWord,
  countText,
  excerptOf,
  extendRanking,
  hitUrl,
  mergeFragments,
  mergeRankings,
  nextRound,
  parseQuery,
  rankHits,
  unmatchedTerms,
  vocabulary,
  type Hit,
  type PagefindFragment,
  type Query,
} from './search-rank';

/** Pagefind's result for a page: its fragment is fetched only when asked for. */
interface PageResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** With a null term, every page the filters allow. */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PageResult[] } | null>;
  preload(term: string): Promise<void>;
}
/** A page in a ranking; its fragment is loaded once, merged from every search that found it. */
interface Page {
  id: string;
  load(): Promise<PagefindFragment>;
}
/** One query's pages, best first, and the ranked blocks of its first step; kept while only the filters change. */
interface Found {
  text: string;
  query: Query;
  pages: Page[];
  depth: number;
  hits: Hit[];
  corrected?: string;
  misspelt?: string[];
  missing: string[];
  /** How many pages the missing or misspelt words were looked for in, if not all that match. */
  checked?: number;
}
/** The pages the filters allow, how many of them are loaded, and their ranked blocks. */
interface View {
  pages: Page[];
  depth: number;
  hits: Hit[];
}

const PAGE_SIZE = 20;
const TYPING_DELAY = 250;
/** How long typing must pause before the live region says the new count. */
const ANNOUNCE_DELAY = 1000;
/** The filters, as URL parameters; each is a group of checkboxes with that name (and with Pagefind's filter of that name). */
const FACETS = ['year', 'document', 'publisher', 'area'] as const;
type Facet = (typeof FACETS)[number];
type Values = Record<Facet, string[]>;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('#search-q');
  const filters = $<HTMLDetailsElement>('#search-filters');
  const clear = $<HTMLButtonElement>('#search-clear');
  const results = $<HTMLElement>('#search-results');
  const heading = $<HTMLElement>('#search-results-heading');
  const status = $<HTMLElement>('#search-status');
  const note = $<HTMLElement>('#search-note');
  const list = $<HTMLOListElement>('#search-list');
  const more = $<HTMLButtonElement>('#search-more');
  const failed = $<HTMLElement>('#search-failed');
  const empty = $<HTMLElement>('#search-empty');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  // What each document is, from its filter checkbox (found by the value of Pagefind's document filter); which blocks are in which area, from the area fieldset.
  const documents = new Map(
    boxes
      .filter((b) => b.name === 'document')
      .map((b) => [b.dataset.filter!, { id: b.value, year: b.dataset.year!, publisher: b.dataset.publisher!, title: b.dataset.title! }]),
  );
  const documentOf = (fragment: PagefindFragment) => documents.get(fragment.filters.document?.[0] ?? '');
  const areasOf = new Map<string, string[]>();
  const areaBlocks = JSON.parse($<HTMLElement>('#search-areas').dataset.blocks ?? '{}') as Record<string, Record<string, string[]>>;
  for (const [area, byDocument] of Object.entries(areaBlocks)) {
    for (const [documentId, ids] of Object.entries(byDocument)) {
      for (const id of ids) areasOf.set(`${documentId}#${id}`, [...(areasOf.get(`${documentId}#${id}`) ?? []), area]);
    }
  }

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      // Under the site's base path (the page says where); Pagefind takes its results' base from it too.
      const bundle = form.dataset.searchBundle!;
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // No web worker: a search takes milliseconds on the main thread (tens of them for a common
      // word in 500 pages), and the worker would cost another script (12 kB gzipped) and a round trip.
      await pf.options({ excerptLength: 30, noWorker: true });
      await pf.init();
      return pf;
    })();
    return pagefind;
  };

  let current: Found | undefined;
  let view: View | undefined;
  let shown = 0;
  let listed: Hit[] = [];
  let sequence = 0;
  let typing: number | undefined;

  filters.hidden = false;
  results.hidden = false;

  // ---- State in the URL -------------------------------------------------------------------
  const stateUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const b of boxes) if (b.checked) params.append(b.name, b.value);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const record = (how: 'push' | 'replace') => {
    const url = stateUrl();
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const b of boxes) b.checked = params.getAll(b.name).includes(b.value);
    // The filters stay folded (their summary says how many are chosen): 32 checkboxes stand between the box and the results.
  };

  // ---- Loading pages ---------------------------------------------------------------------
  const turns = new Map<string, Promise<unknown>>();
  /**
   * A result's fragment as its own search found it. Pagefind hands every search of a page
   * the same object and rewrites its matches, so the searches of a page take turns and each keeps a copy.
   */
  const fragmentOf = (result: PageResult): Promise<PagefindFragment> => {
    const turn = (turns.get(result.id) ?? Promise.resolve()).then(() => result.data()).then((f) => ({ ...f }));
    turns.set(result.id, turn.catch(() => undefined));
    return turn;
  };
  const pageOf = (found: PageResult[]): Page => {
    let loading: Promise<PagefindFragment> | undefined;
    return { id: found[0]!.id, load: () => (loading ??= Promise.all(found.map(fragmentOf)).then(mergeFragments)) };
  };
  const fragments = (pages: Page[], depth: number) => Promise.all(pages.slice(0, depth).map((p) => p.load()));

  /** Load the next step of a ranking from `start`, in rounds (STEP in search-rank.ts says how far); the new depth. */
  async function step(pages: Page[], start: number): Promise<number> {
    let depth = start;
    let words = 0;
    for (let round; (round = nextRound(depth - start, words, pages.length - depth)); depth += round) {
      const loaded = await Promise.all(pages.slice(depth, depth + round).map((p) => p.load()));
      words += loaded.reduce((sum, f) => sum + f.word_count, 0);
    }
    return depth;
  }

  const resultsFor = async (terms: string[]) => (await (await loadPagefind()).search(terms.join(' ')))?.results ?? [];
  const pagesWithAll = async (terms: string[]) => (await resultsFor(terms)).map((r) => pageOf([r]));
  const pagesWithAny = async (terms: string[]) => mergeRankings(await Promise.all(terms.map((t) => resultsFor([t])))).map(pageOf);

  /** Which pages each filter value allows, from Pagefind's filter index: needed only once a query matches more pages than a step loads. */
  let allowing: Promise<Map<HTMLInputElement, Set<string>>> | undefined;
  let allowed: Map<HTMLInputElement, Set<string>> | undefined;
  const pagesAllowed = async () => {
    allowing ??= loadPagefind().then(async (pf) => {
      const sets = boxes.map(async (b) => [b, new Set((await pf.search(null, { filters: { [b.name]: b.dataset.filter! } }))?.results.map((r) => r.id))] as const);
      return new Map(await Promise.all(sets));
    });
    allowed = await allowing;
  };

  // ---- Searching --------------------------------------------------------------------------
  async function search(text: string): Promise<Found> {
    const query = parseQuery(text);
    if (!query.terms.length) return { text, query, pages: [], depth: 0, hits: [], missing: [] }; // Only punctuation: nothing to find.
    let pages = await pagesWithAll(query.terms);
    // No page has every word: find the pages with any of them, and rank the fullest matches first.
    if (!pages.length && query.terms.length > 1) pages = await pagesWithAny(query.terms);
    const found = await rank(text, query, pages);
    return (found.missing.length && (await corrected(found))) || found;
  }

  /** The first step of a query's pages, its blocks ranked. */
  async function rank(text: string, query: Query, pages: Page[]): Promise<Found> {
    const depth = await step(pages, 0);
    const hits = rankHits(await fragments(pages, depth), query);
    return { text, query, pages, depth, hits, missing: unmatchedTerms(hits, query), checked: depth < pages.length ? depth : undefined };
  }

  /** A word no paragraph contains may be misspelt: the results for the nearest word of the pages that start like it, if there are any. */
  async function corrected(found: Found): Promise<Found | undefined> {
    const prefixes = [...new Set(found.missing.map((t) => t.slice(0, 3)))];
    const nearby = await Promise.all(
      prefixes.map(async (p) => {
        const pages = await pagesWithAll([p]);
        return fragments(pages, await step(pages, 0));
      }),
    );
    const words = vocabulary([...(await fragments(found.pages, found.depth)), ...nearby.flat()]);
    const corrections = new Map(found.missing.flatMap((t) => (closestWord(t, words) ? [[t, closestWord(t, words)!]] : [])));
    if (!corrections.size) return undefined;
    const text = applyCorrections(found.text, corrections);
    const query = parseQuery(text);
    const again = await rank(found.text, query, await pagesWithAll(query.terms));
    return again.hits.length ? { ...again, corrected: text, misspelt: [...corrections.keys()], checked: found.checked } : undefined;
  }

  /** What the chosen filters make of a query: past one step, the pages Pagefind's filter index allows, and their first step. */
  async function viewOf(found: Found, chosen: Values): Promise<View> {
    const first = { pages: found.pages, depth: found.depth, hits: found.hits };
    if (whole(first)) return first;
    await pagesAllowed();
    if (!FACETS.some((f) => chosen[f].length)) return first;
    const pages = found.pages.filter((p) => passes(pageValues(p.id), chosen));
    const depth = await step(pages, 0);
    return { pages, depth, hits: rankHits(await fragments(pages, depth), found.query) };
  }

  /** `how` the URL records this state; typing records it in place, and its count is announced once typing pauses. */
  async function update(how: 'push' | 'replace' | 'none') {
    if (how !== 'none') record(how);
    const typed = how === 'replace';
    const text = input.value.trim();
    const mine = ++sequence;
    if (!text) {
      current = view = undefined;
      render(mine, typed);
      return;
    }
    try {
      if (current?.text !== text) {
        performance.mark('search-start'); // User Timing marks, read by scripts/bench/search.ts.
        const found = await search(text);
        if (mine !== sequence) return; // A newer search has started.
        current = found;
      }
      const shows = await viewOf(current, selected());
      if (mine !== sequence) return;
      view = shows;
    } catch (error) {
      console.error(error);
      failed.hidden = false;
      results.hidden = true;
      announce('Search could not start. Links to the documents follow.', false);
      return;
    }
    render(mine, typed);
  }

  // ---- Filters and counts -----------------------------------------------------------------
  const valuesOf = (chosen: HTMLInputElement[]) => Object.fromEntries(FACETS.map((f) => [f, chosen.filter((b) => b.name === f).map((b) => b.value)])) as Values;
  const selected = () => valuesOf(boxes.filter((b) => b.checked));
  const chosenCount = () => boxes.filter((b) => b.checked).length;
  /** A page's filter values, from Pagefind's filter index (so before its fragment is loaded). */
  const pageValues = (id: string) => valuesOf(boxes.filter((b) => allowed?.get(b)?.has(id)));
  /** A block's: its document's, and the judgement areas it is in. */
  const facetValues = (hit: Hit): Values => {
    const d = documentOf(hit.fragment);
    return {
      year: d ? [d.year] : [],
      document: d ? [d.id] : [],
      publisher: d ? [d.publisher] : [],
      area: (d && areasOf.get(`${d.id}#${hit.id}`)) || [],
    };
  };
  /** Whether a hit passes every chosen filter but `except`'s (a filter's own counts ignore its own choices). */
  const passes = (values: Values, chosen: Values, except?: Facet) =>
    FACETS.every((f) => f === except || !chosen[f].length || chosen[f].some((v) => values[f].includes(v)));
  const matchingHits = (hits: Hit[], chosen: Values) => hits.filter((hit) => passes(facetValues(hit), chosen));
  /** Whether every page of a ranking is loaded, so that its count is the total. */
  const whole = (v: { pages: Page[]; depth: number }) => v.depth === v.pages.length;

  /**
   * Each filter value's count: the results it would give once every page that matches is
   * loaded; until then, the documents it would give, which Pagefind's filter index knows.
   */
  function showCounts(chosen: Values) {
    const exact = !current || whole(current);
    const items = exact ? (current?.hits ?? []).map(facetValues) : current!.pages.map((p) => pageValues(p.id));
    for (const box of boxes) {
      const facet = box.name as Facet;
      const n = items.filter((values) => values[facet].includes(box.value) && passes(values, chosen, facet)).length;
      const label = form.querySelector(`label[for="${box.id}"] .search-count`);
      if (label) label.textContent = !current ? '' : exact ? `(${n})` : `(${n} ${n === 1 ? 'document' : 'documents'})`;
    }
  }

  function render(mine: number, typed = false) {
    if (mine !== sequence) return;
    const hadFocus = list.contains(document.activeElement) || more === document.activeElement;
    const chosen = selected();
    showCounts(chosen);
    const chosenNow = chosenCount();
    clear.hidden = chosenNow === 0;
    $<HTMLElement>('#search-filters-chosen').textContent = chosenNow ? ` (${chosenNow} chosen)` : '';

    listed = view ? matchingHits(view.hits, chosen) : [];
    list.replaceChildren();
    shown = 0;
    heading.hidden = !current;
    empty.hidden = !view || listed.length > 0 || !whole(view);
    // What the page shows now, for tests and scripts that wait for a search to finish.
    results.dataset.shows = stateUrl();
    if (!current) {
      announce('', typed);
      more.hidden = true;
      if (hadFocus) input.focus();
      return;
    }
    announceCount(typed);
    addResults(false);
    if (hadFocus) heading.focus();
    performance.mark('search-results');
  }

  /** Announce the count (of all results, or of those from the pages loaded so far), and why the results differ from the words typed. */
  function announceCount(typed: boolean) {
    const n = chosenCount();
    const filtered = n ? `, with ${n === 1 ? 'a filter' : `${n} filters`}` : '';
    // The words as typed, in quotation marks, unless the reader typed some (a phrase).
    const quote = (t: string) => (/["“”]/.test(t) ? t : `“${t}”`);
    const words = (terms: string[]) => terms.map(quote).join(' or ');
    const c = current!;
    const among = c.checked ? ` in the first ${c.checked} matching documents` : '';
    const why = c.corrected
      ? `No paragraph${among} contains ${words(c.misspelt ?? [])}, so these are the results for “${c.corrected}”.`
      : c.missing.length && listed.length
        ? `No paragraph${among} contains ${words(c.missing)}: these results have the other words.`
        : '';
    announce(`${countText(listed.length, view!.depth, view!.pages.length)} ${quote(c.corrected ?? c.text)}${filtered}`, typed, why);
  }

  /**
   * The live region: the count, and why the results differ from the words typed. While
   * the reader types it waits for a pause, so a screen reader announces one count, not one a letter.
   */
  let announcing: number | undefined;
  function announce(text: string, wait: boolean, why = '') {
    window.clearTimeout(announcing);
    const show = () => {
      if (status.textContent !== text) status.textContent = text;
      if (note.textContent !== why) note.textContent = why;
    };
    if (wait) announcing = window.setTimeout(show, ANNOUNCE_DELAY);
    else show();
  }

  /**
   * Show more results. Until every matching page is loaded, this first loads the next step
   * of them and ranks their blocks with the rest (those shown stay where they are), and
   * announces the new count; then it adds the next results, focus moving to the first.
   */
  let growing = false;
  async function showMore() {
    const v = view!;
    if (growing || !current) return;
    if (!whole(v)) {
      growing = true;
      const mine = sequence;
      try {
        v.depth = await step(v.pages, v.depth);
        v.hits = rankHits(await fragments(v.pages, v.depth), current.query);
      } finally {
        growing = false;
      }
      if (mine !== sequence) return;
      listed = extendRanking(listed.slice(0, shown), matchingHits(v.hits, selected()));
      announceCount(false);
    }
    addResults(true);
  }

  /** Add the next page of results; from the button, focus moves to the first one added. */
  function addResults(moveFocus: boolean) {
    const next = listed.slice(shown, shown + PAGE_SIZE);
    const items = next.map((hit) => resultItem(hit, current!.query));
    list.append(...items);
    shown += next.length;
    const known = whole(view!);
    more.hidden = known && shown >= listed.length;
    more.textContent = known ? `Show more results (${listed.length - shown} more)` : 'Show more results';
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function resultItem(hit: Hit, query: Query): HTMLLIElement {
    const d = documentOf(hit.fragment);
    const [label = hit.title, section = ''] = hit.title.split(' · ');
    const innermost = section.split(' › ').pop() ?? '';
    const heading = /^h\d$/.test(hit.element);
    const li = element('li', 'search-result');
    const title = element('h3', 'search-result__title');
    const link = element('a');
    link.href = hitUrl(hit, query);
    link.textContent = heading || !innermost ? label : `${label}: ${innermost}`;
    title.append(link);
    const source = element('p', 'search-result__source');
    source.textContent = d ? `${d.title} (${documentPublisherLabel(d.publisher)})` : hit.page;
    const excerpt = element('p', 'search-result__excerpt');
    const own = excerptOf(hit, query);
    excerpt.append(...(own ? own.map((part) => (part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text))) : excerptNodes(hit.excerpt)));
    li.append(title, source, excerpt);
    return li;
  }

  const publisherLabels = new Map(boxes.filter((b) => b.name === 'publisher').map((b) => [b.value, b.dataset.label ?? b.value]));
  const documentPublisherLabel = (publisher: string) => publisherLabels.get(publisher) ?? publisher;

  // ---- Events -----------------------------------------------------------------------------
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    void update('push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    const text = input.value.trim();
    if (text) void loadPagefind().then((pf) => pf.preload(parseQuery(text).terms.join(' ')), () => undefined);
    typing = window.setTimeout(() => void update('replace'), TYPING_DELAY);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  for (const box of boxes) box.addEventListener('change', () => void update('push'));
  more.addEventListener('click', () => void showMore().catch((error: unknown) => console.error(error)));
  clear.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    void update('push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    window.clearTimeout(typing);
    readUrl();
    void update('none');
  });

  readUrl();
  void update('none');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind's excerpt (entities escaped, matches in <mark>) as nodes, without parsing it as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).flatMap((part): Node[] => {
    if (!part) return [];
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return [document.createTextNode(decode(part))];
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return [mark];
  });
}

