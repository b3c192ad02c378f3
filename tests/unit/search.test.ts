/**
 * Search without a browser: the titles and judgement areas the index carries for
 * each block (src/model/search.ts), and the search page's ranking, spelling and
 * link logic (src/scripts/search-rank.ts) on small hand-made Pagefind results,
 * and how it loads Pagefind's pages a step at a time.
 */
import { describe, expect, test } from 'vitest';
import { identifiedBlocks, parseBody } from '../../src/model/body';
import { filterSlug, headingNamesArea, publisherOf, searchBlocks } from '../../src/model/search';
import {
  applyCorrections,
  blockWords,
  closestWord,
  countText,
  editDistance,
  excerptOf,
  extendRanking,
  fitsWell,
  hitUrl,
  mergeFragments,
  mergeRankings,
  nextRound,
  parseQuery,
  rankHits,
  STEP,
  unmatchedTerms,
  type PagefindFragment,
} from '../../src/scripts/search-rank';
import { ENTRY_IDS, readEntry } from '../support/entries';

type Judgement = { area: string; source: string; alsoStatedIn?: string[] };

function blocksOf(id: string) {
  const entry = readEntry(id);
  const blocks = parseBody(entry.body);
  const fm = entry.frontmatter as { documentType: string; judgements: Judgement[] };
  return { blocks, search: searchBlocks(blocks, fm.documentType === 'ofsted-report', fm.judgements) };
}

describe('search titles and areas of the blocks', () => {
  test('every block with an id has a title, except the contents list, which is kept out of the index', () => {
    for (const id of ENTRY_IDS) {
      const { blocks, search } = blocksOf(id);
      for (const { id: blockId, block } of identifiedBlocks(blocks)) {
        if (block.type === 'contents') expect(search.has(blockId), `${id}#${blockId}`).toBe(false);
        else expect(search.get(blockId)?.title, `${id}#${blockId}`).toMatch(/\S/);
      }
    }
  });

  const report = blocksOf('2012-safeguarding-and-looked-after-children').search;
  const update = blocksOf('2018-post-inspection-update').search;

  test('name a paragraph by its number and the headings it sits under', () => {
    expect(report.get('p98')).toMatchObject({
      label: 'Paragraph 98',
      section: 'Services for looked after children › How good are outcomes for looked after children and care leavers? › Being healthy',
      title:
        'Paragraph 98 · Services for looked after children › How good are outcomes for looked after children and care leavers? › Being healthy',
    });
    expect(report.get('p28-1')?.title).toBe('Point 1 under paragraph 28 · Areas for improvement › Immediately');
  });

  test('name a table row by its header and its row groups, without the heading’s colon', () => {
    expect(report.get('main-findings-looked-after-being-healthy')?.title).toBe(
      'Row “Being healthy” · Record of main findings › Services for looked after children › How good are outcomes for looked after children and care leavers?',
    );
    expect(update.get('judgements')?.title).toBe('Table “Children\'s services in Lancashire require improvement to be good”');
  });

  test('put the blocks of a section on a graded area in that area, and a block that states a grade in its area', () => {
    expect(report.get('p98')?.areas).toEqual(['Being healthy']);
    expect(report.get('being-healthy-grade')?.areas).toEqual(['Being healthy']);
    expect(report.get('main-findings-looked-after-being-healthy')?.areas).toEqual(['Being healthy']);
    // Paragraph 21 is in "Overall effectiveness" and states the grade for equality and diversity.
    expect(report.get('p21')?.areas).toEqual(['Overall effectiveness', 'Equality and diversity']);
    expect(report.get('p4')?.areas).toEqual([]);
    // 2018: care leavers (2.2) and adoption (2.1) are parts of children looked after (2), and their sections nest.
    expect(update.get('p12')?.areas).toEqual(['Children looked after and achieving permanence', 'Experiences and progress of care leavers']);
    expect(update.get('p10')?.areas).toEqual(['Children looked after and achieving permanence', 'Adoption performance']);
  });

  test('give no areas in a document that states no judgements', () => {
    const letter = blocksOf('2009-unannounced-inspection-contact-referral-assessment').search;
    expect([...letter.values()].flatMap((b) => b.areas)).toEqual([]);
  });

  test('match a heading to an area by its words, plurals and punctuation aside', () => {
    expect(headingNamesArea('The experience and progress of care leavers', 'Experiences and progress of care leavers')).toBe(true);
    expect(headingNamesArea('Economic well being', 'Economic well-being')).toBe(true);
    expect(headingNamesArea('Services for looked after children', 'Overall effectiveness')).toBe(false);
    expect(headingNamesArea('Leadership and management', 'Leadership, management and governance')).toBe(false);
  });

  test('make filter values for URLs and name the publisher', () => {
    expect(filterSlug("Lancashire's Safeguarding Children's Board (LSCB)")).toBe('lancashires-safeguarding-childrens-board-lscb');
    expect(publisherOf('ofsted-letter')).toBe('ofsted');
    expect(publisherOf('council-report')).toBe('council');
  });
});

