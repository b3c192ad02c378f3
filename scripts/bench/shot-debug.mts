import { launchBrowser } from '../../tests/support/browser';
import { startServer, DIST } from '../../tests/support/server';
import { settled } from '../../tests/support/search-page';
const server = await startServer({ root: DIST });
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
await ctx.addInitScript('globalThis.__name = (f) => f');
const page = await ctx.newPage();
await page.goto(server.url('/search/'));
await settled(page);
for (const [i, q] of ['what was Lancashire rated in 2015', 'CSE', 'children in care education'].entries()) {
  await page.fill('#search-q', q); await page.press('#search-q', 'Enter'); await settled(page);
  await page.waitForTimeout(300);
  console.log(q, '| focus:', await page.evaluate(() => document.activeElement?.id), '| status:', await page.textContent('#search-status'), '|', await page.textContent('#search-note'));
  await page.screenshot({ path: `/tmp/i23-shot-${i}.png` });
}
await browser.close(); await server.stop();
