/**
 * The glossary (content/glossary.yaml): its schema, a matcher that finds its
 * terms in a text, and the markup of each term's first use on a built page.
 *
 * Matching: whole words only (never inside a word, a URL, an email address or a
 * file name); a form without spaces that has a capital letter (LSCB, CiCC, DfE,
 * Cafcass, Pledge) only with its exact capitals, any other form in any case; any
 * run of white space in a form matches any run in the text, and a straight
 * apostrophe matches a curly one; every form also matches with an "s" added
 * (PCTs, core groups). Where forms overlap, the leftmost wins, then the longest:
 * "Local Safeguarding Children Board" is one match (LSCB), not "safeguarding".
 *
 * Marking (markFirstUses): inside the page's <main> only, the first use of each
 * term is wrapped, in the text between tags, never in an attribute and never
 * inside an existing link, abbreviation, code, script, style, SVG, title,
 * heading, navigation, button, form control or <summary>. An abbreviation's
 * short form becomes
 *   <abbr class="glossary-term" title="EXPANSION" data-pagefind-index-attrs="title"><a href="/glossary/#id">LSCB</a></abbr>
 * so that Pagefind indexes the expansion with the text; any other form becomes
 *   <a class="glossary-term" href="/glossary/#id" title="FIRST SENTENCE OF THE DEFINITION">core group</a>.
 * An element with `data-pagefind-body` (a document's full text) or
 * `data-glossary-scope` counts its own first uses, so a term explained in the
 * page's summary is explained again where the document's own text first uses
 * it (that is the text readers land in from search and paragraph links).
 * An element with `data-glossary-ignore` (or a class the caller lists) is left
 * alone. A link that already points at an entry counts as that term's use, so
 * marking a page twice changes nothing.
 */
import { sitePath } from './paths';
import { z } from 'astro/zod';
import { Parser } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower case letters, digits and single hyphens'),
    term: z.string().min(1),
    type: z.enum(['abbreviation', 'term']),
    expansion: z.string().min(1).optional(),
    expansionInDocuments: z.boolean().default(false),
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * For an abbreviation readers use that the documents do not (IRO): the entry whose
     * words the documents use instead. Search finds the one by the other; the expansion
     * is that entry's form, not this one's.
     */
    standsFor: z.string().optional(),
    definition: z.string().min(20),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.type === 'abbreviation' && !entry.expansion) {
      ctx.addIssue({ code: 'custom', path: ['expansion'], message: `${entry.id}: an abbreviation needs its expansion` });
    }
    if (entry.type === 'term' && entry.expansion) {
      ctx.addIssue({ code: 'custom', path: ['expansion'], message: `${entry.id}: only an abbreviation has an expansion` });
    }
    if (entry.standsFor && entry.type !== 'abbreviation') {
      ctx.addIssue({ code: 'custom', path: ['standsFor'], message: `${entry.id}: only an abbreviation stands for another entry` });
    }
    if (entry.expansionInDocuments && !entry.expansion) {
      ctx.addIssue({ code: 'custom', path: ['expansionInDocuments'], message: `${entry.id}: no expansion to be in the documents` });
    }
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  entries.forEach((entry, i) => {
    if (entry.standsFor && !entries.some((e) => e.id === entry.standsFor)) {
      ctx.addIssue({ code: 'custom', path: [i, 'standsFor'], message: `${entry.id}: no entry "${entry.standsFor}" to stand for` });
    }
    if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${entry.id}" is used twice` });
    ids.add(entry.id);
    for (const form of formsOf(entry)) {
      const key = formKey(form.text, form.caseSensitive);
      const other = forms.get(key);
      if (other && other !== entry.id) {
        ctx.addIssue({ code: 'custom', path: [i], message: `"${form.text}" is a form of both "${other}" and "${entry.id}"` });
      }
      forms.set(key, entry.id);
    }
  });
});

