/**
 * The glossary (content/glossary.yaml), its model (src/model/glossary.ts: the
 * schema, the matcher), the marking of first uses in HTML (src/integrations/glossary-marks.ts) and the glossary's
 * coverage of the five source documents.
 */
import { expansionTail, glossaryByLetter, letterOf, whereSentence } from '../../src/model/glossary-page';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  addressSpans,
  createMatcher,
  firstSentence,
  formsOf,
  sortEntries,
  termAppearances,
  termsUsed,
  type GlossaryEntry,
} from '../../src/model/glossary';
import { markFirstUses } from '../../src/integrations/glossary-marks';
import { parseGlossary, SOURCES_DIR } from '../support/entries';

const GLOSSARY = parseGlossary(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8'));
const matcher = createMatcher(GLOSSARY);
const SOURCES = readdirSync(SOURCES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(join(SOURCES_DIR, file), 'utf8') }));

const ids = (text: string) => matcher.find(text).map((m) => m.entry.id);
const found = (text: string) => matcher.find(text).map((m) => `${m.entry.id}:${m.text}`);

/** A small glossary for the marking tests, independent of the real one. */
const SMALL: GlossaryEntry[] = parseGlossary(`
- id: cart
  term: CART
  type: abbreviation
  expansion: contact and referral team
  expansionInDocuments: true
  definition: A team that receives contacts and referrals. It decides what happens next.
- id: lscb
  term: LSCB
  type: abbreviation
  expansion: Local Safeguarding Children Board
  definition: The board through which agencies agreed how to keep children safe.
- id: core-group
  term: core group
  type: term
  definition: The professionals and family members who carry out a child protection plan. They meet often.
- id: a-and-e
  term: A&E
  type: abbreviation
  expansion: accident and emergency
  definition: The hospital department that treats people needing urgent care.
- id: childrens-centre
  term: children's centre
  type: term
  definition: A local centre offering services for families with young children.
`);
const small = createMatcher(SMALL);
const page = (main: string, before = '', after = '') =>
  `<!doctype html><html lang="en-GB"><head><title>CART</title></head><body>${before}<main id="main">${main}</main>${after}</body></html>`;
const mark = (html: string, options = {}) => markFirstUses(html, small, options);
const CART_ABBR = '<abbr class="glossary-term" title="contact and referral team"><a href="/glossary/#cart">CART</a></abbr>';
/** The page with the glossary's markup taken out again. */
const unmark = (html: string) =>
  html
    .replace(/<abbr class="glossary-term"[^>]*><a href="\/glossary\/#[^"]*">([\s\S]*?)<\/a><\/abbr>/g, '$1')
    .replace(/<a class="glossary-term"[^>]*>([\s\S]*?)<\/a>/g, '$1');

