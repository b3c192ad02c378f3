/**
 * The search page's script: the only JavaScript on the site. It enhances the form
 * that search.astro renders (which on its own only reloads the page): it runs the
 * query against the Pagefind index as the reader types (its records are groups of
 * blocks, src/model/search-groups.ts), lists the matching blocks best first,
 * filters them with counts (with no words, lists every block the filters allow,
 * in the documents' order), and keeps the whole state in
 * the URL (?q=…&year=…), so a search can be bookmarked and shared and the back
 * button restores it. Reading the query, results per block, ranking, spelling and
 * links are in search-query.ts, search-blocks.ts, search-rank.ts, search-spelling.ts
 * and search-link.ts.
 */
import { blockFile, blockId, groupOf, VALUES_FILE, type BlockFile, type BlockValues } from '../model/search-groups';
import { blockHits, type GroupResult } from './search-blocks';
import { excerptOf, hitUrl, shownOf } from './search-link';
import { holdsPhrase, parseQuery, readMeanings, searchedWords, type Query } from './search-query';
import { byWeight, figuresFirst, rankRecords, type WordResults } from './search-rank';
import { applyCorrections, closestWord, startsAWord } from './search-spelling';
import { aboutGrades, answerFor } from './search-answer';
import type { AnswerJudgement } from '../model/search-answer';

/** A block's words as its page shows them. */
const shownText = (f: BlockFile) => shownOf(f).text;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** With a null term, every record the filters allow. */
  /** Results are groups of blocks, with their matched positions weighed (the build asks for them: src/integrations/search-index.ts). */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: GroupResult[] } | null>;
  preload(term: string): Promise<void>;
}
interface Found {
  text: string;
  query: Query;
  /** Ranked block ids (src/model/search-groups.ts). */
  ids: string[];
  /** Each result's score, where the first page is ordered by score times weight. */
  scores?: Map<string, number>;
  /** The words a figure must stand by, for a question asking for one. */
  counted?: string[];
  corrected?: string;
  misspelt: string[];
  missing: string[];
}

