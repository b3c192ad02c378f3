/**
 * A built site served as the tests serve it (scripts/kit/server.ts), logging the
 * size of every response and optionally slowing each down as a slow network would.
 */
import { startServer } from '../kit/server';
import { gzipSize } from './bytes';

/** Lighthouse's mobile setting for slow 4G. Parallel responses do not share the bandwidth here, so its times are a lower bound. */
export const NETWORKS = {
  local: { rttMs: 0, kbps: Infinity },
  'slow 4G': { rttMs: 150, kbps: 1600 },
} as const;
export type NetworkName = keyof typeof NETWORKS;

export interface Served {
  path: string;
  bytes: number;
  gzip: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export type BenchServer = Awaited<ReturnType<typeof serveBuild>>;

export async function serveBuild(root: string) {
  let network: NetworkName = 'local';
  let log: Served[] = [];
  const server = await startServer({
    root,
    async onSend({ path, body }) {
      const served = { path, bytes: body.length, gzip: gzipSize(path, body) };
      log.push(served);
      const { rttMs, kbps } = NETWORKS[network];
      if (rttMs) await sleep(rttMs + (served.gzip * 8) / kbps);
    },
  });
  return {
    ...server,
    use(n: NetworkName) {
      network = n;
    },
    seen: (test: (s: Served) => boolean) => log.some(test),
    /** What was served since the last call. */
    take(): Served[] {
      const taken = log;
      log = [];
      return taken;
    },
  };
}
