/** The benchmark's command line: `npm run bench -- --quick`, `--scales 1,10`, `--only search`. */
import { parseArgs } from 'node:util';
import type { NetworkName } from './server';

export const SECTIONS = ['pages', 'search', 'scaling'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Options {
  sections: Section[];
  /** How many times the documents, for the scaling runs; 1 is always built (the other sections measure it). */
  scales: number[];
  /** Search runs per query and network; times are their median. */
  runs: number;
  networks: NetworkName[];
  /** A build that takes longer is stopped and reported as such. */
  buildLimitMinutes: number;
  out: string;
}

export const USAGE = `npm run bench -- [options]
  --scales 1,10,100   how many times the documents to build (default 1,10,100; --quick: 1,10)
  --only LIST         some of: ${SECTIONS.join(',')} (default: all)
  --quick             one search run per query, local network only, scales 1,10
  --build-limit MIN   stop a build after MIN minutes and report it unfinished (default 10)
  --out FILE          where to write the results (default bench/results.json)`;

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'build-limit': { type: 'string', default: '10' },
      out: { type: 'string', default: 'bench/results.json' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const sections = values.only ? list(values.only) : [...SECTIONS];
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  const scales = list(values.scales ?? (values.quick ? '1,10' : '1,10,100')).map(Number);
  const limit = Number(values['build-limit']);
  if (unknown.length || scales.some((n) => !Number.isInteger(n) || n < 1) || !(limit > 0)) {
    throw new Error(`Bad options${unknown.length ? ` (unknown section ${unknown.join(', ')})` : ''}.\n${USAGE}`);
  }
  return {
    sections: sections as Section[],
    scales: [...new Set([1, ...(sections.includes('scaling') ? scales : [])])].sort((a, b) => a - b),
    runs: values.quick ? 1 : 3,
    networks: values.quick ? ['local'] : ['local', 'slow 4G'],
    buildLimitMinutes: limit,
    out: values.out,
  };
}
