/**
 * The one axe check every browser test uses, as GOV.UK services run it: the
 * WCAG 2.0, 2.1 and 2.2 level A and AA rules, named explicitly so a new axe
 * release cannot quietly widen or narrow what is checked.
 *
 * Rules disabled: none. If one ever must be, disable it here, with the reason,
 * so it is disabled for every page and the reason is read with the rule.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Rule id → why it is disabled. Empty on purpose. */
export const DISABLED_RULES: Record<string, string> = {};

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** Each failing element: its CSS selector and what axe says is wrong with it. */
  nodes: { target: string; summary: string }[];
}

/**
 * The rules whose outcome depends on the colour scheme: a page's second axe pass,
 * in dark mode, runs only these (its structure, names and roles are the same in both).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe's own script, evaluated once in a page: AxeBuilder evaluates the script it is given twice on every pass,
 * which on a short page cost more than the pass itself. Given AXE_IN_PAGE instead, it finds axe there. The
 * package's minified build (580 kB) of the same version, not `axe.source` (its 1.3 MB readable build): compiling
 * half the text cost a quarter less CPU a page.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Without each checked element's markup, which no test reads (a violation is named by its selector): axe copies
 * the outerHTML of every element it checks, thousands on the glossary or a long document.
 */
const AXE_SCRIPT = `${AXE_SOURCE};axe.configure({ noHtml: true })`;
const AXE_IN_PAGE = 'void 0';

/**
 * axe in every document `page` opens from now on, run as the document starts (before the page's own scripts, and
 * like any script the browser's debugging protocol runs, not subject to its Content-Security-Policy), for a tab
 * that runs axe on page after page. The renderer then compiles the same script text as it compiled for the last
 * document, which V8 finds in its cache, rather than a string sent anew: on 20 finding pages, axe's load and pass
 * cost the renderer about a sixth less CPU (13.2–13.8 s against 15.7–17.0 s). Each document still gets its own axe, with no
 * state left from the one before.
 */
export async function axeInEveryDocument(page: Page): Promise<void> {
  await page.addInitScript(AXE_SCRIPT);
}

/** Run axe on the page as it is now and return its violations (none is a pass); `rules` narrows it to those rules. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  // Once per document (unless axeInEveryDocument put it there): a page that has axe keeps it until it navigates
  // (a pass in dark mode follows one in light).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SCRIPT);
  // Only violations are asserted, so axe need not describe every passing element (on the glossary or a long
  // document that is thousands of selectors). Our pages hold no frames (tests/site/policy.test.ts forbids
  // iframe, object and embed), so axe runs in the page itself (legacy mode) rather than frame by frame with a
  // blank page opened to merge the results. Together these halve the time of an axe pass on a long page.
  // (options() replaces every option, so it comes before the rules or tags are chosen.)
  const base = new AxeBuilder({ page, axeSource: AXE_IN_PAGE }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  // axe runs either a list of tags or a list of rules, whichever was set last.
  let builder = rules ? base.withRules([...rules]) : base.withTags([...AXE_TAGS]);
  const disabled = Object.keys(DISABLED_RULES);
  if (disabled.length) builder = builder.disableRules(disabled);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** Violations as readable text, for the failure message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target}\n      ${n.summary}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more elements` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n\n');
}

/** Throws with every violation listed when the page has any. */
export async function expectNoAxeViolations(page: Page, label: string, rules?: readonly string[]): Promise<void> {
  const violations = await axeViolations(page, rules);
  if (violations.length) {
    throw new Error(`${label}: ${violations.length} axe violation(s)\n\n${formatViolations(violations)}`);
  }
}