describe('reading a query', () => {
  test('keeps quoted phrases and lower-cases every word once', () => {
    expect(parseQuery(' "Care leavers"  council tax care ')).toEqual({
      text: '"Care leavers" council tax care',
      terms: ['care', 'leavers', 'council', 'tax'],
      phrases: [['care', 'leavers']],
    });
    expect(parseQuery('“honour based violence”').phrases).toEqual([['honour', 'based', 'violence']]);
  });

  test('splits hyphenated words, as the index does', () => {
    expect(parseQuery('re-referrals').terms).toEqual(['re', 'referrals']);
  });

  test('decides whether a word Pagefind matched is really the term', () => {
    expect(fitsWell('supervision', 'supervison')).toBe(true);
    expect(fitsWell('child', 'children')).toBe(true);
    expect(fitsWell('in', 'infirmery')).toBe(false);
    expect(fitsWell('report', 're')).toBe(false);
    expect(fitsWell('re-referrals', 're')).toBe(true);
    expect(fitsWell('report', 're', true)).toBe(true);
  });
});

describe('correcting a misspelt word', () => {
  test('counts a typo’s usual shapes as one edit', () => {
    expect(editDistance('reveiw', 'review')).toBe(1);
    expect(editDistance('addacton', 'addaction')).toBe(1);
    expect(editDistance('infirmery', 'infirmary')).toBe(1);
    expect(editDistance('care', 'core')).toBe(1);
  });

  test('picks the nearest word, and leaves short words and numbers alone', () => {
    const words = new Map([
      ['infirmary', 7],
      ['in', 900],
      ['need', 40],
      ['review', 12],
    ]);
    expect(closestWord('infirmery', words)).toBe('infirmary');
    expect(closestWord('reveiw', words)).toBe('review');
    expect(closestWord('neet', words)).toBeUndefined();
    expect(closestWord('2O18', words)).toBeUndefined();
    expect(closestWord('safegaurding', words)).toBeUndefined();
  });

  test('puts the correction in the words as typed, capitalised as they were', () => {
    const corrections = new Map([
      ['infirmery', 'infirmary'],
      ['reveiw', 'review'],
    ]);
    expect(applyCorrections('Royal Lancaster Infirmery, peer  reveiw', corrections)).toBe('Royal Lancaster Infirmary, peer  review');
    expect(applyCorrections('"reveiw" re-reveiw', corrections)).toBe('"review" re-reveiw');
  });
});

/**
 * A page as Pagefind returns it, from blocks of text: each block is a titled anchor,
 * whose text (as on the page) starts with its ¶ link's label, as a paragraph's does;
 * a table row's anchor has no text.
 */
function page(url: string, blocks: { id: string; text: string; element?: string }[], query: string): PagefindFragment {
  const words: string[] = [];
  const anchors = blocks.map((b) => {
    const location = words.length;
    words.push(...b.text.split(' '));
    const element = b.element ?? 'p';
    return { element, id: b.id, title: `Paragraph ${b.id}`, text: element === 'p' ? `¶ Link to this paragraph ${b.text}` : '', location };
  });
  const terms = parseQuery(query).terms;
  const matches = (w: string) => terms.some((t) => w.toLowerCase().replace(/[^a-z]/g, '').startsWith(t));
  const sub_results = anchors.flatMap((a, i) => {
    const end = anchors[i + 1]?.location ?? words.length;
    const weighted_locations = words
      .slice(a.location, end)
      .flatMap((w, j) => (matches(w) ? [{ weight: 1, balanced_score: 512, location: a.location + j }] : []));
    return weighted_locations.length
      ? [{ title: a.title, url: `${url}#${a.id}`, anchor: a, locations: weighted_locations.map((l) => l.location), weighted_locations, excerpt: '' }]
      : [];
  });
  return { url, content: words.join(' '), word_count: words.length, meta: {}, filters: {}, anchors, sub_results };
}

