/**
 * The record's vocabulary for correcting misspelt words: every word the pages show,
 * with how often, grouped by first letter (one small file each on the site).
 */
import { plainWords } from './search-words';

export function spellingWords(texts: string[]): Map<string, Record<string, number>> {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(plainWords)) if (/^\p{L}{4,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byLetter = new Map<string, Record<string, number>>();
  for (const [word, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const letter = word[0]!;
    if (!/^[a-z]$/.test(letter)) continue;
    (byLetter.get(letter) ?? byLetter.set(letter, {}).get(letter)!)[word] = n;
  }
  return byLetter;
}
