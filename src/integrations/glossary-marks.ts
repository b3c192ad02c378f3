/**
 * The glossary integration's rewriting of pages (built pages after the build, served pages in dev): the
 * first use of each glossary term marked up, found by the glossary's matcher (src/model/glossary.ts).
 * markPage says which pages are marked and how; markFirstUses marks one.
 *
 * Marking (markFirstUses): inside the page's <main> only, the first use of each
 * term is wrapped, in the text between tags, never in an attribute and never
 * inside an existing link, abbreviation, code, script, style, SVG, title,
 * heading, navigation, button, form control or <summary>. An abbreviation's
 * short form becomes
 *   <abbr class="glossary-term" title="EXPANSION"><a href="/glossary/#id">LSCB</a></abbr>
 * any other form becomes
 *   <a class="glossary-term" href="/glossary/#id" title="FIRST SENTENCE OF THE DEFINITION">core group</a>.
 * An element with `data-glossary-scope` (a document's full text) counts its own
 * first uses, so a term explained in the page's summary is explained again where
 * the document's own text first uses it (that is the text readers land in from
 * search and paragraph links).
 * An element with `data-glossary-ignore` (or a class the caller lists) is left
 * alone. A link that already points at an entry counts as that term's use, so
 * marking a page twice changes nothing.
 */
import { Parser } from 'htmlparser2';
import { firstSentence, glossaryPath, type GlossaryEntry, type GlossaryMatcher, type TermMatch } from '../model/glossary';

/** The glossary, relative to the project root. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** Pages left unmarked, by their path under the base: the glossary itself, and the search page. */
const UNMARKED = new Set(['/glossary/', '/search/']);

/** Elements with these classes are left unmarked: the citation line is for copying, not reading. */
const IGNORED_CLASSES = ['cite'];

/**
 * A page marked as the site marks it, or undefined for a page left unmarked. `path` is the page's path
 * under the base, as served ("/glossary/") or as built ("/glossary/index.html").
 */
export function markPage(html: string, path: string, matcher: GlossaryMatcher, base: string): MarkResult | undefined {
  if (UNMARKED.has(path.replace(/index\.html$/, ''))) return undefined;
  const options: MarkOptions = { ignoreClasses: IGNORED_CLASSES, href: (entry) => glossaryPath(entry.id, base) };
  // Only <main> is marked, and the site's is a child of <body> (src/layouts/Base.astro), inside nothing marking leaves
  // alone: so only <main> is read, not the head, header and footer around it (a third of a finding page), where the page
  // holds one "<main" and one "</main>" (so they are the element's own tags); any other page is read whole.
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  if (start < 0 || end < start || html.includes('<main', start + 1) || html.includes('</main>', end + 1)) return markFirstUses(html, matcher, options);
  const main = markFirstUses(html.slice(start, end + '</main>'.length), matcher, options);
  return { html: html.slice(0, start) + main.html + html.slice(end + '</main>'.length), marked: main.marked };
}

/** Elements whose text is never marked. */
const EXCLUDED = new Set([
  'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'title', 'textarea', 'template',
  'noscript', 'iframe', 'head', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'button', 'label', 'select', 'option',
  'summary', 'dfn',
]);

export interface MarkOptions {
  /** The link to an entry; glossaryPath by default. */
  href?: (entry: GlossaryEntry) => string;
  /** Elements with any of these classes are left alone, like those with data-glossary-ignore. */
  ignoreClasses?: string[];
}

