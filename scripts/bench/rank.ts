/**
 * The quality sets through the search pipeline (src/scripts/search-pipeline.ts) in Node,
 * against a build's own Pagefind bundle (scripts/kit/search-node.ts): the same ranking as
 * the search page, in seconds rather than minutes, for working on it. The measure is the page's (quality.ts, in Chromium).
 * `npx tsx scripts/bench/rank.ts` after a build; `--misses` prints only the cases not first;
 * `--aside SEED` keeps a seeded third of the issue-23 set aside: counted apart, its cases never printed,
 * so ranking can be tuned on the rest and judged on questions not looked at; `--scale N` runs them on
 * the build's blocks each there N times (scripts/kit/scaled-site.ts), a copy of an answer counting as it;
 * `--time` prints how long each benchmark query takes in Node (first, then the median of five); `--dist DIR` runs
 * them on another build or scaled site (one `scaledSite` made and kept, to run the sets on it more than once).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { blockFile, type BlockFile } from '../../src/model/search-groups';
import { meaningFiles, searchMeaningsSchema } from '../../src/model/search-records';
import { firstPageFirst, PAGE_SIZE, pageFactor, searchFor, type SearchIndex, type Setting } from '../../src/scripts/search-pipeline';
import { meaningsFor } from '../../src/scripts/search-query';
import { shownOf } from '../../src/scripts/search-link';
import { removeScaledSite, scaledSite } from '../kit/scaled-site';
import { nodeSearch, pageSetting, ranked } from '../kit/search-node';
import { DIST } from '../kit/server';
import { QUERIES } from './search';
import { FRESH_QUESTION_CASES, HELD_OUT_QUESTION_CASES, LAY_QUESTION_CASES, PROBE_CASES, QUESTION_CASES, SEARCH_CASES, type AnsweredCase, type SearchCase } from '../kit/search-queries';

/** The build's index, but the meanings as content/search-meanings.yaml has them now: a change to how a query reads them needs no build (one to the phrases indexed does). */
function withMeaningsNow(index: SearchIndex): SearchIndex {
  const files = meaningFiles(searchMeaningsSchema.parse(parseYaml(readFileSync('content/search-meanings.yaml', 'utf8'))));
  return { ...index, meanings: (text) => meaningsFor(text, [...files.keys()].join(' '), async (name) => files.get(name)!) };
}

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

/** The seed of the third of the issue-23 set kept aside since its fourth session (`--aside 20261207`): `--explain` marks the answers of the rest only. */
const ASIDE_SEED = 20261207;

/** A seeded third of `cases` (mulberry32 shuffle), and the rest, in their order. */
export function setAside<T>(cases: readonly T[], seed: number): { aside: T[]; rest: T[] } {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = cases.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const picked = new Set(order.slice(0, Math.floor(cases.length / 3)));
  return { aside: cases.filter((_, i) => picked.has(i)), rest: cases.filter((_, i) => !picked.has(i)) };
}

const asAnswered = (c: SearchCase): AnsweredCase => ({ query: c.query, answers: [`${c.document}#${c.id}`], kind: 'lay' });

/** The links of the first `n` results for a query, in the page's order. */
export async function rankedLinks(index: SearchIndex, setting: Setting, q: string, n = 20): Promise<string[]> {
  const { ids } = await ranked({ index, setting }, q);
  return Promise.all(ids.slice(0, n).map(async (id) => (await index.block(id)).url));
}

/**
 * What orders a query's results, one line a block: its rank, the ranking's score, the first page's factor (its
 * weight times how closely its text holds the words: `pageFactor`), their product (the first page's key before a
 * figure question's reordering), and its place before the first page was ordered; the first page, then any answer
 * of the sets (the seeded third aside) below it, marked *.
 */
