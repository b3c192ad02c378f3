/**
 * Drawing the search page's results: a result (its title, source and excerpt with the
 * matched words marked, linking to the block) and the answer above the results.
 */
import type { BlockFile } from '../model/search-groups';
import type { AnswerJudgement } from '../model/search-answer';
import { excerptOf, hitUrl, shownOf } from './search-link';
import type { Query } from './search-query';

/** The longest section name a result's title carries. */
const TITLE_SECTION = 40;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The title of a result: the block's label and, where short, its innermost section (a letter's two-line subject would make every title of its document alike). */
export function titleOf(f: Pick<BlockFile, 'filters'>): string {
  const full = f.filters.label?.[0] ?? '';
  const [labelText = full, section = ''] = full.split(' · ');
  const innermost = section.split(' › ').pop() ?? '';
  return f.filters.form?.[0] === 'heading' || !innermost || innermost.length > TITLE_SECTION ? labelText : `${labelText}: ${innermost}`;
}

/** A result: its title linking to the block (its words highlighted on landing), its document and publisher, and its excerpt. `label` names a filter value. */
export function resultItem(f: BlockFile, query: Query, label: (facet: string, value: string) => string): HTMLLIElement {
  const shown = shownOf(f);
  const li = element('li', 'search-result');
  const title = element('h3', 'search-result__title');
  const link = element('a', undefined, titleOf(f));
  link.href = hitUrl(shown, query);
  title.append(link);
  const source = element('p', 'search-result__source', `${label('document', f.filters.document?.[0] ?? '')} (${label('publisher', f.filters.publisher?.[0] ?? '')})`);
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(...excerptOf(shown.text, query, shown.stands).map((part) => (part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  li.append(title, source, excerpt);
  return li;
}

/** A judgement of the answer: its grade in words, area, year, framework, and the words that state it, linked. */
export function answerItem(j: AnswerJudgement): HTMLLIElement {
  const link = element('a', undefined, `“${j.quote}” (${j.documentTitle}${j.group && `, ${j.group.toLowerCase()}`})`);
  link.href = j.url;
  const li = element('li');
  li.append(element('strong', undefined, j.grade), `: ${j.area}${j.group && ` (${j.group})`}, ${j.year}, ${j.framework}. `, link);
  return li;
}
