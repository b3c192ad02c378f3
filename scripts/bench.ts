/**
 * `npm run bench`: what the site costs its readers and what the record's growth
 * costs its build. It measures and prints; it asserts nothing (the tests do that),
 * but says which targets the figures meet. See scripts/bench/ and docs/performance.md's
 * "Performance"; `npm run bench -- --help` lists the options.
 *
 * Every build is made from a copy of the project in a temporary folder, removed
 * afterwards: the 1× copy is the site as it is, and its pages and search are
 * measured in detail; 10× and 100× have every document that many times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchBrowser } from './kit/chromium';
import { pagesWithScript, summariseByType, weighPages } from './bench/pages';
import { parseOptions } from './bench/options';
import { judge, machine, print, type Results } from './bench/report';
import { measureScale, type ScaleResult } from './bench/scaling';
import { indexOnDisk, searchAtScale, searchCost } from './bench/search';

const options = parseOptions(process.argv.slice(2));
const started = performance.now();
/** Progress on stderr, so stdout is the report alone; each line with the minutes since the start. */
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 60_000).toFixed(1)} min] ${line}\n`);
const results: Omit<Results, 'targets'> = { machine: machine(), options };
const wants = (section: (typeof options.sections)[number]) => options.sections.includes(section);

/**
 * Writes the results so far, judged: after each scale, so a run stopped part-way (the biggest
 * scale takes longest) keeps every scale it finished.
 */
function save(scaling: ScaleResult[]): Results {
  const sofar = { ...results, ...(wants('scaling') ? { scaling } : {}), durationMs: Math.round(performance.now() - started) };
  const judged: Results = { ...sofar, targets: judge(sofar) };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(judged, null, 2)}\n`);
  return judged;
}

const browser = await launchBrowser();
try {
  const scaling: ScaleResult[] = [];
  for (const scale of options.scales) {
    scaling.push(
      await measureScale(scale, {
        browser,
        limitMs: options.buildLimitMinutes * 60_000,
        search: wants('scaling'),
        log,
        changeOne: scale > 1 && scale === options.scales.at(-1),
        whileServed:
          scale === 1
            ? async (server, dist) => {
                if (wants('pages')) {
                  const all = await weighPages(browser, server, dist, (done, of) => done % 50 === 0 && log(`pages: ${done} of ${of}`));
                  results.pages = { byType: summariseByType(all), withScript: pagesWithScript(all).map((p) => p.path), all };
                }
                if (wants('search')) {
                  results.search = { queries: await searchCost(browser, server, { ...options, log }), index: indexOnDisk(dist) };
                  results.search.scaled = await searchAtScale(browser, dist, log);
                }
              }
            : undefined,
      }),
    );
    save(scaling);
  }
  print(save(scaling), (text) => process.stdout.write(`${text}\n`));
  log(`Written ${options.out}`);
} finally {
  await browser.close();
}
