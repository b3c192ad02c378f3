/**
 * Chromium for the browser tests and the bench: the one CHROME_PATH names, or Debian's /usr/bin/chromium,
 * driven by playwright-core (Playwright's own browsers are never downloaded).
 *
 * Nothing it is asked for leaves the machine: every host name and address but 127.0.0.1 (where the site is
 * served, scripts/kit/server.ts) resolves to nothing, so a request elsewhere fails at once
 * (net::ERR_NAME_NOT_RESOLVED), an address such as 93.184.216.34 too. The tests still see the request and its
 * failure (tests/support/browser.ts records both), so a page that asks for anything outside the site fails
 * them. Chromium refuses these itself: routing every request through Playwright instead cost a round trip to
 * Node a request, a quarter of a page load's CPU.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing. Install it with: apt-get update && apt-get install -y chromium, or set CHROME_PATH to a Chromium or Chrome.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
