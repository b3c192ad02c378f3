/**
 * The documents' words go into MDX as text, never as markup: every character that
 * MDX or Markdown could read as syntax ({ } < > * _ ...) is backslash-escaped.
 * unescapeText is the exact inverse, so the words read back are the words written.
 */
const SYNTAX = /[\\`*_{}[\]<>&~|!#]/g;
const ESCAPED = /\\([\\`*_{}[\]<>&~|!#])/g;

export function escapeText(text: string): string {
  return text.replace(SYNTAX, '\\$&');
}

export function unescapeText(mdx: string): string {
  return mdx.replace(ESCAPED, '$1');
}
