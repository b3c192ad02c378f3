/**
 * Search without a browser: the titles and judgement areas of each block
 * (src/model/outline.ts), the index's records (src/model/search-records.ts), and the
 * search page's pure parts: reading a query, ranking, spelling, excerpts and
 * landing links (src/scripts/search-*.ts) on small hand-made Pagefind results.
 */
import { describe, expect, test } from 'vitest';
import { identifiedBlocks, parseBody, type Block } from '../../src/model/body';
import { blockNames } from '../../src/model/labels';
import { documentOutline, filterSlug, headingNamesArea } from '../../src/model/outline';
import { publisherOf } from '../../src/model/vocabulary';
import { createMatcher } from '../../src/model/glossary';
import { INDEX_REPEATS } from '../../src/model/search-groups';
import { glossaryForms, numberForms, searchRecords, stageForms, statesDate, statesFigure, synonymsOf } from '../../src/model/search-records';
import { spellingWords } from '../../src/model/search-spelling';
import { DATE_WORD, FIGURE_WORD, plainWords } from '../../src/model/search-words';
import { excerptOf, fitsTerm, hitUrl } from '../../src/scripts/search-link';
import { holdsPhrase, parseQuery, searchedWords } from '../../src/scripts/search-query';
import { countedTerms, figuresFirst, heldTogether, nearness, PREFIX_ONLY, rankRecords, rarity, type WordResults } from '../../src/scripts/search-rank';
import { applyCorrections, closestWord, editDistance, startsAWord } from '../../src/scripts/search-spelling';
import { ENTRY_IDS, parseGlossary, readEntry } from '../support/entries';

type Judgement = { area: string; source: string; alsoStatedIn?: string[] };

/** Block id → its label, as the record names its blocks. */
const labelsOf = (blocks: Block[], numbered: boolean) => new Map([...blockNames(blocks, numbered)].map(([id, n]) => [id, n.label]));