const PAGE_SIZE = 10;
/** The longest section name a result's title carries. */
const TITLE_SECTION = 40;
const TYPING_DELAY = 250;
/** How long typing must pause before the live region says the new count. */
const ANNOUNCE_DELAY = 1000;
/** A quoted phrase is checked in the blocks' words: at most this many of the blocks holding all its words are loaded. */
const PHRASE_CANDIDATES = 40;

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
  const answer = $<HTMLElement>('#search-answer');
  /** The record's judgements, fetched for the first question about grades. */
  let judgements: Promise<AnswerJudgement[]> | undefined;
  const empty = $<HTMLElement>('#search-empty');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facets = [...new Set(boxes.map((b) => b.name))];
  const years = boxes.filter((b) => b.name === 'year').map((b) => b.value);
  const total = Number(form.dataset.records);
  const blockLength = Number(form.dataset.blockLength);
  const meanings = readMeanings(form.dataset.meanings ?? '');
  const keys = new Set(meanings.map((m) => m[0]));
  const label = (facet: string, value: string) => boxes.find((b) => b.name === facet && b.value === value)?.dataset.label ?? value;

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      // Under the site's base path (the page says where); Pagefind takes its results' base from it too.
      const pf = (await import(/* @vite-ignore */ form.dataset.searchBundle!)) as Pagefind;
      // No web worker: a search takes milliseconds on the main thread, and the worker would cost another script and a round trip.
      await pf.options({ noWorker: true });
      await pf.init();
      return pf;
    })();
    return pagefind;
  };
  const searchPf = async (term: string) => (await (await loadPagefind()).search(term))?.results ?? [];
  /** Where the bundle's own files are: each block's, and the filters' values. */
  const bundleFile = (path: string) => form.dataset.searchBundle!.replace(/[^/]*$/, path);
  const fetchJson = async <T>(path: string) => {
    const response = await fetch(bundleFile(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  /** Each block's file is fetched once, however often it is read (to check a phrase, a figure, to show it). */
  const blockFiles = new Map<string, Promise<BlockFile>>();
  const loadBlock = (id: string) => {
    if (!blockFiles.has(id)) blockFiles.set(id, fetchJson<BlockFile>(blockFile(id)));
    return blockFiles.get(id)!;
  };
  /** Every block's filter values, in the documents' order: loaded once a filter is chosen or the filters are opened. */
  let valuesFile: Promise<BlockValues> | undefined;
  const loadValuesFile = () => (valuesFile ??= fetchJson<BlockValues>(VALUES_FILE));

  /** The record's words starting with a letter, for spelling (fetched once a letter). */
  const letters = new Map<string, Promise<Record<string, number>>>();
  const wordsFrom = (letter: string) => {
    if (!letters.has(letter)) letters.set(letter, fetch(`${form.dataset.words}${letter}.json`).then((r) => (r.ok ? r.json() : {}), () => ({})));
    return letters.get(letter)!;
  };

  /** Each block's filter values ("year=2015"). */
  let valuesOf: Map<string, string[]> | undefined;
  const loadValues = async () => {
    const { values, groups } = await loadValuesFile();
    return (valuesOf ??= new Map(groups.flatMap(([id, blocks]) => blocks.map((v, i) => [blockId(id, i), v.map((n) => values[n]!)] as const))));
  };

  /** Every block, in the documents' order: what the filters list when no words are typed. */
  let every: Found | undefined;
  const loadEvery = async () => {
    const { groups } = await loadValuesFile();
    return (every ??= { text: '', query: parseQuery(''), ids: groups.flatMap(([id, blocks]) => blocks.map((_, i) => blockId(id, i))), misspelt: [], missing: [] });
  };

  let current: Found | undefined;
  let listed: string[] = [];
  let shown = 0;
  let sequence = 0;
  let typing: number | undefined;
  /** A search the reader asked for (Enter, the button): its answer or results are brought into view. */
  let submitted = false;

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
  };

  // ---- Searching --------------------------------------------------------------------------
  /**
   * Each word searched as typed and exactly (in quotes: the word and its stems, not longer words it starts),
   * per block. Each search runs in a task of its own: together they would hold up the page.
   */
  const wordResults = async (word: string, query: Query): Promise<WordResults> => {
    await nextTask();
    const loose = await searchPf(word);
    await nextTask();
    return { word, weight: query.meanings.find((m) => m.key === word)?.words ?? 1, ...blockHits(loose, await searchPf(`"${word}"`), blockLength) };
  };

  async function search(text: string): Promise<Found> {
    const query = parseQuery(text, years, meanings);
    const words = searchedWords(query);
    const none: Found = { text, query, ids: [], misspelt: [], missing: [] };
    if (!query.terms.length) return none; // Only common words or punctuation: nothing to find.
    // The index files every word needs, fetched at once; then the words one after another.
    const pf = await loadPagefind();
    await Promise.all(words.flatMap((w) => [pf.preload(w), pf.preload(`"${w}"`)]));
    let found: WordResults[] = [];
    for (const w of words) found.push(await wordResults(w, query));
    // A word held by no block is misspelt, or being typed: Pagefind then finds shorter words it starts with, which are not it.
    const misspelt: string[] = [];
    const missing: string[] = [];
    const corrections = new Map<string, string>();
    await Promise.all(
      found.map(async (w, i) => {
        if (w.exact.length || /\d/.test(w.word) || keys.has(w.word)) return;
        const vocabulary = await wordsFrom(w.word[0]!);
        if (startsAWord(w.word, vocabulary)) return;
        const fix = closestWord(w.word, vocabulary);
        if (fix) {
          corrections.set(w.word, fix);
          misspelt.push(w.word);
          found[i] = { ...(await wordResults(fix, query)), word: w.word };
        } else {
          missing.push(w.word);
          found[i] = { ...w, loose: [] };
        }
      }),
    );
    found = found.filter((w) => w.loose.length);
    // A year's blocks, by their groups' year (Pagefind's filter: a group is of one document).
    const yearGroups = new Set<string>();
    if (query.years.length) {
      const pf = await loadPagefind();
      for (const y of query.years) for (const r of (await pf.search(null, { filters: { year: y } }))?.results ?? []) yearGroups.add(r.id);
    }
    const favoured = new Set(found.flatMap((w) => w.loose.map((h) => h.id)).filter((id) => yearGroups.has(groupOf(id))));
    const ranked = rankRecords(found, total, favoured);
    let ids = ranked.map((r) => r.id);
    if (query.phrases.length) {
      // A quoted phrase must be in the block's words: check the best blocks that hold every word of the phrases.
      const phraseWords = new Set(query.phrases.flat().filter((w) => query.terms.includes(w)));
      const holdsAll = (id: string) => [...phraseWords].every((w) => found.some((f) => f.word === w && f.exact.some((h) => h.id === id)));
      const candidates = ids.filter(holdsAll).slice(0, PHRASE_CANDIDATES);
      const texts = await Promise.all(candidates.map(loadBlock));
      ids = candidates.filter((_, i) => query.phrases.every((p) => holdsPhrase(shownText(texts[i]!), p)));
    }
    const terms = query.terms.map((t) => corrections.get(t) ?? t);
    const corrected = corrections.size ? applyCorrections(text, corrections) : undefined;
    return {
      text,
      query: corrected ? { ...query, terms } : query,
      ids,
      // A quoted phrase's results are those holding it, in their order.
      scores: query.phrases.length ? undefined : new Map(ranked.map((r) => [r.id, r.score])),
      counted: query.figure ? [...terms, ...query.meanings.flatMap((m) => m.typed.split(' '))] : undefined,
      corrected,
      misspelt,
      missing,
    };
  }

  /** `how` the URL records this state; typing records it in place, and its count is announced once typing pauses. */
  async function update(how: 'push' | 'replace' | 'none') {
    if (how !== 'none') record(how);
    const typed = how === 'replace';
    const text = input.value.trim();
    const mine = ++sequence;
    try {
      if (!text) current = chosen().length ? await loadEvery() : undefined;
      else if (current?.text !== text) {
        performance.mark('search-start'); // User Timing marks, read by scripts/bench/search.ts.
        const found = await search(text);
        if (mine !== sequence) return; // A newer search has started.
        current = found;
      }
      if (chosen().length || filters.open) await Promise.all([loadValues(), text ? undefined : loadEvery()]);
      if (mine !== sequence) return;
      await render(mine, typed);
    } catch (error) {
      console.error(error);
      failed.hidden = false;
      results.hidden = true;
      announce('Search could not start. Links to the documents follow.', false);
    }
  }

  // ---- Filters and counts -----------------------------------------------------------------
  const chosen = () => boxes.filter((b) => b.checked);
  /** Whether a record passes every chosen filter but `except`'s (a filter's own counts ignore its own choices). */
  const passes = (id: string, picked: HTMLInputElement[], except?: string) => {
    const values = valuesOf?.get(id) ?? [];
    return facets.every((f) => f === except || !picked.some((b) => b.name === f) || picked.some((b) => b.name === f && values.includes(`${f}=${b.value}`)));
  };

  function showCounts(picked: HTMLInputElement[]) {
    // With no words typed, each value counts the blocks it would list.
    const basis = current ?? (input.value.trim() ? undefined : every);
    for (const box of boxes) {
      const count = form.querySelector(`label[for="${box.id}"] .search-count`);
      if (!count) continue;
      const n = basis && valuesOf ? basis.ids.filter((id) => valuesOf!.get(id)?.includes(`${box.name}=${box.value}`) && passes(id, picked, box.name)).length : undefined;
      count.textContent = n === undefined ? '' : `(${n})`;
    }
    // Each folded filter's summary names its choices with their counts.
    for (const summary of form.querySelectorAll<HTMLElement>('[data-facet]')) {
      const mine = picked.filter((b) => b.name === summary.dataset.facet);
      if (mine.length) summary.closest('details')!.open = true;
      summary.textContent = mine.length ? `: ${mine.map((b) => `${b.dataset.label} ${form.querySelector(`label[for="${b.id}"] .search-count`)?.textContent ?? ''}`.trim()).join(', ')}` : '';
    }
  }

  async function render(mine: number, typed = false) {
    const hadFocus = list.contains(document.activeElement) || more === document.activeElement;
    const picked = chosen();
    showCounts(picked);
    clear.hidden = picked.length === 0;
    $<HTMLElement>('#search-filters-chosen').textContent = picked.length ? ` (${picked.length} chosen)` : '';
    listed = current ? await firstPageFirst(current, current.ids.filter((id) => passes(id, picked))) : [];
    if (mine !== sequence) return;
    await showAnswer(current);
    if (mine !== sequence) return;
    shown = 0;
    const items = await nextItems();
    if (mine !== sequence) return;
    list.replaceChildren(...items);
    heading.hidden = !current;
    empty.hidden = !current || listed.length > 0;
    updateMore();
    // What the page shows now, for tests and scripts that wait for a search to finish.
    results.dataset.shows = stateUrl();
    if (!current) {
      announce('', typed);
      if (hadFocus) input.focus();
      return;
    }
    await announceCount(typed);
    if (submitted) {
      // On a phone the keyboard closes and the answer or the first result is at the top of the screen.
      const first = answer.hidden ? heading : answer;
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: 'start' });
    } else if (hadFocus) heading.focus();
    submitted = false;
    performance.mark('search-results');
  }

  /** Above the results, for a question about grades, the judgements it is about: each grade in words, area, year, framework, and the words that state it, linked. */
  async function showAnswer(c: Found | undefined) {
    const about = c && aboutGrades(c.text, c.query.years);
    const all = about ? await (judgements ??= fetch(answer.dataset.judgements!).then((r) => r.json() as Promise<AnswerJudgement[]>, () => [])) : [];
    const items = about ? answerFor(c.text, c.query.years, all, (answer.dataset.council ?? '').split(' ')).map((i) => {
      const j = all[i]!;
      const link = element('a', undefined, `“${j.quote}” (${j.documentTitle}${j.group && `, ${j.group.toLowerCase()}`})`);
      link.href = j.url;
      const li = element('li');
      li.append(element('strong', undefined, j.grade), `: ${j.area}${j.group && ` (${j.group})`}, ${j.year}, ${j.framework}. `, link);
      return li;
    }) : [];
    answer.querySelector('ul')!.replaceChildren(...items);
    answer.hidden = !items.length;
  }

  /**
   * The first page of the results listed (their blocks are loaded to be shown anyway) in order of
   * score times weight (a finding above a heading or a grade line), then, for a question asking for a
   * figure, those where a figure stands by its words first.
   */
  async function firstPageFirst(c: Found, ids: string[]): Promise<string[]> {
    const page = async () => Promise.all(ids.slice(0, PAGE_SIZE).map(loadBlock));
    if (c.scores) ids = byWeight(ids.map((id) => ({ id, score: c.scores!.get(id) ?? 0 })), (await page()).map((f) => Number(f.filters.weight?.[0] ?? 1)));
    if (c.counted) ids = figuresFirst(ids, (await page()).map(shownText), c.counted);
    return ids;
  }

  /** The count, and why the results differ from the words typed: corrections, and what a word was searched as. */
  async function announceCount(typed: boolean) {
    const c = current!;
    const shownFiles = await Promise.all(listed.slice(0, PAGE_SIZE).map(loadBlock));
    const searchedAs = new Map(c.query.meanings.filter((m) => m.typed !== m.as).map((m) => [m.typed, m.as]));
    for (const f of shownFiles) {
      for (const pair of shownOf(f).stands) {
        const [reader = '', words = ''] = pair.split(' → ');
        if (c.query.terms.includes(reader.toLowerCase()) && !searchedAs.has(reader) && !keys.has(reader)) searchedAs.set(reader, words.toLowerCase());
      }
    }
    const n = chosen().length;
    const filtered = n ? `, with ${n === 1 ? 'a filter' : `${n} filters`}` : '';
    // The words as typed, in quotation marks, unless the reader typed some (a phrase).
    const quote = (t: string) => (/["“”]/.test(t) ? t : `“${t}”`);
    const words = (terms: string[]) => terms.map(quote).join(' or ');
    const why = [
      c.misspelt.length ? `No paragraph contains ${words(c.misspelt)}, so these are the results for “${c.corrected}”.` : '',
      c.missing.length && listed.length ? `No paragraph contains ${words(c.missing)}: these results have the other words.` : '',
      c.text && !c.query.terms.length ? 'Every word of that is too common to search for: add a word that says what you are looking for.' : '',
      ...[...searchedAs].slice(0, 3).map(([reader, words]) => `${reader}: searched as ${words}.`),
    ]
      .filter(Boolean)
      .join(' ');
    const count = `${listed.length || 'No'} ${listed.length === 1 ? 'result' : 'results'}`;
    // No words: the filters alone list the blocks.
    announce(c.text ? `${count} for ${quote(c.corrected ?? c.text)}${filtered}` : `${count}${filtered}`, typed, why);
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

  /** The next page of results, their blocks loaded (a few hundred bytes each). */
  async function nextItems(): Promise<HTMLLIElement[]> {
    const c = current;
    if (!c) return [];
    const ids = listed.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(ids.map(loadBlock));
    shown += ids.length;
    return fragments.map((f) => resultItem(f, c.query));
  }

  function updateMore() {
    more.hidden = !current || shown >= listed.length;
    more.textContent = `Show more results (${listed.length - shown} more)`;
  }

  /** Show more results: focus moves to the first one added. */
  async function showMore() {
    const mine = sequence;
    const items = await nextItems();
    if (mine !== sequence) return;
    list.append(...items);
    updateMore();
    items[0]?.querySelector('a')?.focus();
  }

  function resultItem(f: BlockFile, query: Query): HTMLLIElement {
    const full = f.filters.label?.[0] ?? '';
    const [labelText = full, section = ''] = full.split(' · ');
    const shown = shownOf(f);
    const form = f.filters.form?.[0];
    const innermost = section.split(' › ').pop() ?? '';
    const li = element('li', 'search-result');
    const title = element('h3', 'search-result__title');
    const link = element('a');
    link.href = hitUrl(shown, query);
    // Short: a long section's name (a letter's two-line subject) would make every title of its document alike.
    link.textContent = form === 'heading' || !innermost || innermost.length > TITLE_SECTION ? labelText : `${labelText}: ${innermost}`;
    title.append(link);
    const source = element('p', 'search-result__source');
    const publisher = f.filters.publisher?.[0] ?? '';
    source.textContent = `${label('document', f.filters.document?.[0] ?? '')} (${label('publisher', publisher)})`;
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.append(...excerptOf(shown.text, query, shown.stands).map((part) => (part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
    li.append(title, source, excerpt);
    return li;
  }

  // ---- Events -----------------------------------------------------------------------------
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    window.clearTimeout(typing);
    void update('push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => void update('replace'), TYPING_DELAY);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  filters.addEventListener('toggle', () => {
    if (filters.open && !valuesOf) void Promise.all([loadValues(), loadEvery()]).then(() => showCounts(chosen()));
  });
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

/** Resolves in a later task, letting the browser draw and answer input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
