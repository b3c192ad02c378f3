/**
 * The Content-Security-Policy in a real browser. Every built page is held to the
 * policy's rules statically (tests/site/policy.test.ts: the one policy <meta>, no
 * inline script or style, nothing from elsewhere), and the browser's sample of
 * pages loads with no console error (tests/browser/pages.test.ts), which is where
 * Chromium reports a violation. Here: the search page running a search, the one
 * page whose script does more than load, and proof that a violation is seen both
 * ways. The policy comes from each page's own <meta http-equiv="Content-Security-Policy">
 * (the test server sends no headers).
 */
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { useSite } from '../support/browser';
import { SEARCH_PATH } from '../support/pages';

const site = useSite();

interface Visit {
  violations: string[];
  consoleProblems: string[];
  pageErrors: string[];
}

/** Record CSP violations (as events in the page and as console messages), console errors and uncaught errors. */
async function visit(path: string, then?: (page: import('playwright-core').Page) => Promise<void>): Promise<Visit> {
  const tab = await site.tab();
  const { page } = tab;
  const result: Visit = { violations: [], consoleProblems: [], pageErrors: [] };
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text())) {
      result.consoleProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => result.pageErrors.push(String(error)));
  try {
    await tab.visit(path);
    if (then) await then(page);
    result.violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));
  } finally {
    await tab.close();
  }
  return result;
}

const clean: Visit = { violations: [], consoleProblems: [], pageErrors: [] };

describe('the Content-Security-Policy', () => {
  it(`${SEARCH_PATH}: search finds results under the policy (Pagefind's WebAssembly, its index)`, async () => {
    let count = 0;
    const result = await visit(`${SEARCH_PATH}?q=care+leavers`, async (page) => {
      await page.waitForSelector('#search-list li a', { timeout: 30_000 });
      count = await page.locator('#search-list li').count();
      // Filters and "show more" run more of the script; open the filters too.
      await page.click('#search-filters summary');
    });
    expect(count).toBeGreaterThan(0);
    expect(result).toEqual(clean);
  });

  it('the meta policy really blocks what it forbids, and the violation shows as an event and as a console error', async () => {
    const result = await visit('/about/', async (page) => {
      // Waits for the violation to be reported both ways (and fails after 10 s if it never is).
      await Promise.all([
        page.waitForEvent('console', { predicate: (message) => /Content Security Policy/.test(message.text()), timeout: 10_000 }),
        page.evaluate(
          () =>
            new Promise<void>((reported, fail) => {
              document.addEventListener('securitypolicyviolation', () => reported(), { once: true });
              setTimeout(() => fail(new Error('no securitypolicyviolation event in 10 s')), 10_000);
              const style = document.createElement('style');
              style.textContent = 'body { color: red }';
              document.head.append(style);
            }),
        ),
      ]);
    });
    expect(result.violations.join('\n')).toMatch(/style-src/);
    expect(result.consoleProblems.join('\n')).toMatch(/^error: .*Content Security Policy/m);
  });
});