/** The glossary from the text of content/glossary.yaml; throws with every problem found. */
export function parseGlossary(yamlText: string): GlossaryEntry[] {
  const result = glossarySchema.safeParse(parseYaml(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`content/glossary.yaml needs fixing:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}

/** Where an entry is defined on the glossary page (under a base path other than the build's, if given). */
export const glossaryPath = (id: string, base?: string) => sitePath(`/glossary/#${id}`, base);

/** An entry's first sentence: the tooltip of a link to it. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z"“(])/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** Entries sorted as a reader looks them up: by term, ignoring case and punctuation. */
export function sortEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
  const key = (e: GlossaryEntry) => e.term.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  return [...entries].sort((a, b) => key(a).localeCompare(key(b), 'en-GB') || a.id.localeCompare(b.id));
}

/** One written form of an entry, as matched in a text. */
export interface Form {
  text: string;
  caseSensitive: boolean;
  /** Shown as an abbreviation (<abbr>): a short form of an abbreviation entry. */
  abbreviation: boolean;
}

/** A form without spaces that has a capital letter keeps its capitals. */
const isCaseSensitive = (form: string) => !/\s/.test(form) && /\p{Lu}/u.test(form);

export function formsOf(entry: GlossaryEntry): Form[] {
  const texts = [entry.term, ...entry.aliases, ...(entry.expansion && !entry.standsFor ? [entry.expansion] : [])];
  const seen = new Set<string>();
  const forms: Form[] = [];
  for (const text of texts) {
    const caseSensitive = isCaseSensitive(text);
    const key = formKey(text, caseSensitive);
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push({ text, caseSensitive, abbreviation: entry.type === 'abbreviation' && caseSensitive && text !== entry.expansion });
  }
  return forms;
}

const normaliseApostrophes = (s: string) => s.replace(/[’‘]/g, "'");
function formKey(text: string, caseSensitive: boolean): string {
  const flat = normaliseApostrophes(text).replace(/\s+/g, ' ').trim();
  return caseSensitive ? flat : flat.toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formPattern = (text: string) =>
  normaliseApostrophes(text)
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join('\\s+');

/** A letter, digit or underscore: a match may not start or end next to one. */
const WORD = '[\\p{L}\\p{N}_]';

/** Spans of a text that are addresses, not words: URLs, email addresses, file and domain names. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|gov|txt|pdf|json|csv|html?)\b[^\s<>"]*|(?:\/[\w.%-]+){2,}\/?/gi;

export function addressSpans(text: string): [number, number][] {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
}

/** One use of a glossary term in a text. */
export interface TermMatch {
  entry: GlossaryEntry;
  form: Form;
  /** Offsets into the text: text.slice(start, end) is the use as written. */
  start: number;
  end: number;
  text: string;
}

export interface GlossaryMatcher {
  entries: GlossaryEntry[];
  /** Every use of a term in the text, left to right, none overlapping. */
  find(text: string): TermMatch[];
}

export function createMatcher(entries: GlossaryEntry[]): GlossaryMatcher {
  const lookup = new Map<string, { entry: GlossaryEntry; form: Form }>();
  const sensitive: Form[] = [];
  const insensitive: Form[] = [];
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      lookup.set(formKey(form.text, form.caseSensitive), { entry, form });
      (form.caseSensitive ? sensitive : insensitive).push(form);
    }
  }
  // Longest first, so that at any one position the longest form is the one found.
  const compile = (forms: Form[], flags: string) => {
    if (forms.length === 0) return undefined;
    const alternatives = [...forms].sort((a, b) => b.text.length - a.text.length).map((f) => formPattern(f.text));
    return new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})s?(?!${WORD})`, flags);
  };
  const patterns = [
    { re: compile(sensitive, 'gu'), caseSensitive: true },
    { re: compile(insensitive, 'giu'), caseSensitive: false },
  ];

  const resolve = (matched: string, caseSensitive: boolean) => {
    const key = formKey(matched, caseSensitive);
    return lookup.get(key) ?? (key.endsWith('s') ? lookup.get(key.slice(0, -1)) : undefined);
  };

  return {
    entries,
    find(text: string): TermMatch[] {
      const candidates: TermMatch[] = [];
      for (const { re, caseSensitive } of patterns) {
        if (!re) continue;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const found = resolve(m[0], caseSensitive);
          if (found && found.form.caseSensitive === caseSensitive) {
            candidates.push({ ...found, start: m.index, end: m.index + m[0].length, text: m[0] });
          }
          // Overlapping candidates too: a shorter form may start inside a longer one that loses to an earlier match.
          re.lastIndex = m.index + 1;
        }
      }
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const addresses = addressSpans(text);
      const chosen: TermMatch[] = [];
      let reached = 0;
      for (const c of candidates) {
        if (c.start < reached) continue;
        if (addresses.some(([s, e]) => c.start < e && c.end > s)) continue;
        chosen.push(c);
        reached = c.end;
      }
      return chosen;
    },
  };
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
export function termMarkup(match: Pick<TermMatch, 'entry' | 'form'>, inner: string, href: string): string {
  if (match.form.abbreviation) {
    return `<abbr class="glossary-term" title="${escapeAttribute(match.entry.expansion!)}" data-pagefind-index-attrs="title"><a href="${escapeAttribute(href)}">${inner}</a></abbr>`;
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
        const scope = main || 'data-pagefind-body' in attributes || 'data-glossary-scope' in attributes;
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

/** A piece of a document's text: a finding, or another block (a heading, a letterhead). */
export interface TextPiece {
  document: string;
  /** The block's id in its document. */
  id: string;
  text: string;
  /** True when the piece is a finding, with its own page. */
  finding: boolean;
}

/** For each entry id, the pieces of text that use the term, in the order given. */
export function termAppearances(matcher: GlossaryMatcher, pieces: TextPiece[]): Map<string, TextPiece[]> {
  const uses = new Map<string, TextPiece[]>(matcher.entries.map((e) => [e.id, []]));
  for (const piece of pieces) {
    for (const id of new Set(matcher.find(piece.text).map((m) => m.entry.id))) uses.get(id)!.push(piece);
  }
  return uses;
}
