/**
 * The search page's script: the only JavaScript on the site. It enhances the form
 * that search.astro renders (which on its own only reloads the page): it runs the
 * query as the reader types, lists the matching blocks best first, filters them
 * with counts (with no words, lists every block the filters allow, in the
 * documents' order), and keeps the whole state in the URL. This module holds the
 * page's state and events; by job, the rest is in search-load.ts (what is fetched),
 * search-pipeline.ts (query → ranked blocks, pure), search-url.ts (state in the URL)
 * and search-render.ts (results and the answer).
 */
import { aboutGrades, answerFor } from './search-answer';
import { loader } from './search-load';
import { announcement, everyBlock, firstPageFirst, PAGE_SIZE, searchFor, type Found, type Setting } from './search-pipeline';
import { answerItem, resultItem } from './search-render';
import { readState, stateUrl } from './search-url';

const TYPING_DELAY = 250;
/** How long typing must pause before the live region says the new count. */
const ANNOUNCE_DELAY = 1000;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  /** The page's parts, by id (all "search-…"). */
  const $ = <T extends HTMLElement>(part: string) => document.getElementById(`search-${part}`) as T;
  const input = $<HTMLInputElement>('q');
  const filters = $<HTMLDetailsElement>('filters');
  const clear = $<HTMLButtonElement>('clear');
  const show = $<HTMLButtonElement>('show');
  const start = $<HTMLElement>('start');
  const results = $<HTMLElement>('results');
  const heading = $<HTMLElement>('results-heading');
  const status = $<HTMLElement>('status');
  const note = $<HTMLElement>('note');
  const list = $<HTMLOListElement>('list');
  const more = $<HTMLButtonElement>('more');
  const failed = $<HTMLElement>('failed');
  const answer = $<HTMLElement>('answer');
  const empty = $<HTMLElement>('empty');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facets = [...new Set(boxes.map((b) => b.name))];
  const index = loader(form.dataset, answer.dataset.judgements!);
  const setting: Setting = {
    years: boxes.filter((b) => b.name === 'year').map((b) => b.value),
    total: Number(form.dataset.records),
    blockLength: Number(form.dataset.blockLength),
  };
  const label = (facet: string, value: string) => boxes.find((b) => b.name === facet && b.value === value)?.dataset.label ?? value;

  /** Each block's filter values ("year=2015"), once loaded; and every block, what the filters list when no words are typed. */
  let valuesOf: Map<string, string[]> | undefined;
  let every: Found | undefined;
  const loadValues = async () => {
    const v = await index.values();
    valuesOf = v.valuesOf;
    every ??= everyBlock(v.order);
    return every;
  };

  let current: Found | undefined;
  let listed: string[] = [];
  let shown = 0;
  let sequence = 0;
  let typing: number | undefined;
  /** A search the reader asked for (Enter, the button, arriving with words): its answer or results are brought into view. */
  let submitted = false;

  results.hidden = false;

  const here = () => stateUrl(location.pathname, input.value, boxes);
  const record = (how: 'push' | 'replace') => {
    const url = here();
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** `how` the URL records this state; typing records it in place, and its count is announced once typing pauses. */
  async function update(how: 'push' | 'replace' | 'none') {
    if (how !== 'none') record(how);
    const typed = how === 'replace';
    const text = input.value.trim();
    const mine = ++sequence;
    try {
      if (!text) current = chosen().length ? await loadValues() : undefined;
      else if (current?.text !== text) {
        const found = await searchFor(text, index, setting);
        if (mine !== sequence) return; // A newer search has started.
        current = found;
      }
      if (chosen().length || filters.open) await loadValues();
      if (mine !== sequence) return;
      await render(mine, typed);
    } catch (error) {
      console.error(error);
      failed.hidden = false;
      start.hidden = false;
      results.hidden = true;
      announce('Search could not start. Links to the documents follow.', false);
    }
  }

  // ---- Filters and counts -----------------------------------------------------------------
  const chosen = () => boxes.filter((b) => b.checked);
  /** Whether a block passes every chosen filter but `except`'s (a filter's own counts ignore its own choices). */
  const passes = (id: string, picked: HTMLInputElement[], except?: string) => {
    const values = valuesOf?.get(id) ?? [];
    return facets.every((f) => f === except || !picked.some((b) => b.name === f) || picked.some((b) => b.name === f && values.includes(`${f}=${b.value}`)));
  };
  const countOf = (box: HTMLInputElement) => form.querySelector(`label[for="${box.id}"] .search-count`);

  function showCounts(picked: HTMLInputElement[]) {
    // With no words typed, each value counts the blocks it would list.
    const basis = current ?? (input.value.trim() ? undefined : every);
    for (const box of boxes) {
      const count = countOf(box);
      if (!count) continue;
      const n = basis && valuesOf ? basis.ids.filter((id) => valuesOf!.get(id)?.includes(`${box.name}=${box.value}`) && passes(id, picked, box.name)).length : undefined;
      count.textContent = n === undefined ? '' : `(${n})`;
    }
    // Each folded filter's summary names its choices with their counts.
    for (const summary of form.querySelectorAll<HTMLElement>('[data-facet]')) {
      const mine = picked.filter((b) => b.name === summary.dataset.facet);
      if (mine.length) summary.closest('details')!.open = true;
      summary.textContent = mine.length ? `: ${mine.map((b) => `${b.dataset.label} ${countOf(b)?.textContent ?? ''}`.trim()).join(', ')}` : '';
    }
  }

  async function render(mine: number, typed = false) {
    const hadFocus = list.contains(document.activeElement) || more === document.activeElement;
    const picked = chosen();
    showCounts(picked);
    clear.hidden = picked.length === 0;
    $<HTMLElement>('filters-chosen').textContent = picked.length ? ` (${picked.length} chosen)` : '';
    const answered = answerTo(current);
    listed = current ? await firstPageFirst(current, picked.length ? current.ids.filter((id) => passes(id, picked)) : current.ids, index.block) : [];
    if (mine !== sequence) return;
    const showAnswer = await answered;
    if (mine !== sequence) return;
    showAnswer();
    shown = 0;
    const items = await nextItems();
    if (mine !== sequence) return;
    list.replaceChildren(...items);
    heading.hidden = !current;
    start.hidden = !!current && listed.length > 0;
    empty.hidden = !current || listed.length > 0;
    updateMore();
    // A change of filter updates the results below the filters at once: the button at the filters' foot, in view, says how many.
    show.hidden = !current;
    show.textContent = `Show ${listed.length} result${listed.length === 1 ? '' : 's'}`;
    // What the page shows now, for tests and scripts that wait for a search to finish.
    results.dataset.shows = here();
    if (!current) {
      announce('', typed);
      if (hadFocus) input.focus();
      return;
    }
    const { count, why } = announcement(current, listed.length, picked.length, await Promise.all(listed.slice(0, PAGE_SIZE).map(index.block)));
    announce(count, typed, why);
    if (submitted) {
      // On a phone the keyboard closes and the results' heading, then the answer or the first result, is at the top of
      // the screen (on a wider screen, only as far as they need: search.css). The results' room starts at the heading,
      // so nothing on screen moves.
      toResults(answer.hidden ? heading : answer);
    } else if (hadFocus) heading.focus();
    submitted = false;
    performance.mark('search-results'); // A User Timing mark, read by scripts/bench/search.ts.
  }

  /** Focus `target` and bring the results' heading to its scroll margin: the top of a phone's screen (search.css). */
  function toResults(target: HTMLElement) {
    target.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }

  /**
   * Above the results, for a question about grades, the judgements it is about: fetched alongside the results' blocks
   * (a round trip sooner on a slow line), shown with the results.
   */
  async function answerTo(c: Found | undefined) {
    const about = c && aboutGrades(c.text, c.query.years);
    const all = about ? await index.judgements() : [];
    const items = about ? answerFor(c.text, c.query.years, all, (answer.dataset.council ?? '').split(' ')).map((i) => answerItem(all[i]!)) : [];
    return () => {
      answer.querySelector('ul')!.replaceChildren(...items);
      answer.hidden = !items.length;
    };
  }

  /**
   * The live region: the count, and why the results differ from the words typed. While
   * the reader types it waits for a pause, so a screen reader announces one count, not one a letter.
   */
  let announcing: number | undefined;
  function announce(text: string, wait: boolean, why = '') {
    clearTimeout(announcing);
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
    const files = await Promise.all(ids.map(index.block));
    shown += ids.length;
    return files.map((f) => resultItem(f, c.query, label));
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

  // ---- Events -----------------------------------------------------------------------------
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = true;
    clearTimeout(typing);
    void update('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    void index.meanings(input.value); // Fetched as the words are typed (a word's first two letters say which), so the search need not wait for them.
    typing = window.setTimeout(() => void update('replace'), TYPING_DELAY);
  });
  input.addEventListener('focus', () => void index.start().catch(() => undefined), { once: true });
  filters.addEventListener('toggle', () => {
    if (filters.open && !valuesOf) void loadValues().then(() => showCounts(chosen()));
  });
  for (const box of boxes) box.addEventListener('change', () => void update('push'));
  show.addEventListener('click', () => {
    // Done filtering: the filters fold to their line, and the results' heading takes focus at the top of the screen.
    filters.open = false;
    toResults(heading);
  });
  more.addEventListener('click', () => void showMore().catch((error: unknown) => console.error(error)));
  clear.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    void update('push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    readState(location.search, input, boxes);
    void update('none');
  });

  readState(location.search, input, boxes);
  // Arriving with words or filters (another page's search box, a shared link) is a search the reader asked for too.
  submitted = !!input.value || chosen().length > 0;
  void update('none');
}
