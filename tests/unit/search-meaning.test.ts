/**
 * Searching for meaning (issue 23): readers' phrases and the documents' both ways
 * (content/search-meanings.yaml), the weight of what a block is, and the answer above
 * the results to a question about grades, read from the record's judgements.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { answerJudgements, sentenceStating } from '../../src/model/search-answer';
import { meaningEntry, meaningFiles, searchMeaningsSchema, synonymsOf, weightOf } from '../../src/model/search-records';
import { answerFor, type Judged } from '../../src/scripts/search-answer';
import { meaningsFor, parseQuery } from '../../src/scripts/search-query';

const meanings = searchMeaningsSchema.parse(parseYaml(readFileSync('content/search-meanings.yaml', 'utf8')));
const entries = meanings.map(meaningEntry);
const keyOf = (as: string) => meanings.find((m) => m.as === as)!.key;

describe('meanings, both ways', () => {
  test('gives each its own key, none a word of the documents would be', () => {
    const keys = meanings.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !k.startsWith('z'))).toEqual([]);
  });

  test('indexes a block holding a reader’s phrase or the documents’ with the same key', () => {
    const lookedAfter = meanings.map((m) => ({ reader: m.key, documents: m.phrases }));
    const key = keyOf('looked after children');
    expect(synonymsOf('Educational outcomes for looked after children are satisfactory.', lookedAfter)).toContainEqual({ form: key, stands: 'looked after children' });
    expect(synonymsOf('Children in care placements out of county receive support.', lookedAfter)).toContainEqual({ form: key, stands: 'children in care' });
  });

  test('searches a phrase of a query as its key, in place of its words, and says what it searched it as', () => {
    const q = parseQuery('education of children in care', [], entries);
    expect(q.terms).toEqual(['education', keyOf('looked after children')]);
    expect(q.meanings).toEqual([{ typed: 'children in care', key: keyOf('looked after children'), as: 'looked after children', words: 2 }]);
    expect(parseQuery('how long did the 2018 inspection take', ['2018'], entries).terms).toEqual(['inspection', 'take', keyOf("the inspection's dates")]);
    expect(parseQuery('how long before reports are sent', [], entries).terms).toEqual(['before', 'reports', 'sent', keyOf('timeliness')]);
  });

  test('keeps the words of a question shape that only adds a key, and searches a quoted phrase as typed', () => {
    const said = parseQuery('what did Ofsted say in 2015', ['2015'], entries);
    expect(said.terms).toEqual(['ofsted', keyOf('what inspectors judged')]);
    // The word kept and the key are one concept to ranking: a block holding both counts the better once.
    expect(said.alike).toEqual({ ofsted: keyOf('what inspectors judged'), say: keyOf('what inspectors judged') });
    expect(parseQuery('"children in care"', [], entries)).toMatchObject({ terms: ['children', 'care'], meanings: [] });
  });

  test('are fetched by the first two letters of a query’s words, and a query reads from those files what it would from every meaning', async () => {
    const files = meaningFiles(meanings);
    const names = [...files.keys()].join(' ');
    const fetched: string[] = [];
    const file = async (name: string) => (fetched.push(name), files.get(name)!);
    // Of common words alone, "have a say" is filed apart, under a name no other word reaches.
    expect(names.split(' ').find((n) => n.split('.').includes('-ha'))).toBeDefined();
    const queries = [...meanings.flatMap((m) => [...m.phrases, ...m.asked].map((p) => `what about ${p.replace('*', 's')} in Lancashire`)), 'education of children in care', 'do children have a say'];
    const differ: string[] = [];
    for (const q of queries) {
      if (JSON.stringify(parseQuery(q, [], await meaningsFor(q, names, file))) !== JSON.stringify(parseQuery(q, [], entries))) differ.push(q);
    }
    expect(differ).toEqual([]);
    fetched.length = 0;
    await meaningsFor('Royal Lancaster Infirmary', names, file);
    expect(fetched.flatMap((n) => n.split('.')).filter((p) => ['ro', 'la', 'in'].includes(p))).toEqual(['in']); // no meaning is filed under "ro" or "la"
    expect(fetched).toHaveLength(1);
    // A quoted phrase is searched as typed: no meaning is read, none fetched.
    expect(await meaningsFor('"children in care"', names, file)).toEqual([]);
    expect(files.size).toBeLessThan(40);
  });
});

describe('what a block weighs', () => {
  test('a finding in full, a heading, a grade line and a scale’s row less, in that order', () => {
    expect(weightOf('paragraph', undefined)).toBe(1);
    expect(weightOf('row', {})).toBe(1);
    expect(weightOf('heading', undefined)).toBeLessThan(1);
    expect(weightOf('grade', {})).toBeLessThan(weightOf('heading', undefined));
    expect(weightOf('row', undefined)).toBeLessThan(weightOf('grade', {}));
  });
});

describe('the answer to a question about grades', () => {
  const judged: Judged[] = [
    { year: '2012', area: 'overall effectiveness', group: 'safeguarding services', grade: 'good' },
    { year: '2012', area: 'the contribution of health agencies to keeping children and young people safe', group: 'safeguarding services', grade: 'adequate' },
    { year: '2012', area: 'being healthy', group: 'services for looked after children', grade: 'adequate' },
    { year: '2015', area: 'overall effectiveness', group: '', grade: 'inadequate' },
    { year: '2018', area: 'overall effectiveness', group: '', grade: 'requires improvement to be good' },
    { year: '2018', area: 'adoption performance', group: '', grade: 'good' },
  ];
  test('gives the judgements of an area the question names, in a year it names', () => {
    expect(answerFor('health rating 2012', ['2012'], judged)).toEqual([1, 2]);
    expect(answerFor('was adoption good in 2018', ['2018'], judged)).toEqual([5]);
  });
  test('gives the overall judgements for a year, or over time, where it names no area', () => {
    expect(answerFor('what was Lancashire rated in 2015', ['2015'], judged, ['lancashire'])).toEqual([3]);
    expect(answerFor("did children's services improve", [], judged)).toEqual([0, 3, 4]);
  });
  test('gives the judgements of a grade it names alone', () => {
    expect(answerFor('inadequate rating', [], judged)).toEqual([3]);
  });
  test('gives none to a question not about grades, or where the record holds none', () => {
    expect(answerFor('care leavers council tax', [], judged)).toEqual([]);
    expect(answerFor('are childrens homes any good', [], judged)).toEqual([]);
    expect(answerFor('what did Ofsted say in 2009', ['2009'], judged)).toEqual([]);
  });
  test('quotes the sentence of a document that states the judgement, and links to it', () => {
    expect(sentenceStating('Following a recent inspection, it has been judged as inadequate. As you would expect, this is of concern.', 'Inadequate')).toBe('Following a recent inspection, it has been judged as inadequate.');
    const [j] = answerJudgements(
      [{ id: 'd', year: 2012, shortTitle: 'D', framework: 'f', judgements: [{ area: 'Overall effectiveness', grade: 'Good', rank: 2, source: 'row', alsoStatedIn: ['p15'] }] }],
      (_, block) => ({ row: 'Overall effectiveness Good', p15: 'The overall effectiveness of safeguarding services is good. The service is managed well.' })[block],
      (d, block) => `/inspections/${d}/#${block}`,
    );
    expect(j).toMatchObject({ year: '2012', quote: 'The overall effectiveness of safeguarding services is good.', url: '/inspections/d/#p15' });
  });
});