describe('ranking blocks across pages', () => {
  const text = {
    a: 'The council tax for care leavers has been waived and care leavers say so.',
    b: 'Leavers of the care system and the council agreed a tax on something else entirely, over a long time and in a long paragraph.',
    c: 'Care is good.',
  };

  test('puts blocks with every word first, then words side by side, then the better BM25 score', () => {
    const q = parseQuery('care leavers council tax');
    const hits = rankHits([page('/x/', [{ id: 'c', text: text.c }, { id: 'b', text: text.b }, { id: 'a', text: text.a }], q.text)], q);
    expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(hits.map((h) => h.coverage)).toEqual([4, 4, 1]);
  });

  test('keeps only the blocks that hold a quoted phrase, words in order', () => {
    const q = parseQuery('"care leavers"');
    const hits = rankHits([page('/x/', [{ id: 'b', text: text.b }, { id: 'a', text: text.a }], q.text)], q);
    expect(hits.map((h) => h.id)).toEqual(['a']);
  });

  test('names the terms no block really contains', () => {
    const q = parseQuery('care infirmery');
    // Pagefind finds no word starting "infirmeri", so it falls back to the longest word that starts the term: "in".
    const fragment = page('/x/', [{ id: 'a', text: 'Care in the ward.' }], 'care in');
    const hits = rankHits([fragment], q);
    expect(unmatchedTerms(hits, q)).toEqual(['infirmery']);
  });
});

describe('the link to a result', () => {
  const q = parseQuery('Royal Lancaster Infirmary');
  const fragment = page(
    '/inspections/x/',
    [
      { id: 'p1', text: 'Governance arrangements at Royal Lancaster Infirmary are not effective.' },
      { id: 'p2', text: 'There is insufficient named nurse capacity in Royal Lancaster Infirmary. Although there has been improved access.' },
      { id: 'row', element: 'tr', text: 'Royal Lancaster Infirmary Adequate' },
    ],
    q.text,
  );
  const hits = rankHits([fragment], q);
  const url = (id: string) => hitUrl(hits.find((h) => h.id === id)!, q);

  test('goes to the block’s id and highlights the words with the words around them, so only that block matches', () => {
    expect(url('p1')).toBe('/inspections/x/#p1:~:text=Governance%20arrangements%20at-,Royal%20Lancaster%20Infirmary,-are%20not%20effective.');
    // Punctuation after the match starts the suffix; the words must still be found together.
    expect(url('p2')).toBe(
      '/inspections/x/#p2:~:text=named%20nurse%20capacity%20in-,Royal%20Lancaster%20Infirmary,-.%20Although%20there%20has%20been',
    );
  });

  test('is the plain #id where the words alone would match elsewhere on the page', () => {
    // A table row's cells cannot be matched across, so it gets no context; its words appear in p1 and p2 too.
    expect(url('row')).toBe('/inspections/x/#row');
  });

  test('escapes the directive’s own syntax in the words', () => {
    const q2 = parseQuery('re-referrals');
    const f = page('/y/', [{ id: 'p1', text: 'a high rate of re-referrals, of approximately one third' }], q2.text);
    expect(hitUrl(rankHits([f], q2)[0]!, q2)).toBe('/y/#p1:~:text=a%20high%20rate%20of-,re%2Dreferrals,-%2C%20of%20approximately%20one%20third');
  });

  test('uses the words the page shows, not the expansion a glossary abbreviation adds to the index', () => {
    // Pagefind indexes <abbr title="National Health Service">NHS</abbr> as "National Health Service. NHS".
    const q3 = parseQuery('NHS child protection');
    const f = page('/z/', [{ id: 'p1', text: 'increased use of the National Health Service. NHS child protection lead officers' }], q3.text);
    f.anchors[0]!.text = '¶ Link to this paragraph increased use of the NHS child protection lead officers';
    const hit = rankHits([f], q3)[0]!;
    expect(hitUrl(hit, q3)).toBe('/z/#p1:~:text=increased%20use%20of%20the-,NHS%20child%20protection,-lead%20officers');
    expect(excerptOf(hit, q3)?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      'increased use of the [NHS] [child] [protection] lead officers',
    );
  });
});

describe('a block’s own words and excerpt', () => {
  test('are the text the page shows, without the label of its ¶ link', () => {
    expect(blockWords({ element: 'p', id: 'p25', location: 0, text: 'Link to paragraph 25 Lessons learned.' })).toEqual(['Lessons', 'learned.']);
    expect(blockWords({ element: 'p', id: 'p3', location: 0, text: 'Link to paragraph i Note and comment' })).toEqual(['Note', 'and', 'comment']);
    expect(blockWords({ element: 'li', id: 'p5-4', location: 0, text: 'Ensuring statutory duties ¶ Link to this point' })).toEqual([
      'Ensuring',
      'statutory',
      'duties',
    ]);
    expect(blockWords({ element: 'p', id: 'g', location: 0, text: 'Grade 3 (Adequate) ¶ Link to this grade' })).toEqual(['Grade', '3', '(Adequate)']);
    expect(blockWords({ element: 'h4', id: 'being-healthy', location: 0, text: 'Being healthy' })).toEqual(['Being', 'healthy']);
  });

  test('are not known where the page runs cells or lines together: rows and framing text', () => {
    expect(blockWords({ element: 'tr', id: 'row', location: 0, text: '' })).toBeUndefined();
    expect(blockWords({ element: 'p', id: 'address', location: 0, text: 'Ms Helen DentonExecutive Director' })).toBeUndefined();
  });

  test('mark a quoted phrase only where its words stand together', () => {
    const q = parseQuery('"care leavers" grant');
    const hit = rankHits([page('/x/', [{ id: 'p1', text: 'The leaving care grant helps care leavers, and care is good.' }], q.text)], q)[0]!;
    expect(excerptOf(hit, q)?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      'The leaving care [grant] helps [care] [leavers,] and care is good.',
    );
  });

  test('make an excerpt of about thirty words around the matches, with the matches marked', () => {
    const long = Array.from({ length: 80 }, (_, i) => (i === 50 ? 'Cafcass' : `w${i}`)).join(' ');
    const q = parseQuery('cafcass');
    const hit = rankHits([page('/x/', [{ id: 'p1', text: long }], q.text)], q)[0]!;
    const parts = excerptOf(hit, q)!;
    const text = parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    // The first thirty words that hold the match: words 21 to 50, cut on both sides.
    const words = Array.from({ length: 29 }, (_, i) => `w${i + 21}`).join(' ');
    expect(text).toBe(`… ${words} [Cafcass] …`);
  });
});

