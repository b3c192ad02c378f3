/**
 * A second accessibility engine beside axe: HTML_CodeSniffer's WCAG2AA standard, run in Chromium
 * on one page of each template (tests/support/page-types.ts). Its errors fail the one test, listed
 * by page; its warnings and notices ask for a person's judgement and are not asserted.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { useSite } from '../support/browser';
import { pageTypeSample } from '../support/page-types';

const HTMLCS_BUILD = join(dirname(createRequire(import.meta.url).resolve('html_codesniffer/package.json')), 'build/HTMLCS.js');
/** HTML_CodeSniffer's message types: 1 error, 2 warning, 3 notice. */
const ERROR = 1;

const site = useSite();

it('finds no WCAG2AA errors with HTML_CodeSniffer on any kind of page', async () => {
  const offenders: string[] = [];
  // The sniffer is injected as a script, which the pages' Content-Security-Policy would refuse. One tab visits
  // every page in turn: a fresh context each would start a cold renderer each time.
  const tab = await site.tab({ bypassCSP: true });
  try {
    for (const { path } of pageTypeSample()) {
      await tab.visit(path);
      await tab.page.addScriptTag({ path: HTMLCS_BUILD });
      const errors = await tab.page.evaluate(
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
      offenders.push(...errors.map((e) => `${path} ${e}`));
    }
  } finally {
    await tab.close();
  }
  expect(offenders).toEqual([]);
}, 300_000);

interface HtmlCodeSniffer {
  process(standard: string, content: Document, callback: () => void): void;
  getMessages(): { type: number; code: string; msg: string; element: Element }[];
}
