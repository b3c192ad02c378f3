/**
 * Text directives (`#p23:~:text=prefix-,start,end,-suffix`, URL Fragment Text
 * Directives): written for a result's link, read as the browser reads them. Imports
 * nothing: the search page's script writes its links with it.
 */

/**
 * One text directive: the words to highlight (`start`), and the words that must stand either side. The
 * draft also allows a range (`start,end`); this site writes none, so it reads one as a directive it did not write.
 */
export interface TextDirective {
  prefix?: string;
  start: string;
  suffix?: string;
}

/** The words of context a directive has either side of its words, unless a block's words say otherwise (search-landing.ts). */
export const CONTEXT_WORDS = 4;

/** Percent-encoding for a text directive: its syntax characters (-,&) too. */
const encodeDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The directive (after `text=`) that highlights words `first` to `last` of a block's words, with `context`
 * words of the block either side; undefined where they are only punctuation.
 */
export function textDirective(words: readonly string[], first: number, last: number, context = CONTEXT_WORDS): string | undefined {
  const match = words.slice(first, last + 1);
  // Punctuation at either end of the match goes to the context (or is dropped at the block's edge).
  const lead = /^[^\p{L}\p{N}]*/u.exec(match[0]!)![0];
  const trail = /[^\p{L}\p{N}]*$/u.exec(match[match.length - 1]!)![0];
  match[0] = match[0]!.slice(lead.length);
  match[match.length - 1] = match[match.length - 1]!.slice(0, match[match.length - 1]!.length - trail.length);
  if (!match[0] || !match[match.length - 1]) return undefined;
  const before = lead ? [] : words.slice(Math.max(0, first - context), first);
  const after = words.slice(last + 1, last + 1 + context);
  const suffix = `${trail}${after.length ? `${trail ? ' ' : ''}${after.join(' ')}` : ''}`.trim();
  const prefix = before.join(' ');
  return [prefix && `${encodeDirective(prefix)}-`, encodeDirective(match.join(' ')), suffix && `-${encodeDirective(suffix)}`].filter(Boolean).join(',');
}

/** A parameter's text, percent-decoded as UTF-8; undefined where the browser would drop the directive (a bare `-`, bad encoding). */
function decoded(token: string): string | undefined {
  if (!token || token.includes('-')) return undefined;
  try {
    return decodeURIComponent(token);
  } catch {
    return undefined;
  }
}

/** The text directives of a URL's fragment, or an error saying why one is malformed (the browser would ignore it). */
export function textDirectives(url: string): (TextDirective | { error: string })[] {
  const hash = url.indexOf('#');
  const at = hash < 0 ? -1 : url.indexOf(':~:', hash);
  if (at < 0) return [];
  return url
    .slice(at + 3)
    .split('&')
    .filter((d) => d.startsWith('text='))
    .map((d) => {
      const tokens = d.slice('text='.length).split(',');
      const prefix = tokens[0]?.endsWith('-') ? decoded(tokens.shift()!.slice(0, -1)) : '';
      const suffix = tokens.length > 1 && tokens[tokens.length - 1]!.startsWith('-') ? decoded(tokens.pop()!.slice(1)) : '';
      const [start, ...rest] = tokens.map(decoded);
      if (prefix === undefined || suffix === undefined || !start || rest.some((part) => !part) || rest.length > 1) return { error: `malformed directive ${d}` };
      if (rest.length) return { error: `a range (start,end), which this site never writes: ${d}` };
      return { ...(prefix && { prefix }), start, ...(suffix && { suffix }) };
    });
}
