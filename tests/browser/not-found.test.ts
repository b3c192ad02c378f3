/**
 * The 404 page, as a static host serves it: for any address that has no page, at any depth. It must
 * offer a way on from wherever the reader landed: its own search box, every document, and every
 * section of the site, with links that work at that depth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, type PageRecord } from '../support/browser';
import { brokenTarget } from '../support/html';
import { documentPages, SEARCH_PATH } from '../support/pages';

const site = useSite();
const DEEP = '/no/such/page/three/deep/';

describe(`the 404 page, served at ${DEEP}`, () => {
  let visit: PageRecord;
  beforeAll(async () => {
    visit = await site.open(DEEP);
  });
  afterAll(() => visit.close());

  /** The links in <main>, as the browser resolves them at this depth. */
  const mainLinks = () =>
    visit.page.locator('main a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, url: (a as HTMLAnchorElement).href })));

  it('is served with status 404 and says the page is not found', async () => {
    expect(visit.status).toBe(404);
    expect(await visit.page.locator('h1').innerText()).toBe('Page not found');
  });

  it('loads its stylesheet and everything else it asks for, at this depth', () => {
    expect(visit.requests.some((r) => r.type === 'stylesheet')).toBe(true);
    // The page itself is the one 404.
    expect(visit.failedRequests.filter((f) => !f.startsWith(site.server.url(DEEP)))).toEqual([]);
  });

  it('has its own labelled search box in the main content, which searches the documents', async () => {
    const main = visit.page.locator('main');
    const box = main.getByLabel('Search the documents');
    expect(await box.isVisible(), 'no visible search box labelled "Search the documents" in <main>').toBe(true);
    expect(await main.locator('label', { hasText: 'Search the documents' }).isVisible(), 'its label does not show').toBe(true);
    expect(await box.getAttribute('name')).toBe('q');
    const form = main.locator('form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe(SEARCH_PATH);
  });

  it('links to every document', async () => {
    const documents = (await mainLinks()).map((l) => new URL(l.url).pathname).filter((path) => path.startsWith('/inspections/'));
    expect(documents.sort()).toEqual(documentPages().map((p) => p.path).sort());
  });

  it('links to every section the site navigation lists', async () => {
    const sections = await visit.page.locator('nav[aria-label="Site"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(sections.length).toBeGreaterThan(1);
    const links = (await mainLinks()).map((l) => l.url);
    expect(sections.filter((url) => !links.includes(url)), 'sections not linked from the 404 page text').toEqual([]);
  });

  it('uses only root-relative links, each of which resolves at this depth', async () => {
    const links = await visit.page
      .locator('a[href], link[href]')
      .evaluateAll((els) => els.map((el) => ({ href: el.getAttribute('href')!, url: (el as HTMLAnchorElement | HTMLLinkElement).href })));
    const onSite = links.filter((l) => new URL(l.url).origin === site.server.origin);
    expect(onSite.length).toBeGreaterThan(10);
    expect(onSite.filter((l) => !/^[/#]/.test(l.href) || l.href.startsWith('//')), 'links relative to the address').toEqual([]);
    const broken = onSite.flatMap((l) => {
      const url = new URL(l.url);
      const problem = l.href.startsWith('#') ? undefined : brokenTarget(url.pathname + url.hash);
      return problem ? [`${l.href}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  // Last: it leaves the page (the tests above read it as served).
  it('submits its search box to the search page, from this depth', async () => {
    const { page } = visit;
    await page.locator('main').getByLabel('Search the documents').fill('Trafford');
    await Promise.all([page.waitForURL(/\/search\/\?q=Trafford$/), page.locator('main').getByRole('button', { name: 'Search' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Search the documents');
  });
});
