/**
 * The glossary on the built site: the /glossary/ page and /data/glossary.json,
 * and the first use of each term marked on the other pages (the glossary
 * integration rewrites dist/ after `astro build`, before Pagefind indexes it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { markFirstUses } from '../../src/integrations/glossary-marks';
import { createMatcher, glossaryPath, sortEntries } from '../../src/model/glossary';
import { expansionTail } from '../../src/model/glossary-page';
import { documentPath } from '../../src/model/paths';
import { attr, brokenTarget, startTags, textOf } from '../support/html';
import { builtPages, builtRecords, DIST, readPage, SEARCH_PATH } from '../support/site';
import { ENTRY_IDS, parseGlossary, SOURCES_DIR } from '../support/entries';

const GLOSSARY = sortEntries(parseGlossary(readFileSync('content/glossary.yaml', 'utf8')));
const matcher = createMatcher(GLOSSARY);
const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
const GLOSSARY_PAGE = '/glossary/';
const pages = builtPages();
const glossaryPage = pages.find((p) => p.path === GLOSSARY_PAGE);
const glossaryHtml = glossaryPage ? readPage(glossaryPage) : '';

interface Mark {
  id: string;
  /** The start tag's offset in the page. */
  at: number;
  /** 'outer' in <main> outside the document's full text; 'text' inside it. */
  scope: 'outer' | 'text';
  abbreviation: boolean;
  title: string | undefined;
}

/** The glossary marks on a page, and where its <main> and its full text (data-glossary-scope) are. */
function marksOf(html: string) {
  const marks: Mark[] = [];
  const ranges: Record<'main' | 'text', [number, number]> = { main: [-1, -1], text: [-1, -1] };
  const stack: { name: string; role?: 'main' | 'text'; abbrTitle?: string }[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const role = name === 'main' ? 'main' : 'data-glossary-scope' in attributes ? 'text' : undefined;
      if (role) ranges[role][0] = parser.startIndex;
      const isAbbr = name === 'abbr' && (attributes.class ?? '').split(' ').includes('glossary-term');
      stack.push({ name, role, abbrTitle: isAbbr ? attributes.title : undefined });
      if (name !== 'a') return;
      const parent = stack[stack.length - 2];
      const inAbbr = parent?.abbrTitle !== undefined;
      const classed = (attributes.class ?? '').split(' ').includes('glossary-term');
      if (!inAbbr && !classed) return;
      const id = /^\/glossary\/#(.+)$/.exec(attributes.href ?? '')?.[1] ?? `(bad href ${attributes.href})`;
      const inText = stack.some((s) => s.role === 'text');
      marks.push({ id, at: parser.startIndex, scope: inText ? 'text' : 'outer', abbreviation: inAbbr, title: inAbbr ? parent!.abbrTitle : attributes.title });
    },
    onclosetag() {
      const el = stack.pop();
      if (el?.role) ranges[el.role][1] = parser.endIndex + 1;
    },
  });
  parser.write(html);
  parser.end();
  return { marks, ranges };
}

describe(`the glossary page ${GLOSSARY_PAGE}`, () => {
  it('is built, with the h1 "Glossary"', () => {
    expect(glossaryPage).toBeDefined();
    expect(/<h1\b[^>]*>([^<]*)<\/h1>/.exec(glossaryHtml)?.[1]).toBe('Glossary');
  });

  it('lists every term, in alphabetical order, each under a heading with its id', () => {
    const headings = [...glossaryHtml.matchAll(/<h3 id="([^"]+)"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => [m[1], textOf(m[2]!)]);
    expect(headings).toEqual(GLOSSARY.map((e) => [e.id, e.term]));
  });

  it('gives each abbreviation its expansion and each term its definition', () => {
    const text = textOf(glossaryHtml);
    for (const e of GLOSSARY) {
      if (e.expansion) expect(text, e.id).toContain(`Stands for ${e.expansion}`);
      expect(text, e.id).toContain(e.definition.replace(/\s+/g, ' ').trim().slice(0, 60));
    }
  });

  it('says an abbreviation is spelled out by the documents only where they use its letters, and says so where they never do', () => {
    const text = textOf(glossaryHtml);
    const sources = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SOURCES_DIR, f), 'utf8'));
    const lettersUsed = (letters: string) => sources.some((t) => new RegExp(`(?<![\\p{L}])${letters}s?(?![\\p{L}])`, 'u').test(t));
    const abbreviations = GLOSSARY.filter((e) => e.type === 'abbreviation');
    for (const e of abbreviations) expect(text, e.id).toContain(`Stands for ${e.expansion}${expansionTail(lettersUsed(e.term), e.expansionInDocuments)}`);
    const never = abbreviations.filter((e) => !lettersUsed(e.term)).map((e) => e.id);
    expect(never.sort()).toEqual(['cin', 'cla', 'cpp', 'cse', 'dcs', 'iro', 'lac', 'neet']);
  });

  it('lists a form the documents use as "Also written" only where they use the heading’s form too', () => {
    const text = textOf(glossaryHtml);
    expect(text).toContain('Also written: “LCSB”');
    // The documents write "personal advisors", never "personal adviser".
    expect(text).toContain('Written in the documents as: “personal advisor”.');
    expect(text).not.toContain('Also written: “personal advisor”');
  });

  it('links every place each term appears, and every link works', () => {
    const links = startTags(glossaryHtml)
      .filter((t) => t.name === 'a')
      .map((t) => attr(t.attrs, 'href')!)
      .filter((href) => href.startsWith('/findings/') || href.startsWith('/inspections/'));
    expect(links.length).toBeGreaterThan(500);
    expect(links.filter((href) => brokenTarget(href))).toEqual([]);
  });

  it('is not itself marked, and neither is the search page', () => {
    expect(glossaryHtml).not.toContain('glossary-term');
    const search = pages.find((p) => p.path === SEARCH_PATH);
    if (search) expect(readPage(search)).not.toContain('class="glossary-term"');
  });
});

