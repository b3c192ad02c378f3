/**
 * A second accessibility engine beside axe: HTML_CodeSniffer's WCAG2AA standard, run in the page as it is. Its
 * errors are what tests assert; its warnings and notices ask for a person's judgement and are not asserted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The sniffer's build, evaluated in the page (as axe is, tests/support/axe.ts): a script evaluated by the browser's
 * debugging protocol is not subject to the page's Content-Security-Policy, so it needs no context that bypasses
 * it, nor a <script> element added to the page it checks.
 */
const HTMLCS_SOURCE = readFileSync(join(dirname(createRequire(import.meta.url).resolve('html_codesniffer/package.json')), 'build/HTMLCS.js'), 'utf8');
/** HTML_CodeSniffer's message types: 1 error, 2 warning, 3 notice. */
const ERROR = 1;

interface HtmlCodeSniffer {
  process(standard: string, content: Document, callback: () => void): void;
  getMessages(): { type: number; code: string; msg: string; element: Element }[];
}

/** HTML_CodeSniffer's WCAG2AA errors on the page as it is now, each as "code: message at <element…>" (none is a pass). */
export async function htmlCodeSnifferErrors(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'HTMLCS' in window))) await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    (type) =>
      new Promise<string[]>((resolve) => {
        const htmlcs = (window as unknown as { HTMLCS: HtmlCodeSniffer }).HTMLCS;
        htmlcs.process('WCAG2AA', document, () =>
          resolve(
            htmlcs
              .getMessages()
              .filter((m) => m.type === type)
              .map((m) => `${m.code}: ${m.msg} at ${m.element.outerHTML.slice(0, 120)}`),
          ),
        );
      }),
    ERROR,
  );
}
