/**
 * The quality sets through the search pipeline (src/scripts/search-pipeline.ts) in Node,
 * against a build's own Pagefind bundle (scripts/kit/search-node.ts): the same ranking as
 * the search page, in seconds rather than minutes, for working on it. The measure is the page's (quality.ts, in Chromium).
 * `npx tsx scripts/bench/rank.ts` after a build; `--misses` prints only the cases not first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { blockFile, type BlockFile } from '../../src/model/search-groups';
import { meaningsAttribute, searchMeaningsSchema } from '../../src/model/search-records';
import { firstPageFirst, searchFor, type SearchIndex, type Setting } from '../../src/scripts/search-pipeline';
import { readMeanings } from '../../src/scripts/search-query';
import { nodeSearch, pageSetting, ranked } from '../kit/search-node';
import { DIST } from '../kit/server';
import { HELD_OUT_QUESTION_CASES, LAY_QUESTION_CASES, PROBE_CASES, QUESTION_CASES, SEARCH_CASES, type AnsweredCase, type SearchCase } from '../kit/search-queries';

/** The search page's setting, but the meanings as content/search-meanings.yaml has them now: a change to how a query reads them needs no build (one to the phrases indexed does). */
const settingOf = (dist: string): Setting => ({
  ...pageSetting(dist),
  meanings: readMeanings(meaningsAttribute(searchMeaningsSchema.parse(parseYaml(readFileSync('content/search-meanings.yaml', 'utf8'))))),
});

/**
 * `--phrases N`: N phrases of four to six words taken from blocks' texts (every so many blocks, the
 * words from the middle), unquoted, each answered by every block whose text holds it.
 */
function phraseCases(dist: string, n: number): AnsweredCase[] {
  const values = JSON.parse(readFileSync(join(dist, 'pagefind', 'block', 'values.json'), 'utf8')) as { groups: [string, unknown[]][] };
  const files = values.groups.flatMap(([g, blocks]) => blocks.map((_, i) => JSON.parse(readFileSync(join(dist, 'pagefind', blockFile(`${g}/${i}`)), 'utf8')) as BlockFile));
  const texts = files.map((f) => ` ${(f.filters.text?.[0] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  const cases: AnsweredCase[] = [];
  const step = Math.max(1, Math.floor(files.length / n));
  for (let k = 0; k < files.length && cases.length < n; k += step) {
    const words = texts[k]!.trim().split(' ');
    const length = 4 + (k % 3);
    if (words.length < length + 2) continue;
    const from = Math.floor((words.length - length) / 2);
    const phrase = words.slice(from, from + length).join(' ');
    const answers = files.filter((_, j) => texts[j]!.includes(` ${phrase} `)).map((f) => f.url.replace('/inspections/', '').replace('/#', '#'));
    cases.push({ query: phrase, answers, kind: 'lay' });
  }
  return cases;
}

const asAnswered = (c: SearchCase): AnsweredCase => ({ query: c.query, answers: [`${c.document}#${c.id}`], kind: 'lay' });

/** The links of the first `n` results for a query, in the page's order. */
export async function rankedLinks(index: SearchIndex, setting: Setting, q: string, n = 20): Promise<string[]> {
  const { ids } = await ranked({ index, setting }, q);
  return Promise.all(ids.slice(0, n).map(async (id) => (await index.block(id)).url));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = DIST;
  const misses = process.argv.includes('--misses');
  const setting = settingOf(dist);
  const { index } = await nodeSearch(dist);
  const explain = process.argv.indexOf('--explain');
  if (explain > 0) {
    // `--explain "query"`: the first ten results with their scores, weights and words.
    const q = process.argv[explain + 1]!;
    const found = await searchFor(q, index, setting);
    console.log(JSON.stringify({ terms: found.query.terms, meanings: found.query.meanings, years: found.query.years }));
    for (const id of (await firstPageFirst(found, found.ids, index.block)).slice(0, 10)) {
      const f = await index.block(id);
      console.log(`${found.scores?.get(id)?.toFixed(2)} w${f.filters.weight?.[0] ?? 1} ${f.url.replace('/inspections/', '')}  ${(f.filters.text?.[0] ?? '').slice(0, 150)}`);
    }
    process.exit(0);
  }
  const sets: [string, AnsweredCase[]][] = [
    ['queries', SEARCH_CASES.map(asAnswered)],
    ['questions', QUESTION_CASES.map(asAnswered)],
    ['probes', PROBE_CASES.map(asAnswered)],
    ['held out', HELD_OUT_QUESTION_CASES.map(asAnswered)],
    ['issue 23', LAY_QUESTION_CASES],
  ];
  const phrases = process.argv.indexOf('--phrases');
  if (phrases > 0) sets.push(['phrases from the text', phraseCases(dist, Number(process.argv[phrases + 1] ?? 100))]);
  const totals: string[] = [];
  for (const [name, cases] of sets) {
    let top5 = 0;
    let first = 0;
    for (const c of cases) {
      const want = c.answers.map((a) => `/inspections/${a.replace('#', '/#')}`);
      const links = await rankedLinks(index, setting, c.query);
      const rank = links.findIndex((l) => want.includes(l)) + 1;
      if (rank === 1) first++;
      if (rank >= 1 && rank <= 5) top5++;
      if (rank !== 1 || !misses) console.log(`${String(rank || '-').padStart(2)}  ${name}: ${c.query} → ${want[0]}${rank !== 1 ? `  (first: ${links[0] ?? 'none'})` : ''}`);
    }
    totals.push(`${name}: ${top5} / ${first} of ${cases.length}`);
  }
  console.log(totals.join('\n'));
}
