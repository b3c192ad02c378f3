/** Reads a content entry file outside Astro (scripts, tests): its YAML frontmatter and its body. */
export function splitEntry(file: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.replace(/\r\n/g, '\n'));
  if (!match) throw new Error('an entry must start with a --- frontmatter block');
  return { frontmatter: match[1]!, body: match[2]! };
}