describe('the glossary file', () => {
  test('parses, with entries to match', () => {
    expect(GLOSSARY.length).toBeGreaterThan(100);
  });

  test('has every abbreviation the issue names, and a definition for each entry', () => {
    const terms = new Set(GLOSSARY.map((e) => e.term));
    for (const t of ['LSCB', 'CART', 'MASH', 'CAF', 'LADO', 'PEP', 'CAMHS', 'SGO', 'CiCC', 'LCYPT', 'HMI', 'CDOP', 'MAPPA', 'MARAC', 'PCT', 'YOS', 'YOT', 'DfE', 'Cafcass', 'ICS', 'SEN', 'ASD', 'ADHD', 'NHS', 'GP', 'A&E', 'ECLA', 'SCAYT', 'CLASS', 'LINX', 'section 47', 'section 20', 'section 31', 'Regulation 33']) {
      expect(terms, t).toContain(t);
    }
    for (const e of GLOSSARY) expect(e.definition.trim().length, e.id).toBeGreaterThan(30);
  });

  test('rejects an abbreviation without its expansion, a repeated id and a form given to two entries', () => {
    expect(() => parseGlossary('- {id: x, term: XY, type: abbreviation, definition: "Something long enough to be a definition."}')).toThrow(/needs its expansion/);
    expect(() =>
      parseGlossary(`
- {id: x, term: one, type: term, definition: "Something long enough to be a definition."}
- {id: x, term: two, type: term, definition: "Something long enough to be a definition."}`),
    ).toThrow(/used twice/);
    expect(() =>
      parseGlossary(`
- {id: x, term: core group, type: term, definition: "Something long enough to be a definition."}
- {id: y, term: group, type: term, aliases: [Core Group], definition: "Something long enough to be a definition."}`),
    ).toThrow(/form of both/);
    expect(() => parseGlossary('- {id: x, term: one, type: term, definition: "Long enough to be a definition.", colour: red}')).toThrow();
  });

  test('finds each form of each entry as that entry: no form is hidden by another', () => {
    for (const entry of GLOSSARY) {
      for (const form of formsOf(entry)) {
        expect(found(`Here: ${form.text}.`), `${entry.id} form "${form.text}"`).toEqual([`${entry.id}:${form.text}`]);
      }
    }
  });

  test('gives each entry a short first sentence for its tooltip', () => {
    expect(firstSentence('One thing. Two things.')).toBe('One thing.');
    expect(firstSentence('Ends (see CiCC).')).toBe('Ends (see CiCC).');
    for (const e of GLOSSARY) expect(firstSentence(e.definition).length, e.id).toBeLessThan(200);
  });
});

describe('the matcher', () => {
  test('matches abbreviations with their exact capitals, and phrases in any case', () => {
    expect(ids('The CART team')).toEqual(['cart']);
    expect(ids('a cart and a Cart')).toEqual([]);
    expect(ids('Core groups are held on time; the CORE GROUP met.')).toEqual(['core-group', 'core-group']);
    expect(ids('the Dfe and the DFE')).toEqual([]);
    expect(ids('the DfE')).toEqual(['dfe']);
  });

  test('matches whole words only, with an added "s" for plurals', () => {
    expect(ids('CLASSROOM, SENT, CARTS, the ASDA')).toEqual([]);
    expect(found('three PCTs and GPs and SGOs')).toEqual(['pct:PCTs', 'gp:GPs', 'sgo:SGOs']);
    expect(found('an electronic plan (e-PEPS)')).toEqual(['pep:e-PEPS']);
    expect(found('pre-CAF assessments')).toEqual(['caf:CAF']);
    expect(found('District CYPT\'s')).toEqual(['cypt:CYPT']);
  });

  test('takes the longest match first', () => {
    expect(found('the Local Safeguarding Children Board met')).toEqual(['lscb:Local Safeguarding Children Board']);
    expect(found('subject to a child protection plan')).toEqual(['child-protection-plan:child protection plan']);
    expect(found('The Children in Care Council (CiCC)')).toEqual(['cicc:Children in Care Council', 'cicc:CiCC']);
    expect(found('the multi-agency safeguarding hub (MASH)')).toEqual(['mash:multi-agency safeguarding hub', 'mash:MASH']);
    expect(found('Section 47 child protection enquiries')).toEqual(['section-47:Section 47', 'section-47:child protection enquiries']);
  });

  test('matches across line breaks and curly apostrophes', () => {
    expect(found('a child arrangements\n order')).toEqual(['child-arrangements-order:child arrangements\n order']);
    expect(found('children’s centres')).toEqual(['childrens-centre:children’s centres']);
  });

  test('never matches inside a URL, an email address or a file name', () => {
    const text = 'See https://reports.ofsted.gov.uk/CART/NHS, www.ofsted.gov.uk/LSCB, x.LSCB@lancashire.gov.uk and /data/CART/list.json; the NHS.';
    expect(addressSpans(text).length).toBe(4);
    expect(found(text)).toEqual(['nhs:NHS']);
  });

  test('lists the pieces of text each term appears in', () => {
    const uses = termAppearances(matcher, [
      { document: 'd', id: 'p1', text: 'The LSCB and the LSCB.', finding: true },
      { document: 'd', id: 'p2', text: 'Nothing here.', finding: true },
      { document: 'd', id: 'h1', text: 'Local Safeguarding Children Board', finding: false },
    ]);
    expect(uses.get('lscb')!.map((p) => p.id)).toEqual(['p1', 'h1']);
    expect(uses.get('cart')).toEqual([]);
  });
});

