/** Whether `line` fits as line number `index` (from 0): lines beside something else may have less room. */
export type Fits = (line: string, index: number) => boolean;

/**
 * Lines that each `fit`, broken between words (a word wider than a line is kept whole on its own line).
 * One line breaker for every drawn text: the charts' labels and the preview cards' words.
 */
export function wrapWords(text: string, fits: Fits): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`, lines.length - 1)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The text cut at a word to at most `max` characters, with “…” where it was cut. */
export const excerpt = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3).replace(/\s+\S*$/, '')}…` : text);