function blocksOf(id: string) {
  const entry = readEntry(id);
  const blocks = parseBody(entry.body);
  const fm = entry.frontmatter as { documentType: string; judgements: Judgement[] };
  return { blocks, search: documentOutline(blocks, labelsOf(blocks, fm.documentType === 'ofsted-report'), fm.judgements) };
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
    expect(report.get('p28-1')?.title).toBe('Paragraph 28, “Immediately”, point 1 · Areas for improvement › Immediately');
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

describe('the index’s records', () => {
  const glossary = parseGlossary(`
- id: camhs
  term: CAMHS
  type: abbreviation
  expansion: child and adolescent mental health services
  expansionInDocuments: true
  definition: Services that assess and treat children with mental health needs.
- id: independent-reviewing-officer
  term: independent reviewing officer
  type: term
  definition: A social worker who chairs the reviews of a child's care plan.
- id: iro
  term: IRO
  type: abbreviation
  expansion: independent reviewing officer
  expansionInDocuments: true
  standsFor: independent-reviewing-officer
  definition: Short for independent reviewing officer, as readers write it.
`);
  const matcher = createMatcher(glossary);

  test('add each glossary abbreviation’s other form, either way, and the abbreviations readers use', () => {
    expect(glossaryForms('Waiting times for CAMHS are long.', matcher)).toEqual([{ form: 'child and adolescent mental health services', stands: 'CAMHS' }]);
    expect(glossaryForms('Child and adolescent mental health services were reviewed.', matcher).map((f) => f.form)).toEqual(['CAMHS']);
    expect(glossaryForms('Independent reviewing officers’ caseloads are high.', matcher)).toEqual([{ form: 'IRO', stands: 'Independent reviewing officers' }]);
    expect(glossaryForms('Nothing to add here.', matcher)).toEqual([]);
  });

  test('write sums of money as readers do, and know a figure from a year, a grade or a line number', () => {
    expect(numberForms('an additional investment of £5m in children’s services')).toEqual([{ form: '5 million', stands: '£5m' }]);
    expect(numberForms('some 2.5 million pounds').map((f) => f.form)).toEqual(['2.5m']);
    expect(statesFigure('There were 1356 looked after children')).toBe(true);
    expect(statesFigure('five of Her Majesty’s Inspectors')).toBe(true);
    expect(statesFigure('Grade 1 (Outstanding)')).toBe(false);
    expect(statesFigure('2.1 Adoption performance Good')).toBe(false);
    expect(statesFigure('In June 2018 Ofsted completed a re-inspection')).toBe(false);
  });

  test('write key stages as readers shorten them, and know a date from a modal “may”', () => {
    expect(stageForms('attainment of children looked after at Key Stages 1 and 2').map((f) => f.form)).toEqual(['KS1', 'KS2']);
    expect(stageForms('the educational attainment of children looked after at Key Stage 4')).toEqual([{ form: 'KS4', stands: 'Key Stage 4' }]);
    expect(stageForms('every stage of the plan')).toEqual([]);
    expect(statesDate('conducted on 3 and 4 November 2009')).toBe(true);
    expect(statesDate('a full re inspection any time from Easter')).toBe(true);
    expect(statesDate('this may not be consistent')).toBe(false);
  });

  test('add the reader’s word for the documents’ words, whole words or, with *, any ending', () => {
    const synonyms = [
      { reader: 'rated', documents: ['judg*'] },
      { reader: 'late', documents: ['timely'] },
    ];
    expect(synonymsOf('The service was judged to be good.', synonyms)).toEqual([{ form: 'rated', stands: 'judged' }]);
    expect(synonymsOf('Reviews are untimely.', synonyms)).toEqual([]);
  });

  test('hold each block’s words as the page shows them, then the added words, with its filters and title', () => {
    const blocks = parseBody(readEntry('2015-council-letter-to-stakeholders').body);
    const records = searchRecords(
      {
        id: 'doc',
        year: 2015,
        documentType: 'council-letter',
        blocks,
        outline: documentOutline(blocks, labelsOf(blocks, false), []),
        findings: new Map([['p6-1', { kind: 'development', themes: ['workforce-and-supervision'] }]]),
        url: (id) => `/inspections/doc/#${id}`,
      },
      matcher,
      [],
    );
    const p61 = records.find((r) => r.url === '/inspections/doc/#p6-1')!;
    expect(p61.filters.text[0]).toMatch(/^Despite the significant budget pressures .* recording of case work\.$/);
    const indexed = p61.content.split(' ');
    expect([...new Set(indexed)].slice(0, 6)).toEqual(['despite', 'significant', 'budget', 'pressures', 'facing', 'council']);
    expect(indexed).toEqual(expect.arrayContaining(['5', 'million']));
    expect(indexed).not.toContain('the');
    expect(indexed.filter((w) => w === 'budget')).toHaveLength(INDEX_REPEATS);
    // Each use where the text has it, so the search can tell words said together: "additional" again after "create".
    const uses = indexed.filter((_, i) => i % INDEX_REPEATS === 0);
    expect(uses.slice(uses.indexOf('create'), uses.indexOf('create') + 3)).toEqual(['create', 'additional', 'professional']);
    expect(p61.meta).toEqual({});
    expect(p61.filters).toMatchObject({
      year: ['2015'],
      document: ['doc'],
      publisher: ['council'],
      kind: ['development'],
      theme: ['workforce-and-supervision'],
      form: ['point'],
      repeated: [],
    });
    expect(p61.filters.label[0]).toMatch(/^The list after “…the inspection last month, including the following”, point 1 · /);
    expect(records.some((r) => r.url.endsWith('#contents'))).toBe(false);
    // The letter's signatory answers "who signed", "who wrote" in search, not on the page.
    const signatory = records.find((r) => r.url.endsWith('#signatory'))!;
    expect(signatory.content.split(' ')).toEqual(expect.arrayContaining(['signed', 'wrote']));
    expect(signatory.filters.text[0]).not.toMatch(/signed|wrote/);
  });

  test('group the record’s words by first letter for spelling, a file for every letter', () => {
    const words = spellingWords(['Royal Lancaster Infirmary', 'the infirmary']);
    expect(words.get('i')).toEqual({ infirmary: 2 });
    expect(words.get('z')).toEqual({});
  });
});

describe('reading a query', () => {
  test('keeps quoted phrases, lower-cases every word once and leaves out the common ones', () => {
    expect(parseQuery(' "Care leavers"  council tax care ')).toEqual({
      text: '"Care leavers" council tax care',
      terms: ['care', 'leavers', 'council', 'tax'],
      phrases: [['care', 'leavers']],
      years: [],
      figure: false,
      date: false,
      meanings: [],
      alike: {},
    });
    expect(parseQuery('“honour based violence”').phrases).toEqual([['honour', 'based', 'violence']]);
  });

  test('takes a year of the record out of the words, and hears “how many” as a wish for a figure', () => {
    const q = parseQuery('How many inspectors in 2015?', ['2009', '2015']);
    expect(q).toMatchObject({ terms: ['inspectors'], years: ['2015'], figure: true });
    expect(searchedWords(q)).toEqual(['inspectors', FIGURE_WORD]);
    expect(parseQuery('failing in 2007', ['2009']).terms).toEqual(['failing', '2007']);
    const when = parseQuery('When did the 2015 inspection start', ['2015']);
    expect(when).toMatchObject({ terms: ['inspection', 'start'], date: true, figure: false });
    expect(searchedWords(when)).toEqual(['inspection', 'start', DATE_WORD]);
    expect(parseQuery('What did inspectors find about adoption?')).toMatchObject({ terms: ['inspectors', 'adoption'], date: false });
    expect(parseQuery('how long did the inspection last').date).toBe(true);
  });

  test('writes money as the index does', () => {
    expect(parseQuery('£5m').terms).toEqual(['5m']);
  });

  test('reads an ampersand between letters as the index does, one word ("A&E" is "ae"), not a word "e" that starts hundreds', () => {
    expect(parseQuery('A&E safeguarding review').terms).toEqual(['ae', 'safeguarding', 'review']);
    expect(parseQuery('Child & Adolescent Mental Health').terms).toEqual(['child', 'adolescent', 'mental', 'health']);
    expect(holdsPhrase('walk-in and A&E services', plainWords('A&E services'))).toBe(true);
  });

  test('finds a phrase only where its words stand together, in order', () => {
    expect(holdsPhrase('The work of the council and police on honour based violence.', ['honour', 'based', 'violence'])).toBe(true);
    expect(holdsPhrase('Violence based on honour.', ['honour', 'based', 'violence'])).toBe(false);
  });
});

describe('ranking blocks', () => {
  const hit = (id: string, score = 1) => ({ id, score });
  const word = (w: string, exact: string[], loose: string[]): WordResults => ({ word: w, weight: 1, exact: exact.map((id) => hit(id)), loose: loose.map((id) => hit(id)) });

  test('weighs a word by its rarity: a word in every block weighs almost nothing', () => {
    expect(rarity(1, 400)).toBeGreaterThan(5);
    expect(rarity(400, 400)).toBeLessThan(0.01);
  });

  test('puts blocks with more of the rarer words first, and any block with one of them after', () => {
    const common = Array.from({ length: 90 }, (_, i) => `c${i}`);
    const ranked = rankRecords([word('staff', [...common, 'a', 'b'], [...common, 'a', 'b']), word('turnover', ['b', 'x'], ['b', 'x'])], 100);
    expect(ranked.slice(0, 2).map((r) => r.id)).toEqual(['b', 'x']);
    expect(ranked).toHaveLength(93);
  });

  test('ranks a block with the word itself before one with a longer word it starts', () => {
    const ranked = rankRecords([word('cars', ['p5-10'], ['care-1', 'care-2', 'p5-10'])], 100);
    expect(ranked[0]!.id).toBe('p5-10');
    expect(ranked[1]!.score).toBeCloseTo(ranked[0]!.score * PREFIX_ONLY, 5);
  });

  test('favours the documents of a year the query names', () => {
    const ranked = rankRecords([word('inspectors', ['in2012', 'in2015'], ['in2012', 'in2015'])], 100, new Set(['in2015']));
    expect(ranked.map((r) => r.id)).toEqual(['in2015', 'in2012']);
  });

  test('counts a block holding both the words typed and their meaning’s key once, by the better of them', () => {
    const improve = { ...word('improve', ['a', 'b'], ['a', 'b']), concept: 'zimproved' };
    const key = word('zimproved', ['b', 'c'], ['b', 'c']);
    const ranked = rankRecords([improve, key], 100);
    const score = (id: string) => ranked.find((r) => r.id === id)!.score;
    expect(score('b')).toBeCloseTo(Math.max(score('a'), score('c')), 5);
  });

  test('says how closely a text holds the question’s words together, a meaning by any of its phrases', () => {
    const terms = [[['royal']], [['infirmary']], [['governance']]];
    expect(nearness('Governance arrangements at Royal Lancaster Infirmary are not effective.', terms, fitsTerm)).toBe(1);
    expect(nearness(`Royal Lancaster Infirmary. ${'Other words here. '.repeat(6)} Governance is good.`, terms, fitsTerm)).toBe(0.5);
    expect(nearness('Royal Lancaster Infirmary', [[['infirmary']]], fitsTerm)).toBe(0); // one word: nothing to hold together
    const inCare = [[['looked', 'after', 'children'], ['children', 'in', 'care']], [['education']]];
    expect(nearness('The education of looked after children is good.', inCare, fitsTerm)).toBe(1);
  });

  test('orders the ranked blocks by how closely they hold the words together, for every block, keeping ties in order', () => {
    const at = (w: string, uses: Record<string, number[]>): WordResults => ({ word: w, weight: 1, exact: [], loose: Object.entries(uses).map(([id, u]) => ({ id, score: 1, uses: u })) });
    // Places among each block's indexed words: in "phrase" one after the other, in "together" within reach, in "apart" not.
    const ranked = ['apart', 'together', 'phrase', 'one'].map((id) => ({ id, score: 1 }));
    const words = [at('child', { apart: [1, 40], together: [1], phrase: [7], one: [2] }), at('protection', { apart: [30], together: [4], phrase: [8] })];
    expect(heldTogether(ranked, words, true)).toEqual(['phrase', 'together', 'apart', 'one']);
    expect(heldTogether(ranked, words, false)).toEqual(['together', 'phrase', 'apart', 'one']);
    expect(heldTogether(ranked, words.slice(0, 1), true)).toEqual(['apart', 'together', 'phrase', 'one']);
  });

  test('for a figure question, counts the words of the question a figure stands by, not any figure', () => {
    const terms = ['childrens', 'centres'];
    expect(countedTerms('provided by the private and voluntary sectors, as well as through 80 children’s centres.', terms)).toBe(2);
    expect(countedTerms('Services are targeted through children’s centres, which reach many families in all 14 districts.', terms)).toBe(0);
    expect(countedTerms('The county has eighty centres for children.', ['centre'])).toBe(0); // "eighty" is not a figure word; "centre" and "centres" are one word
    expect(countedTerms('There are twelve centres.', ['centre'])).toBe(1);
    expect(countedTerms('In 2012 centres were reviewed.', ['centres'])).toBe(0); // a year is not a count
  });

  test('for a figure question, moves the loaded blocks where a figure stands by the question’s words first, keeping the order otherwise', () => {
    const ids = ['states-a-figure', 'no-figure', 'counts-them', 'not-loaded'];
    const texts = ['Children’s centres are good; 45% of families use early help.', 'Children’s centres work well.', 'There are 80 children’s centres.'];
    expect(figuresFirst(ids, texts, ['childrens', 'centres'])).toEqual(['counts-them', 'states-a-figure', 'no-figure', 'not-loaded']);
    expect(figuresFirst(ids, texts, ['inspectors'])).toEqual(ids);
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
    const words = { infirmary: 7, need: 40, review: 12, immunisations: 2 };
    expect(closestWord('infirmery', words)).toBe('infirmary');
    expect(closestWord('reveiw', words)).toBe('review');
    expect(closestWord('imunisations', words)).toBe('immunisations');
    expect(closestWord('neet', words)).toBeUndefined();
    expect(closestWord('2O18', words)).toBeUndefined();
    expect(closestWord('safegaurding', words)).toBeUndefined();
  });

  test('knows a word being typed from a misspelt one', () => {
    expect(startsAWord('supervis', { supervision: 3 })).toBe(true);
    expect(startsAWord('supervison', { supervision: 3 })).toBe(false);
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

describe('a result’s excerpt and link', () => {
  const q = parseQuery('Royal Lancaster Infirmary governance');
  const text =
    'Although there is some good safeguarding provision in place this is not consistent. Governance arrangements at Royal Lancaster Infirmary are not effective.';

  test('knows the query’s words in the text, a short term only as a whole word', () => {
    expect(fitsTerm('carers', 'carer')).toBe(true);
    expect(fitsTerm('supervision', 'supervison')).toBe(true);
    expect(fitsTerm('in', 'infirmery')).toBe(false);
    expect(fitsTerm('report', 're')).toBe(false);
    expect(fitsTerm('re-referrals', 're')).toBe(true);
  });

  test('quotes about thirty words around the matches, the matches marked', () => {
    const parts = excerptOf(text, q, [], 12);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Governance', 'Royal', 'Lancaster', 'Infirmary']);
    expect(parts[0]!.text).toMatch(/^… /);
  });

  test('goes to the block’s id and highlights the words with four words of the block either side', () => {
    const url = hitUrl({ url: '/inspections/d/#p23', text, row: false, repeated: false, stands: [] }, q);
    expect(url).toBe(
      '/inspections/d/#p23:~:text=consistent.%20Governance%20arrangements%20at-,Royal%20Lancaster%20Infirmary,-are%20not%20effective.&text=this%20is%20not%20consistent.-,Governance,-arrangements%20at%20Royal%20Lancaster',
    );
  });

  test('is the plain #id where the block’s words occur elsewhere on its page, and for a table row', () => {
    expect(hitUrl({ url: '/d/#h', text: 'Being healthy', row: false, repeated: true, stands: [] }, parseQuery('healthy'))).toBe('/d/#h');
    expect(hitUrl({ url: '/d/#r', text: 'Being healthy Adequate', row: true, repeated: false, stands: [] }, parseQuery('healthy'))).toBe('/d/#r');
  });

  test('marks, for a word the text does not use, the words it stands for, in the excerpt and the landing link', () => {
    const said = 'Independent reviewing officers’ caseloads are high and reviews were judged timely.';
    const stands = ['IRO → Independent reviewing officers', 'rated → judged', 'late → timely'];
    const marks = (query: string) => excerptOf(said, parseQuery(query), stands).filter((p) => p.mark).map((p) => p.text);
    expect(marks('IRO caseloads')).toEqual(['Independent', 'reviewing', 'officers’', 'caseloads']);
    expect(marks('caseloads rated')).toEqual(['caseloads', 'judged']);
    // A word the text uses is marked where it is, not through a form that holds it too.
    expect(marks('timely')).toEqual(['timely.']);
    expect(hitUrl({ url: '/d/#p', text: said, row: false, repeated: false, stands }, parseQuery('IRO'))).toBe(
      '/d/#p:~:text=Independent%20reviewing%20officers,-%E2%80%99%20caseloads%20are%20high%20and',
    );
  });

  test('escapes the directive’s own syntax in the words', () => {
    expect(hitUrl({ url: '/d/#p', text: 'the re-referrals, in one office', row: false, repeated: false, stands: [] }, parseQuery('re-referrals'))).toContain(
      'text=the-,re%2Dreferrals,-%2C%20in%20one%20office',
    );
  });
});
