/**
 * The record's vocabulary for correcting misspelt words: every word the pages show,
 * with how often, grouped by first letter (one small file each on the site).
 */
import { plainWords } from './search-words';

export function spellingWords(texts: string[]): Map<string, Record<string, number>> {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(plainWords)) if (/^\p{L}{4,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // A file for every letter, so the search page never asks for one that is not there.
  const byLetter = new Map<string, Record<string, number>>([...'abcdefghijklmnopqrstuvwxyz'].map((l) => [l, {}]));
  for (const [word, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const letter = word[0]!;
    const words = byLetter.get(letter);
    if (words) words[word] = n;
  }
  return byLetter;
}