describe('/data/glossary.json', () => {
  const file = join(DIST, 'data', 'glossary.json');
  const data = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { id: string; term: string; url: string; appearsIn: { document: string; block: string; finding: boolean; url: string }[] }[])
    : [];

  it('holds every entry, in the order of the page, with its link', () => {
    expect(data.map((d) => d.id)).toEqual(GLOSSARY.map((e) => e.id));
    for (const d of data) expect(d.url).toBe(glossaryPath(d.id));
  });

  it('lists where each term appears, with links that work, findings at their own pages', () => {
    const uses = data.flatMap((d) => d.appearsIn);
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.filter((u) => brokenTarget(u.url)).map((u) => u.url)).toEqual([]);
    for (const u of uses.filter((x) => x.finding)) expect(u.url).toBe(`/findings/${u.document}/${u.block}/`);
    const lscb = data.find((d) => d.id === 'lscb')!;
    expect(lscb.appearsIn.map((u) => u.url)).toContain('/findings/2012-safeguarding-and-looked-after-children/p20/');
    expect(new Set(lscb.appearsIn.map((u) => u.document)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('terms marked on the built pages', () => {
  const marked = pages.filter((p) => p.path !== GLOSSARY_PAGE && p.path !== SEARCH_PATH);

  it('marks terms on the document pages and the finding pages', () => {
    const withMarks = marked.filter((p) => readPage(p).includes('class="glossary-term"')).map((p) => p.path);
    for (const id of ENTRY_IDS) expect(withMarks).toContain(documentPath(id));
    expect(withMarks.filter((p) => p.startsWith('/findings/')).length).toBeGreaterThan(100);
  });

  it('marks only inside <main>, links each mark to its entry, and marks each term at most once in each part of a page', () => {
    expect(marked.length).toBeGreaterThan(100);
    const problems = marked.flatMap((page) => {
      const { marks, ranges } = marksOf(readPage(page));
      const found: string[] = [];
      const seen = new Set<string>();
      for (const m of marks) {
        const entry = byId.get(m.id);
        if (!entry) found.push(`a mark links to an unknown entry: ${m.id}`);
        if (m.at < ranges.main[0] || m.at > ranges.main[1]) found.push(`${m.id} is marked outside <main>`);
        if (m.abbreviation && m.title !== entry?.expansion) found.push(`${m.id}: <abbr title="${m.title}">`);
        if (seen.has(`${m.scope} ${m.id}`)) found.push(`${m.id} is marked twice in the ${m.scope === 'text' ? 'full text' : 'page'}`);
        seen.add(`${m.scope} ${m.id}`);
      }
      return found.map((problem) => `${page.path}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('marks the first use of every term on every page: marking a built page again changes nothing', () => {
    const changed = marked
      .map((p) => ({ path: p.path, html: readPage(p) }))
      .filter(({ html }) => markFirstUses(html, matcher, { ignoreClasses: ['cite'] }).html !== html)
      .map((p) => p.path);
    expect(changed).toEqual([]);
  });

  it('on the 2012 report, marks the first use of each abbreviation in the full text and none of the later ones', () => {
    const html = readPage(pages.find((p) => p.path === documentPath('2012-safeguarding-and-looked-after-children'))!);
    const { marks, ranges } = marksOf(html);
    const text = html.slice(ranges.text[0], ranges.text[1]);
    for (const id of ['lscb', 'camhs', 'caf', 'lado', 'lcypt', 'cicc', 'pct', 'yot', 'sgo', 'pep']) {
      const entry = byId.get(id)!;
      const inText = marks.filter((m) => m.scope === 'text' && m.id === id);
      expect(inText, id).toHaveLength(1);
      const at = inText[0]!.at - ranges.text[0];
      const short = new RegExp(`(?<![\\p{L}])${entry.term}s?(?![\\p{L}])`, 'gu');
      // Before the mark, no use of the short form; after it, later uses, none of them marked.
      expect(text.slice(0, at).replace(/<[^>]*>/g, ' ').match(short), `${id} used before its mark`).toBeNull();
      const after = text.slice(at).replace(/<abbr class="glossary-term"[\s\S]*?<\/abbr>|<a class="glossary-term"[\s\S]*?<\/a>/, '');
      expect((after.replace(/<[^>]*>/g, ' ').match(short) ?? []).length, `${id} is used again later`).toBeGreaterThan(0);
      expect(after, id).not.toContain(`href="${glossaryPath(id)}"`);
    }
  });

  it('gives search each abbreviation’s expansion, so a search for the words finds the letters: "National Health Service" in the 2009 letter', () => {
    // The index's records, whose words the build gives Pagefind (src/integrations/search-index.ts).
    const fragments = builtRecords();
    const point = fragments.find((f) => f.url === `${documentPath('2009-unannounced-inspection-contact-referral-assessment')}#p5-4`)!;
    expect(point.content.split(' ')).toEqual(expect.arrayContaining(['nhs', 'national', 'health', 'service']));
    const cart = fragments.find((f) => f.url === `${documentPath('2012-safeguarding-and-looked-after-children')}#p18`)!;
    expect(cart.content.split(' ')).toEqual(expect.arrayContaining(['cart', 'contact', 'referral', 'team']));
  });
});
