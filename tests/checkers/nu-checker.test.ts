/**
 * The W3C Nu Html Checker (vnu.jar, from the vnu-jar package) over every built page: one JVM
 * reads the whole of dist/ (HTML files only) and every error it reports fails this one test,
 * listed by page. `.ci/run` installs the Java runtime it needs.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { assertDistBuilt, DIST } from '../support/server';

/** The package exports the jar's path (as a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

it('passes the Nu Html Checker with no errors on any page', () => {
  assertDistBuilt();
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'The Nu Html Checker needs Java, and `java` was not found. Install a runtime: apt-get install -y --no-install-recommends default-jre-headless',
    );
  }
  // One short run: the JIT's first tier only (the second's compiling does not pay back in a run this short; it
  // halves the checker's time, 14 s of CPU to 7), with the deeper stack the first tier's frames need.
  const run = spawnSync('java', ['-XX:TieredStopAtLevel=1', '-Xss8m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr, and exits 1 when it found errors.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const page = m.url?.startsWith('file:') ? `/${relative(DIST, fileURLToPath(m.url))}` : (m.url ?? '?');
      return `${page}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` «${m.extract.trim()}»` : ''}`;
    });
  expect(errors).toEqual([]);
}, 300_000);