describe('marking first uses in a page', () => {
  test('wraps an abbreviation in <abbr> with its expansion as its title, around a link to the glossary', () => {
    const { html, marked } = mark(page('<p>The CART works.</p>'));
    expect(html).toContain(`<p>The ${CART_ABBR} works.</p>`);
    expect(marked).toEqual([{ id: 'cart', text: 'CART', abbreviation: true }]);
  });

  test('makes a phrase, or an abbreviation spelled out, a link with a title', () => {
    const { html } = mark(page('<p>Core groups met. The contact and referral team too.</p>'));
    expect(html).toContain(
      '<a class="glossary-term" href="/glossary/#core-group" title="The professionals and family members who carry out a child protection plan.">Core groups</a> met.',
    );
    expect(html).toContain('The <a class="glossary-term" href="/glossary/#cart" title="A team that receives contacts and referrals.">contact and referral team</a> too.');
  });

  test('marks the first use of each term only', () => {
    const { html, marked } = mark(page('<p>The CART and the CART.</p><p>Again the CART, and a core group, then core groups.</p>'));
    expect(marked.map((m) => m.text)).toEqual(['CART', 'core group']);
    expect(html.split('glossary-term').length - 1).toBe(2);
    expect(html).toContain(`<p>The ${CART_ABBR} and the CART.</p>`);
    expect(html).toContain('then core groups.</p>');
  });

  test('counts the expansion and the short form as one term', () => {
    const { marked } = mark(page('<p>The contact and referral team (CART), later the CART.</p>'));
    expect(marked.map((m) => m.text)).toEqual(['contact and referral team']);
  });

  test('never marks inside links, abbreviations, code, headings, scripts, styles, SVG, buttons or navigation', () => {
    const untouched = [
      '<h1>The CART</h1>',
      '<h2>The CART</h2>',
      '<h3><a href="#x">CART</a></h3>',
      '<p><a href="/x/">The CART</a></p>',
      '<p><abbr title="x">CART</abbr></p>',
      '<p><code>CART</code></p>',
      '<script>const CART = 1;</script>',
      '<style>.CART { color: red }</style>',
      '<svg viewBox="0 0 1 1"><title>CART</title><text>CART</text></svg>',
      '<nav><p>CART</p></nav>',
      '<button>CART</button>',
      '<p title="CART" data-x="core group">x</p>',
      '<!-- CART -->',
    ];
    for (const markup of untouched) {
      const html = page(markup);
      expect(mark(html).html, markup).toBe(html);
    }
  });

  test('marks the first use it may, after uses in places it may not', () => {
    const { html } = mark(page('<h2>CART</h2><p><a href="/x/">CART</a></p><p>The CART.</p>'));
    expect(html).toContain(`<p>The ${CART_ABBR}.</p>`);
  });

  test('marks only inside <main>, never in the title, header or footer', () => {
    const html = page('<p>x</p>', '<header><p>CART</p></header>', '<footer><p>CART</p></footer>');
    expect(mark(html).html).toBe(html);
  });

  test('leaves alone elements marked data-glossary-ignore or with a class it is told to ignore', () => {
    const html = page('<p data-glossary-ignore>CART</p><p class="cite x">CART</p>');
    expect(mark(html, { ignoreClasses: ['cite'] }).html).toBe(html);
  });

  test("counts first uses afresh in a document's full text (data-glossary-scope), and not again after it", () => {
    const { marked } = mark(
      page('<p>Summary: the CART.</p><section data-glossary-scope><p>The CART, the CART, the LSCB.</p></section><p>Notes: the CART and the LSCB.</p>'),
    );
    expect(marked.map((m) => m.id)).toEqual(['cart', 'cart', 'lscb']);
  });

  test('keeps the page as it was, byte for byte, apart from the markup it adds: entities included', () => {
    const html = page(
      '<p class="x" data-y>The A&amp;E and the children&#39;s centres, the CART&nbsp;team.<br>Core\n group &lt;b&gt;</p><p>Nothing</p>',
    );
    const result = mark(html);
    expect(result.marked.map((m) => m.text)).toEqual(['A&E', "children's centres", 'CART', 'Core\n group']);
    expect(result.html).toContain('<a href="/glossary/#a-and-e">A&amp;E</a></abbr>');
    expect(result.html).toContain('>children&#39;s centres</a>, the');
    expect(result.html).toContain('>Core\n group</a> &lt;b&gt;');
    expect(unmark(result.html)).toBe(html);
  });

  test('changes nothing when run on a page it has already marked', () => {
    const once = mark(page('<p>The CART and core groups.</p><section data-glossary-scope><p>The CART, the CART.</p></section>')).html;
    expect(mark(once).html).toBe(once);
  });

  test('on a real document, marks each term at most once in the summary and once in the full text', () => {
    const body = SOURCES.find((s) => s.file.startsWith('2012'))!.text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    const html = page(`<p>The LSCB summary.</p><section data-glossary-scope>${body}</section>`);
    const { html: out, marked } = markFirstUses(html, matcher);
    const counts = new Map<string, number>();
    for (const m of marked) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    expect(counts.get('lscb')).toBe(2);
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(marked.length).toBeGreaterThan(100);
    expect(unmark(out)).toBe(html);
  });
});

