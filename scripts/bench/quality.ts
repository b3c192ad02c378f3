/**
 * How well search answers: for every query and question of the quality set
 * (scripts/kit/search-queries.ts), the rank of the block it must find on the
 * search page, and the rank Pagefind's own default ranking of the same index
 * gives it (its results in its order, each page's sub-results in theirs).
 * Run it after a build: `npx tsx scripts/bench/quality.ts` (against dist/).
 */
import type { Browser } from 'playwright-core';
import { BLOCK_STRIDE } from '../../src/model/search-groups';
import { query, resultLinks, settled } from '../kit/search-page';
import { FRESH_QUESTION_CASES, HELD_OUT_QUESTION_CASES, LAY_QUESTION_CASES, PROBE_CASES, QUESTION_CASES, SEARCH_CASES, type AnsweredCase, type SearchCase } from '../kit/search-queries';

export interface CaseRank {
  query: string;
  want: string;
  /** 1-based; 0 when not among the first 20. */
  ours: number;
  pagefind: number;
}
export interface QualityScore {
  cases: number;
  top5: number;
  first: number;
  pagefindTop5: number;
  pagefindFirst: number;
}

/** The rank of the first of the blocks wanted: 1-based, 0 when none is among the first 20. */
const rankOf = (links: string[], want: string[]) => links.slice(0, 20).findIndex((l) => want.includes(l)) + 1;
const asAnswered = (c: SearchCase): AnsweredCase => ({ query: c.query, answers: [`${c.document}#${c.id}`], kind: 'lay' });

/**
 * Pagefind's default ranking, in the page: its results (groups of blocks, src/model/search-groups.ts)
 * in its order, each group's blocks holding a matched word in the documents' order.
 */
async function pagefindLinks(page: import('playwright-core').Page, q: string): Promise<string[]> {
  return page.evaluate(async ({ text, stride }) => {
    const bundle = document.querySelector<HTMLElement>('#search-form')!.dataset.searchBundle!;
    const pf = await import(/* @vite-ignore */ bundle);
    await pf.options({ noWorker: true });
    await pf.init();
    const found = await pf.search(text);
    const links: string[] = [];
    for (const r of (found?.results ?? []) as { id: string; words: number[] }[]) {
      for (const i of [...new Set(r.words.map((w) => Math.floor(w / stride)))].sort((a, b) => a - b)) {
        const block = (await (await fetch(bundle.replace(/[^/]*$/, `block/${r.id}/${i}.json`))).json()) as { url: string };
        links.push(block.url);
      }
      if (links.length >= 20) break;
    }
    return links;
  }, { text: q, stride: BLOCK_STRIDE });
}

async function searchQuality(browser: Browser, url: (path: string) => string): Promise<{ ranks: CaseRank[]; queries: QualityScore; questions: QualityScore; probes: QualityScore; heldOut: QualityScore; lay: QualityScore; fresh: QualityScore }> {
  const context = await browser.newContext();
  // tsx names functions with a helper the page does not have; the tests' own runner does not.
  await context.addInitScript('globalThis.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(url('/search/'));
  await settled(page);
  const ranks: CaseRank[] = [];
  const run = async (cases: AnsweredCase[]) => {
    const out: CaseRank[] = [];
    for (const c of cases) {
      const want = c.answers.map((a) => `/inspections/${a.replace('#', '/#')}`);
      await query(page, c.query);
      const ours = rankOf(await resultLinks(page), want);
      const pagefind = rankOf(await pagefindLinks(page, c.query), want);
      out.push({ query: c.query, want: want.join(' | '), ours, pagefind });
    }
    ranks.push(...out);
    return {
      cases: out.length,
      top5: out.filter((r) => r.ours >= 1 && r.ours <= 5).length,
      first: out.filter((r) => r.ours === 1).length,
      pagefindTop5: out.filter((r) => r.pagefind >= 1 && r.pagefind <= 5).length,
      pagefindFirst: out.filter((r) => r.pagefind === 1).length,
    };
  };
  const queries = await run(SEARCH_CASES.map(asAnswered));
  const questions = await run(QUESTION_CASES.map(asAnswered));
  const probes = await run(PROBE_CASES.map(asAnswered));
  const heldOut = await run(HELD_OUT_QUESTION_CASES.map(asAnswered));
  const lay = await run(LAY_QUESTION_CASES);
  const fresh = await run(FRESH_QUESTION_CASES);
  await context.close();
  return { ranks, queries, questions, probes, heldOut, lay, fresh };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchBrowser } = await import('../kit/chromium');
  const { startServer, DIST } = await import('../kit/server');
  const server = await startServer({ root: DIST });
  const browser = await launchBrowser();
  try {
    const { ranks, queries, questions, probes, heldOut, lay, fresh } = await searchQuality(browser, (p) => server.url(p));
    for (const r of ranks) console.log(`${String(r.ours || '-').padStart(2)} ${String(r.pagefind || '-').padStart(2)}  ${r.query} → ${r.want}`);
    console.log('queries', JSON.stringify(queries));
    console.log('questions', JSON.stringify(questions));
    console.log('probes', JSON.stringify(probes));
    console.log('held out', JSON.stringify(heldOut));
    console.log('issue 23', JSON.stringify(lay));
    console.log('fresh (stop 23)', JSON.stringify(fresh));
  } finally {
    await browser.close();
    await server.stop();
  }
}
