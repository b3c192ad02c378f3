/**
 * A result as the reader sees it: the words of its block to quote, with the query's
 * words marked, and the link that lands on the block with those words highlighted
 * (a text fragment, so the reading page needs no script). Pure, so the unit tests
 * run it without a browser.
 */
import { shownOf, type Shown } from '../model/search-result';
import { plainWords, STANDS_FOR } from '../model/search-words';
import { textDirective } from '../model/text-directive';
import type { Query } from './search-query';

// What a result shows is read by the build too (src/integrations/search-index.ts), so it lives in the model.
export { shownOf, type Shown };

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a word of the text is one of the query's terms: it starts with most of it
 * (so "carers" is carer's, "supervision" is "supervison"'s), but a term of three
 * letters or fewer must be the whole word.
 */
export function fitsTerm(word: string, term: string): boolean {
  return plainWords(word).some((part) =>
    term.length <= 3 ? part === term : commonPrefix(part, term) >= Math.min(term.length, Math.max(4, term.length - 3)),
  );
}

/**
 * Which of the text's words are the query's: any word a term fits, each quoted phrase
 * where its words stand together, and, for a term the text does not use, the words
 * a reader's form holding it stands for (IRO: "independent reviewing officers";
 * rated: "judged"; `stands` as the record gives them).
 */
function matchedWords(words: string[], query: Pick<Query, 'terms' | 'phrases'>, stands: readonly string[] = []): boolean[] {
  const inPhrases = new Set(query.phrases.flat());
  const loose = query.terms.filter((t) => !inPhrases.has(t));
  const marked = words.map((w) => loose.some((t) => fitsTerm(w, t)));
  const tokens = words.flatMap((w, at) => plainWords(w).map((token) => ({ token, at })));
  const markRuns = (phrase: string[]) => {
    for (let i = 0; phrase.length && i + phrase.length <= tokens.length; i++) {
      if (phrase.every((p, j) => tokens[i + j]!.token === p)) for (let j = 0; j < phrase.length; j++) marked[tokens[i + j]!.at] = true;
    }
  };
  for (const phrase of query.phrases) markRuns(phrase);
  const unused = loose.filter((t) => !words.some((w) => fitsTerm(w, t)));
  for (const pair of unused.length ? stands : []) {
    const [form = '', standsFor = ''] = pair.split(STANDS_FOR);
    if (plainWords(form).some((w) => unused.some((t) => fitsTerm(w, t)))) markRuns(plainWords(standsFor));
  }
  return marked;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** About `length` words of the text, where most of the query's words are, each matched word marked (`stands`: see matchedWords). */
export function excerptOf(text: string, query: Pick<Query, 'terms' | 'phrases'>, stands: readonly string[] = [], length = 30): ExcerptPart[] {
  const words = text.split(/\s+/).filter(Boolean);
  const marked = matchedWords(words, query, stands);
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

/**
 * The link to a result: its block's #id and, after it, text fragment directives
 * (`:~:text=prefix-,match,-suffix`) that make the browser highlight the matched words,
 * with four words of the block either side, or as many as the build found that the
 * run's first word needs to match there and nowhere earlier on the page (`context`);
 * a run no context lands gets no directive. A block whose words occur elsewhere on its
 * page, and a table row or framing text (whose cells or lines a directive cannot span),
 * get the plain #id, as does a link left with no directive.
 */
export function hitUrl(shown: Shown, query: Pick<Query, 'terms' | 'phrases'>, maxDirectives = 5): string {
  if (shown.repeated || shown.row) return shown.url;
  const words = shown.text.split(/\s+/).filter(Boolean);
  const matched = matchedWords(words, query, shown.stands);
  // Runs of matched words side by side ("Royal Lancaster Infirmary" is one run), longest first.
  const runs: [number, number][] = [];
  matched.forEach((m, i) => {
    if (!m) return;
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  });
  runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const context = new Map(shown.context);
  const directives: string[] = [];
  for (const [first, last] of runs.filter(([first]) => context.get(first) !== 0).slice(0, maxDirectives)) {
    const directive = textDirective(words, first, last, context.get(first));
    if (directive && !directives.includes(directive)) directives.push(directive);
  }
  return directives.length ? `${shown.url}:~:${directives.map((d) => `text=${d}`).join('&')}` : shown.url;
}
