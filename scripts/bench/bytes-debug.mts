import { launchBrowser } from '../../tests/support/browser';
import { DIST } from '../../tests/support/server';
import { arriving, typing, QUERIES } from './search';
import { serveBuild } from './server';
const server = await serveBuild(DIST);
const browser = await launchBrowser();
for (const q of [...QUERIES, 'what was Lancashire rated in 2015', 'education of children in care', 'did children\'s services improve']) {
  const a = await arriving(browser, server, q);
  const t = await typing(browser, server, q, 'local' as never);
  console.log(`${q.padEnd(36)} arriving ${(a.gzip / 1024).toFixed(1)} kB  new query ${(t.gzip / 1024).toFixed(1)} kB`);
}
await browser.close(); await server.stop?.();
process.exit(0);
