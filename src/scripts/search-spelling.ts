/**
 * Correcting a misspelt word: the word of the record nearest to it, from the words
 * that start with the same letter (src/pages/search/words/[letter].json.ts).
 * Pure, so the unit tests run it without a browser.
 */
import { plainWords } from '../model/search-words';

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

/** Whether the record has a word that starts with `term` (so it is a word being typed, not a misspelling). */
export const startsAWord = (term: string, words: Record<string, number>) => Object.keys(words).some((w) => w.startsWith(term));

/** The word of the record nearest to a misspelt term: one typo away, two for long words; the commonest wins a tie. */
export function closestWord(term: string, words: Record<string, number>): string | undefined {
  if (term.length < 5 || /\d/.test(term)) return undefined;
  const allowed = term.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [word, count] of Object.entries(words)) {
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
      const parts = plainWords(w);
      const fix = parts.length === 1 ? corrections.get(parts[0]!) : undefined;
      if (!fix) return w;
      return w.replace(/[\p{L}\p{N}'’]+/u, (old) => (/^\p{Lu}/u.test(old) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix));
    })
    .join('');
}