export interface MarkResult {
  html: string;
  /** What was marked, in page order. */
  marked: { id: string; text: string; abbreviation: boolean }[];
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup for one use of a term; `inner` is the use exactly as the page wrote it. */
function termMarkup(match: Pick<TermMatch, 'entry' | 'form'>, inner: string, href: string): string {
  if (match.form.abbreviation) {
    return `<abbr class="glossary-term" title="${escapeAttribute(match.entry.expansion!)}"><a href="${escapeAttribute(href)}">${inner}</a></abbr>`;
  }
  return `<a class="glossary-term" href="${escapeAttribute(href)}" title="${escapeAttribute(firstSentence(match.entry.definition))}">${inner}</a>`;
}

interface Chunk {
  /** Raw offsets into the HTML, end exclusive. */
  start: number;
  end: number;
  /** Offset of this chunk's decoded text in its run's decoded text. */
  at: number;
  data: string;
}

/**
 * Wraps the first use of each glossary term in the <main> of an HTML page (see
 * the top of this file). Everything else in the page is left byte for byte.
 */
export function markFirstUses(html: string, matcher: GlossaryMatcher, options: MarkOptions = {}): MarkResult {
  const href = options.href ?? ((entry: GlossaryEntry) => glossaryPath(entry.id));
  const ignoreClasses = new Set(options.ignoreClasses ?? []);
  // A link already pointing at an entry (a term marked before) counts as its first use: marking twice changes nothing.
  const entryAt = new Map(matcher.entries.map((entry) => [href(entry), entry.id]));
  const stack: { name: string; excluded: boolean; scope: boolean; main: boolean }[] = [];
  const scopes: Set<string>[] = [];
  let excludedDepth = 0;
  let mainDepth = 0;
  let run: Chunk[] = [];
  const edits: { start: number; end: number; html: string }[] = [];
  const marked: MarkResult['marked'] = [];

  const flush = () => {
    const chunks = run;
    run = [];
    if (chunks.length === 0 || mainDepth === 0 || excludedDepth > 0 || scopes.length === 0) return;
    const text = chunks.map((c) => c.data).join('');
    const current = scopes[scopes.length - 1]!;
    const rawAt = (offset: number): number => {
      for (const c of chunks) {
        if (offset >= c.at && offset < c.at + c.data.length) {
          // A plain chunk maps one to one; an entity only at its start.
          return c.end - c.start === c.data.length ? c.start + (offset - c.at) : offset === c.at ? c.start : -1;
        }
      }
      return offset === text.length ? chunks[chunks.length - 1]!.end : -1;
    };
    for (const match of matcher.find(text)) {
      if (current.has(match.entry.id)) continue;
      const start = rawAt(match.start);
      const end = rawAt(match.end);
      if (start < 0 || end < 0) continue;
      for (const scope of scopes) scope.add(match.entry.id);
      edits.push({ start, end, html: termMarkup(match, html.slice(start, end), href(match.entry)) });
      marked.push({ id: match.entry.id, text: match.text, abbreviation: match.form.abbreviation });
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const classes = (attributes.class ?? '').split(/\s+/);
        const excluded =
          EXCLUDED.has(name) || 'data-glossary-ignore' in attributes || classes.some((c) => ignoreClasses.has(c));
        const main = name === 'main';
        const scope = main || 'data-glossary-scope' in attributes;
        stack.push({ name, excluded, scope, main });
        if (excluded) excludedDepth++;
        if (main) mainDepth++;
        if (scope && (main || mainDepth > 0)) scopes.push(new Set());
        const linked = name === 'a' && attributes.href !== undefined ? entryAt.get(attributes.href) : undefined;
        if (linked) for (const s of scopes) s.add(linked);
      },
      onclosetag(name) {
        flush();
        // htmlparser2 closes every element it opens (implied closes included); pop to the one closed.
        const at = stack.map((s) => s.name).lastIndexOf(name);
        if (at < 0) return;
        for (const el of stack.splice(at).reverse()) {
          if (el.excluded) excludedDepth--;
          if (el.scope && (el.main || mainDepth > 0)) scopes.pop();
          if (el.main) mainDepth--;
        }
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const last = run[run.length - 1];
        if (last && last.end !== start) flush();
        const previous = run[run.length - 1];
        run.push({ start, end, at: previous ? previous.at + previous.data.length : 0, data });
      },
      oncomment: () => flush(),
      onprocessinginstruction: () => flush(),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  if (edits.length === 0) return { html, marked };
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.html;
    at = edit.end;
  }
  return { html: out + html.slice(at), marked };
}

