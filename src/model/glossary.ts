/**
 * The glossary (content/glossary.yaml): its schema, and a matcher that finds
 * its terms in a text. Marking the terms on the built pages is the glossary
 * integration's (src/integrations/glossary-marks.ts).
 *
 * Matching: whole words only (never inside a word, a URL, an email address or a
 * file name); a form without spaces that has a capital letter (LSCB, CiCC, DfE,
 * Cafcass, Pledge) only with its exact capitals, any other form in any case; any
 * run of white space in a form matches any run in the text, and a straight
 * apostrophe matches a curly one; every form also matches with an "s" added
 * (PCTs, core groups). Where forms overlap, the leftmost wins, then the longest:
 * "Local Safeguarding Children Board" is one match (LSCB), not "safeguarding".
 */
import { sitePath } from './paths';
import { z } from 'astro/zod';

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower case letters, digits and single hyphens'),
    term: z.string().min(1),
    type: z.enum(['abbreviation', 'term']),
    expansion: z.string().min(1).optional(),
    /**
     * True when the documents write the expansion in these words (spelling the abbreviation out, or
     * using the words where they never use the letters); false when the words are ours.
     */
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

/** Where an entry is defined on the glossary page (under a base path other than the build's, if given). */
export const glossaryPath = (id: string, base?: string) => sitePath(`/glossary/#${id}`, base);

/** An entry's first sentence: the tooltip of a link to it. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z"“(])/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/**
 * Entries sorted as a reader looks them up: by term, ignoring case, punctuation read as a break
 * between words, so "A&E" comes first among the As, as "A E" would, not after "advocacy".
 */
export function sortEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
  const key = (e: GlossaryEntry) => e.term.toLowerCase().replace(/[^a-z0-9 ]/g, ' ');
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
  /** Every use of a term in the text, left to right, none overlapping (the same array for the same text: never changed). */
  find(text: string): readonly TermMatch[];
}

/** The most texts a matcher keeps the uses of: some megabytes. */
const FOUND_KEPT = 20_000;

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

  const findUses = (text: string): TermMatch[] => {
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
    if (!candidates.length) return [];
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
  };

  // The same texts are looked up many times over (a finding's words are on its page, its document's, its themes' and its
  // search record's; four of five lookups in a build are of a text looked up before): each text's uses are kept, up to
  // FOUND_KEPT texts at once.
  const usesOf = new Map<string, readonly TermMatch[]>();
  return {
    entries,
    find(text: string): readonly TermMatch[] {
      let uses = usesOf.get(text);
      if (!uses) {
        if (usesOf.size >= FOUND_KEPT) usesOf.clear();
        usesOf.set(text, (uses = findUses(text)));
      }
      return uses;
    },
  };
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

/** The ids of the entries whose own term (its heading form, not an alias or the expansion) some piece uses: for an abbreviation, whether the documents use its letters. */
export function termsUsed(matcher: GlossaryMatcher, pieces: readonly { text: string }[]): Set<string> {
  const used = new Set<string>();
  for (const piece of pieces) for (const m of matcher.find(piece.text)) if (m.form.text === m.entry.term) used.add(m.entry.id);
  return used;
}

/** For each entry id, the pieces of text that use the term, in the order given. */
export function termAppearances(matcher: GlossaryMatcher, pieces: TextPiece[]): Map<string, TextPiece[]> {
  const uses = new Map<string, TextPiece[]>(matcher.entries.map((e) => [e.id, []]));
  for (const piece of pieces) {
    for (const id of new Set(matcher.find(piece.text).map((m) => m.entry.id))) uses.get(id)!.push(piece);
  }
  return uses;
}
