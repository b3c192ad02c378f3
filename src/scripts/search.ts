/**
 * The search page's script: the only JavaScript on the site. It enhances the form
 * that search.astro renders (which on its own only reloads the page): it runs the
 * query against the Pagefind index as the reader types, lists the matching
 * paragraphs best first with counts per filter, and keeps the whole state in the
 * URL (?q=…&year=…), so a search can be bookmarked and shared and the back button
 * restores it. Ranking and links are in search-rank.ts.
 */
import {
  closestWord,
  excerptOf,
  hitUrl,
  parseQuery,
  rankHits,
  unmatchedTerms,
  vocabulary,
  wordParts,
  type Hit,
  type PagefindFragment,
  type Query,
} from './search-rank';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] } | null>;
  preload(term: string): Promise<void>;
}

const PAGE_SIZE = 20;
const TYPING_DELAY = 250;
/** How long typing must pause before the live region says the new count. */
const ANNOUNCE_DELAY = 1000;
/** The filters, as URL parameters; each is a group of checkboxes with that name. */
const FACETS = ['year', 'document', 'publisher', 'area'] as const;
type Facet = (typeof FACETS)[number];

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

  // What each document is, from its filter checkbox; which blocks are in which area, from the area fieldset.
  const documents = new Map(
    boxes
      .filter((b) => b.name === 'document')
      .map((b) => [b.value, { year: b.dataset.year!, publisher: b.dataset.publisher!, title: b.dataset.title!, path: b.dataset.path! }]),
  );
  const areasOf = new Map<string, string[]>();
  const areaBlocks = JSON.parse($<HTMLElement>('#search-areas').dataset.blocks ?? '{}') as Record<string, Record<string, string[]>>;
  for (const [area, byDocument] of Object.entries(areaBlocks)) {
    for (const [documentId, ids] of Object.entries(byDocument)) {
      for (const id of ids) areasOf.set(`${documentId}#${id}`, [...(areasOf.get(`${documentId}#${id}`) ?? []), area]);
    }
  }
  const documentOfPage = new Map([...documents].map(([id, d]) => [d.path, id]));

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      const bundle = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // No web worker: five pages search in a few milliseconds on the main thread, and the
      // worker would cost another script (12 kB gzipped) and a round trip before the first results.
      await pf.options({ excerptLength: 30, noWorker: true });
      await pf.init();
      return pf;
    })();
    return pagefind;
  };

  /** One query's ranked blocks, kept while only the filters change. */
  let current: { text: string; query: Query; hits: Hit[]; corrected?: string; misspelt?: string[]; missing: string[] } | undefined;
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

  // ---- Searching --------------------------------------------------------------------------
  async function search(text: string): Promise<NonNullable<typeof current>> {
    const query = parseQuery(text);
    if (!query.terms.length) return { text, query, hits: [], missing: [] }; // Only punctuation: nothing to find.
    const pf = await loadPagefind();
    const run = async (terms: string[]) => {
      const found = await pf.search(terms.join(' '));
      return Promise.all((found?.results ?? []).map((r) => r.data()));
    };
    let fragments = await run(query.terms);
    // No page has every word: find the pages with any of them, and rank the fullest matches first.
    if (!fragments.length && query.terms.length > 1) {
      const seen = new Set<string>();
      fragments = (await Promise.all(query.terms.map((t) => run([t])))).flat().filter((f) => !seen.has(f.url) && seen.add(f.url));
    }
    let hits = rankHits(fragments, query);
    const missing = unmatchedTerms(hits, query);
    // A word no paragraph contains may be misspelt: try the nearest word of the pages that start like it.
    if (missing.length) {
      const prefixes = [...new Set(missing.map((t) => t.slice(0, 3)))];
      const nearby = (await Promise.all(prefixes.map((p) => run([p])))).flat();
      const words = vocabulary([...fragments, ...nearby]);
      const corrections = new Map(missing.flatMap((t) => (closestWord(t, words) ? [[t, closestWord(t, words)!]] : [])));
      if (corrections.size) {
        const corrected = text
          .split(/(\s+)/)
          .map((w) => {
            const parts = wordParts(w);
            const fix = parts.length === 1 ? corrections.get(parts[0]!) : undefined;
            if (!fix) return w;
            return w.replace(/[\p{L}\p{N}'’]+/u, (old) => (/^\p{Lu}/u.test(old) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix));
          })
          .join('');
        const again = parseQuery(corrected);
        const retried = await run(again.terms);
        const retriedHits = rankHits(retried, again);
        if (retriedHits.length) {
          return { text, query: again, hits: retriedHits, corrected, misspelt: [...corrections.keys()], missing: unmatchedTerms(retriedHits, again) };
        }
      }
    }
    return { text, query, hits, missing };
  }

  /** `how` the URL records this state; typing records it in place, and its count is announced once typing pauses. */
  async function update(how: 'push' | 'replace' | 'none') {
    if (how !== 'none') record(how);
    const typed = how === 'replace';
    const text = input.value.trim();
    const mine = ++sequence;
    if (!text) {
      current = undefined;
      render(mine, typed);
      return;
    }
    if (current?.text !== text) {
      performance.mark('search-start'); // User Timing marks, read by scripts/bench/search.ts.
      try {
        const found = await search(text);
        if (mine !== sequence) return; // A newer search has started.
        current = found;
      } catch (error) {
        console.error(error);
        failed.hidden = false;
        results.hidden = true;
        announce('Search could not start. Links to the documents follow.', false);
        return;
      }
    }
    render(mine, typed);
  }

  // ---- Filters and counts -----------------------------------------------------------------
  const facetValues = (hit: Hit): Record<Facet, string[]> => {
    const documentId = documentOfPage.get(hit.page) ?? '';
    const d = documents.get(documentId);
    return {
      year: d ? [d.year] : [],
      document: [documentId],
      publisher: d ? [d.publisher] : [],
      area: areasOf.get(`${documentId}#${hit.id}`) ?? [],
    };
  };
  const selected = () =>
    Object.fromEntries(FACETS.map((f) => [f, boxes.filter((b) => b.name === f && b.checked).map((b) => b.value)])) as Record<
      Facet,
      string[]
    >;
  /** Whether a hit passes every chosen filter but `except`'s (a filter's own counts ignore its own choices). */
  const passes = (values: Record<Facet, string[]>, chosen: Record<Facet, string[]>, except?: Facet) =>
    FACETS.every((f) => f === except || !chosen[f].length || chosen[f].some((v) => values[f].includes(v)));

  function render(mine: number, typed = false) {
    if (mine !== sequence) return;
    const hadFocus = list.contains(document.activeElement) || more === document.activeElement;
    const chosen = selected();
    const all = current?.hits ?? [];
    const withValues = all.map((hit) => ({ hit, values: facetValues(hit) }));
    for (const box of boxes) {
      const facet = box.name as Facet;
      const count = withValues.filter(({ values }) => values[facet].includes(box.value) && passes(values, chosen, facet)).length;
      const label = form.querySelector(`label[for="${box.id}"] .search-count`);
      if (label) label.textContent = current ? `(${count})` : '';
    }
    const matching = withValues.filter(({ values }) => passes(values, chosen)).map(({ hit }) => hit);
    const chosenCount = boxes.filter((b) => b.checked).length;
    clear.hidden = chosenCount === 0;
    $<HTMLElement>('#search-filters-chosen').textContent = chosenCount ? ` (${chosenCount} chosen)` : '';

    list.replaceChildren();
    shown = 0;
    heading.hidden = !current;
    empty.hidden = !current || matching.length > 0;
    // What the page shows now, for tests and scripts that wait for a search to finish.
    results.dataset.shows = stateUrl();
    if (!current) {
      announce('', typed);
      more.hidden = true;
      if (hadFocus) input.focus();
      return;
    }
    const filtered = chosenCount ? `, with ${chosenCount === 1 ? 'a filter' : `${chosenCount} filters`}` : '';
    const count = `${matching.length === 0 ? 'No' : matching.length} ${matching.length === 1 ? 'result' : 'results'}`;
    // The words as typed, in quotation marks, unless the reader typed some (a phrase).
    const quote = (t: string) => (/["“”]/.test(t) ? t : `“${t}”`);
    const words = (terms: string[]) => terms.map(quote).join(' or ');
    const why = current.corrected
      ? `No paragraph contains ${words(current.misspelt ?? [])}, so these are the results for “${current.corrected}”.`
      : current.missing.length && matching.length
        ? `No paragraph contains ${words(current.missing)}: these results have the other words.`
        : '';
    announce(`${count} for ${quote(current.corrected ?? current.text)}${filtered}`, typed, why);
    listed = matching;
    showMore(false);
    if (hadFocus) heading.focus();
    performance.mark('search-results');
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

  /** Add the next page of results; from the button, focus moves to the first one added. */
  function showMore(moveFocus: boolean) {
    const matching = listed;
    const next = matching.slice(shown, shown + PAGE_SIZE);
    const items = next.map((hit) => resultItem(hit, current!.query));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= matching.length;
    more.textContent = `Show more results (${matching.length - shown} more)`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function resultItem(hit: Hit, query: Query): HTMLLIElement {
    const documentId = documentOfPage.get(hit.page) ?? '';
    const d = documents.get(documentId);
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
  more.addEventListener('click', () => showMore(true));
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