describe('loading pages a step at a time', () => {
  test('loads as many pages as a step may at once, or else starts with the best few', () => {
    // The record's five documents (16,844 words in one) are always loaded in one round.
    expect(nextRound(0, 0, 5)).toBe(5);
    expect(nextRound(0, 0, STEP.pages)).toBe(STEP.pages);
    expect(nextRound(0, 0, STEP.pages + 1)).toBe(STEP.first);
    expect(nextRound(0, 0, 0)).toBe(0);
    expect(nextRound(5, 21_861, 0)).toBe(0);
  });

  test('goes on to the most pages a step loads while the pages loaded hold few words, and stops at once when they hold many', () => {
    expect(nextRound(STEP.first, 4_000, 500)).toBe(STEP.pages - STEP.first);
    expect(nextRound(STEP.first, 4_000, 2)).toBe(2);
    expect(nextRound(STEP.first, STEP.words, 500)).toBe(0);
    expect(nextRound(STEP.pages, 9_000, 500)).toBe(0);
  });

  test('ranks the pages of several searches, those found by more of them first, then by their summed score', () => {
    const r = (id: string, score: number) => ({ id, score });
    const merged = mergeRankings([
      [r('a', 0.9), r('b', 0.5)],
      [r('c', 0.8), r('b', 0.2), r('d', 0.3)],
    ]);
    expect(merged.map((g) => g.map((x) => x.id).join('+'))).toEqual(['b+b', 'a', 'c', 'd']);
    expect(merged[0]!.map((x) => x.score)).toEqual([0.5, 0.2]);
  });

  test('merges one page’s copies from several searches, each block with the matches of all', () => {
    const text = [
      { id: 'p1', text: 'Care is good.' },
      { id: 'p2', text: 'Care leavers and council tax.' },
    ];
    // One search a word: each copy has only its own word's matches.
    const merged = mergeFragments([page('/x/', text, 'care'), page('/x/', text, 'council')]);
    expect(merged.sub_results.map((s) => [s.anchor?.id, [...s.locations].sort((a, b) => a - b)])).toEqual([
      ['p1', [0]],
      ['p2', [3, 6]],
    ]);
    const hits = rankHits([merged], parseQuery('care council'));
    expect(hits.map((h) => [h.id, h.coverage])).toEqual([
      ['p2', 2],
      ['p1', 1],
    ]);
  });

  test('keeps the results already shown in their places when more pages are ranked', () => {
    const q = parseQuery('care');
    const first = rankHits([page('/a/', [{ id: 'p1', text: 'care' }, { id: 'p2', text: 'care and more care' }], q.text)], q);
    const more = rankHits(
      [page('/a/', [{ id: 'p1', text: 'care' }, { id: 'p2', text: 'care and more care' }], q.text), page('/b/', [{ id: 'p1', text: 'care care care' }], q.text)],
      q,
    );
    const shown = first.slice(0, 1);
    const key = (h: { page: string; id: string }) => `${h.page}#${h.id}`;
    expect(extendRanking(shown, more).map(key)).toEqual([key(shown[0]!), ...more.map(key).filter((k) => k !== key(shown[0]!))]);
    expect(extendRanking(shown, more)).toHaveLength(more.length);
  });

  test('counts the results, and says how many documents they are from until every matching one is loaded', () => {
    expect(countText(224, 5, 5)).toBe('224 results for');
    expect(countText(1, 1, 1)).toBe('1 result for');
    expect(countText(0, 5, 5)).toBe('No results for');
    expect(countText(447, 3, 500)).toBe('447 results in the first 3 of 500 documents that match');
    expect(countText(0, 8, 12)).toBe('No results in the first 8 of 12 documents that match');
  });
});
