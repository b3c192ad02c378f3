import { launchBrowser } from '../../tests/support/browser';
import { startServer, DIST } from '../../tests/support/server';
import { query } from '../../tests/support/search-page';
const server = await startServer({ root: DIST });
const browser = await launchBrowser();
const page = await browser.newPage();
await page.addInitScript('globalThis.__name = (f) => f');
await page.goto(server.url('/search/'));
for (const q of process.argv.slice(2)) {
  await query(page, q);
  const rows = await page.$$eval('#search-list li', (lis) => lis.slice(0, 6).map((li) => `${li.querySelector('a')!.getAttribute('href')!.replace(/:~:.*/, '').replace('/inspections/', '')}  ${(li.querySelector('.search-result__excerpt') as HTMLElement).innerText.slice(0, 70)}`));
  console.log(`== ${q} | ${await page.textContent('#search-note')}`); rows.forEach((r) => console.log('  ' + r));
}
await browser.close(); await server.stop();