/**
 * Capitalised words in the sources that are not glossary terms, each with why.
 * Everything else with two or more capitals must be covered by a glossary match.
 */
const NOT_TERMS: Record<string, string> = {
  NA: 'the committee report form\'s "not applicable"',
  JT: "initials in the 2015 letter's reference JT/SB/JB",
  SB: "initials in the 2015 letter's reference JT/SB/JB",
  JB: "initials in the 2015 letter's reference JT/SB/JB",
  AllPublished: 'conversion damage: "All" and "Published" run together in the 2012 report\'s header',
  II: 'a Roman numeral ("Part II", itself in the glossary)',
};

describe('the glossary against the five source documents', () => {
  test('every entry occurs in at least one source document (one readers use in place of the documents’ words, as those do)', () => {
    const seen = new Set(SOURCES.flatMap((s) => ids(s.text)));
    expect(GLOSSARY.filter((e) => !seen.has(e.standsFor ?? e.id)).map((e) => e.id)).toEqual([]);
  });

  test('every word of two or more capitals in the sources is in the glossary, or allowed with a reason', () => {
    const missing: string[] = [];
    for (const { file, text } of SOURCES) {
      const covered = matcher.find(text);
      for (const m of text.matchAll(/(?<![\p{L}\p{N}&])[\p{L}&]*\p{Lu}[\p{L}&]*\p{Lu}[\p{L}&]*(?![\p{L}\p{N}])/gu)) {
        const word = m[0];
        if (word in NOT_TERMS) continue;
        const inside = covered.some((c) => c.start <= m.index && c.end >= m.index + word.length);
        if (!inside) missing.push(`${file}: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every form the page lists as written in the documents ("Also written") occurs in one of them, capitals aside', () => {
    const flat = (t: string) => t.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
    const all = flat(SOURCES.map((s) => s.text).join('\n'));
    expect(GLOSSARY.flatMap((e) => e.aliases.filter((a) => !all.includes(flat(a))).map((a) => `${e.id}: ${a}`))).toEqual([]);
  });

  test('an expansion said to be in the documents is in them, as words', () => {
    const inSources = (words: string) => SOURCES.some(({ text }) => new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}s?(?![\\p{L}])`, 'iu').test(text.replace(/[’‘]/g, "'")));
    const claimed = GLOSSARY.filter((e) => e.expansionInDocuments);
    expect(claimed.length).toBeGreaterThan(30);
    expect(claimed.filter((e) => !inSources(e.expansion!)).map((e) => e.id)).toEqual([]);
    // NEET: the documents write "and training"; the expansion is the usual "or training", so it is ours.
    expect(GLOSSARY.find((e) => e.id === 'neet')).toMatchObject({ expansion: 'not in education, employment or training', expansionInDocuments: false });
  });

  test('knows which abbreviations the documents use as letters, and which only as words (termsUsed)', () => {
    const used = termsUsed(matcher, SOURCES);
    for (const id of ['lscb', 'cart', 'camhs', 'yos', 'cypt', 'gcse']) expect(used, id).toContain(id);
    for (const id of ['iro', 'cse', 'lac', 'cla', 'cin', 'cpp', 'dcs', 'neet']) expect(used, id).not.toContain(id);
    // A term whose documents write only a variant: "personal advisors", never "personal adviser".
    expect(used).not.toContain('personal-adviser');
  });

  test('the allow-list holds only words that occur', () => {
    const all = SOURCES.map((s) => s.text).join('\n');
    for (const word of Object.keys(NOT_TERMS)) expect(all, word).toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
  });

  test('definitions are ours: none repeats eight words in a row from a source document', () => {
    const words = (t: string) => t.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    const runs = new Set<string>();
    for (const { text } of SOURCES) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) runs.add(w.slice(i, i + 8).join(' '));
    }
    const copied: string[] = [];
    for (const e of GLOSSARY) {
      const w = words(e.definition);
      for (let i = 0; i + 8 <= w.length; i++) if (runs.has(w.slice(i, i + 8).join(' '))) copied.push(`${e.id}: ${w.slice(i, i + 8).join(' ')}`);
    }
    expect(copied).toEqual([]);
  });
});