export async function explained(q: string, index: SearchIndex, setting: Setting): Promise<string[]> {
  const found = await searchFor(q, index, setting);
  const ids = await firstPageFirst(found, found.ids, index.block);
  const cases = [...SEARCH_CASES.map(asAnswered), ...QUESTION_CASES.map(asAnswered), ...PROBE_CASES.map(asAnswered), ...HELD_OUT_QUESTION_CASES.map(asAnswered), ...FRESH_QUESTION_CASES, ...setAside(LAY_QUESTION_CASES, ASIDE_SEED).rest];
  const answers = new Set(cases.filter((c) => c.query === q).flatMap((c) => c.answers.map((a) => `/inspections/${a.replace('#', '/#')}`)));
  const lines = [JSON.stringify({ terms: found.query.terms, meanings: found.query.meanings, years: found.query.years })];
  for (const [rank, id] of ids.entries()) {
    const f = await index.block(id);
    if (rank >= PAGE_SIZE && !answers.has(f.url)) continue;
    const score = found.scores?.get(id) ?? 0;
    const factor = pageFactor(found, f);
    const key = rank < PAGE_SIZE ? (score * factor).toFixed(3) : '-';
    lines.push(`${answers.has(f.url) ? '*' : ' '}${String(rank + 1).padStart(3)} ${score.toFixed(3)} ×${factor.toFixed(2)} = ${key} (was ${found.ids.indexOf(id) + 1}) ${f.url.replace('/inspections/', '')}  ${shownOf(f).text.slice(0, 110)}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scaleAt = process.argv.indexOf('--scale');
  const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1;
  const distAt = process.argv.indexOf('--dist');
  const dist = distAt > 0 ? process.argv[distAt + 1]! : scale > 1 ? await scaledSite(scale, { pages: false }) : DIST;
  if (scale > 1 && distAt < 0) process.once('exit', () => removeScaledSite(dist));
  const misses = process.argv.includes('--misses');
  const setting = pageSetting(dist);
  const index = withMeaningsNow((await nodeSearch(dist)).index);
  const explain = process.argv.indexOf('--explain');
  if (explain > 0) {
    // `--explain "query"`: the first page and any answer below it, with what orders the first page (score × weight × together).
    const q = process.argv[explain + 1]!;
    console.log((await explained(q, index, setting)).join('\n'));
    process.exit(0);
  }
  if (process.argv.includes('--time')) {
    for (const q of QUERIES) {
      const ms: number[] = [];
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        await rankedLinks(index, setting, q, PAGE_SIZE);
        ms.push(performance.now() - start);
      }
      const rest = ms.slice(1).sort((a, b) => a - b);
      console.log(`${q}: first ${ms[0]!.toFixed(0)} ms, then ${rest[2]!.toFixed(0)} ms`);
    }
    process.exit(0);
  }
  const sets: [string, AnsweredCase[]][] = [
    ['queries', SEARCH_CASES.map(asAnswered)],
    ['questions', QUESTION_CASES.map(asAnswered)],
    ['probes', PROBE_CASES.map(asAnswered)],
    ['held out', HELD_OUT_QUESTION_CASES.map(asAnswered)],
  ];
  const aside = process.argv.indexOf('--aside');
  const split = aside > 0 ? setAside(LAY_QUESTION_CASES, Number(process.argv[aside + 1])) : undefined;
  if (split) sets.push(['issue 23 (tuned on)', split.rest], ['issue 23 (set aside)', split.aside]);
  else sets.push(['issue 23', LAY_QUESTION_CASES]);
  sets.push(['fresh (stop 23)', FRESH_QUESTION_CASES]);
  const phrases = process.argv.indexOf('--phrases');
  if (phrases > 0) sets.push(['phrases from the text', phraseCases(DIST, Number(process.argv[phrases + 1] ?? 100))]);
  const totals: string[] = [];
  for (const [name, cases] of sets) {
    let top5 = 0;
    let first = 0;
    for (const c of cases) {
      const want = c.answers.map((a) => `/inspections/${a.replace('#', '/#')}`);
      const links = (await rankedLinks(index, setting, c.query)).map((l) => l.replace(/-copy-\d+\//, '/'));
      const rank = links.findIndex((l) => want.includes(l)) + 1;
      if (rank === 1) first++;
      if (rank >= 1 && rank <= 5) top5++;
      if ((rank !== 1 || !misses) && name !== 'issue 23 (set aside)') console.log(`${String(rank || '-').padStart(2)}  ${name}: ${c.query} → ${rank ? links[rank - 1] : want[0]}${rank !== 1 ? `  (first: ${links[0] ?? 'none'})` : ''}`);
    }
    totals.push(`${name}: ${top5} / ${first} of ${cases.length}`);
  }
  console.log(totals.join('\n'));
}
