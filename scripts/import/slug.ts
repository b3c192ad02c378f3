/** A readable id from a heading or row label: lower-case words joined by hyphens, at most `words` of them. */
export function slug(text: string, words = 8): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}