describe('the glossary page’s shape (glossaryByLetter)', () => {
  const use = (document: string, finding: boolean) => ({ document: { id: document }, finding });
  const item = (term: string, uses: ReturnType<typeof use>[]) => ({ entry: { term }, uses });

  test('files each entry under its first letter, "#" when it has none, letters in the entries’ order', () => {
    expect(letterOf('LSCB')).toBe('L');
    expect(letterOf('section 47')).toBe('S');
    expect(letterOf('“care leaver”')).toBe('C');
    expect(letterOf('47')).toBe('#');
    const letters = glossaryByLetter([item('Adoption', []), item('assessment', []), item('CAMHS', [])]);
    expect(letters.map((l) => [l.letter, l.items.map((i) => i.entry.term)])).toEqual([['A', ['Adoption', 'assessment']], ['C', ['CAMHS']]]);
  });

  test('groups an entry’s uses by document in the order they come, and counts its findings', () => {
    const entry = glossaryByLetter([item('LADO', [use('d2012', true), use('d2012', false), use('d2015', true), use('d2012', true)])])[0]!.items[0]!;
    expect(entry.findings).toBe(3);
    expect(entry.byDocument.map((g) => [g.document.id, g.uses.length])).toEqual([['d2012', 3], ['d2015', 1]]);
    expect(entry.where).toBe('3 findings, and 1 other place in the text, in 2 documents.');
  });

  test('says "as the documents spell it out" only of letters the documents use and spell out', () => {
    expect(expansionTail(true, true)).toBe(', as the documents spell it out.');
    expect(expansionTail(true, false)).toBe('. The documents do not spell it out.');
    expect(expansionTail(false, true)).toBe('. The documents never use the letters: they write the words.');
    expect(expansionTail(false, false)).toBe('. The documents use neither the letters nor these words.');
  });

  test('says how many findings, other places and documents, each in the singular where it is one', () => {
    expect(whereSentence(1, 1, 1)).toBe('1 finding, in 1 document.');
    expect(whereSentence(5, 0, 2)).toBe('0 findings, and 5 other places in the text, in 2 documents.');
  });
});

describe('sortEntries', () => {
  test('reads punctuation as a break between words, so A&E comes before advocacy', () => {
    const entry = (term: string) => ({ id: term, term }) as unknown as GlossaryEntry;
    expect(sortEntries([entry('advocacy'), entry('A&E'), entry('Ofsted')]).map((e) => e.term)).toEqual(['A&E', 'advocacy', 'Ofsted']);
  });
});
