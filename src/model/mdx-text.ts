/**
 * The documents' words go into MDX as text, never as markup: every character that
 * MDX or Markdown could read as syntax ({ } < > * _ ...) is backslash-escaped.
 * A web address (https://…) is the exception: Markdown makes it a link whole, its
 * escapes included, so escaping its underscores would show "local\_authority" and
 * link there. Inside one only what MDX itself reads ({ } < >), what would end the
 * link ([ ] ` \) and what Markdown leaves off its end are left to end it and be escaped.
 * unescapeText is the exact inverse, so the words read back are the words written.
 */
const SYNTAX = /[\\`*_{}[\]<>&~|!#]/g;
export const WEB_ADDRESS = /\bhttps?:\/\/[^\s\\`{}[\]<>]*[^\s\\`{}[\]<>*_~!&#|.,:;?'")]/g;
const ESCAPED = /\\([\\`*_{}[\]<>&~|!#])/g;

const escapeSyntax = (text: string) => text.replace(SYNTAX, '\\$&');

export function escapeText(text: string): string {
  let escaped = '';
  let from = 0;
  for (const address of text.matchAll(WEB_ADDRESS)) {
    escaped += escapeSyntax(text.slice(from, address.index)) + address[0];
    from = address.index + address[0].length;
  }
  return escaped + escapeSyntax(text.slice(from));
}

export function unescapeText(mdx: string): string {
  return mdx.replace(ESCAPED, '$1');
}
