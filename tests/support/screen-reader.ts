/**
 * What a screen reader says, moving item by item through part of a built page: Guidepup's Virtual
 * Screen Reader over the page in jsdom, with the page's own stylesheets (so what CSS hides is not
 * read; jsdom matches media queries at a 1024 px wide screen, so the wide layout is the one heard).
 *
 * Two things a browser keeps out of the accessibility tree that jsdom does not, so they are skipped
 * here as a browser would: what is inside an image (role="img" makes its children presentational:
 * a chart is heard as its name and description, not its drawing's scattered words), and the contents
 * of a closed <details> other than its summary.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { virtual } from '@guidepup/virtual-screen-reader';
import { distFile } from './html';
import { DIST } from './server';

/** The built page at a site path, in jsdom, with its stylesheets inlined from dist/. */
export function loadPage(path: string): Document {
  const file = distFile(path);
  if (!file) throw new Error(`No built page at ${path}: run npm run build first`);
  const html = readFileSync(file, 'utf8').replace(/<link rel="stylesheet" href="([^"]+)">/g, (_m, href: string) =>
    `<style>${readFileSync(`${DIST}${href}`, 'utf8')}</style>`);
  return new JSDOM(html, { url: `http://127.0.0.1${path}` }).window.document;
}

const elementOf = (node: Node | null): Element | null => (node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null));

/** True where a browser would expose nothing: inside an image, or inside a closed <details> but not its summary. */
function unheard(node: Node | null): boolean {
  const el = elementOf(node);
  if (!el) return false;
  const image = el.closest('[role="img"]');
  if (image && image !== el) return true;
  const closed = el.closest('details:not([open])');
  return !!closed && !el.closest('summary')?.parentElement?.isSameNode(closed) && el !== closed;
}

/**
 * The phrases heard moving forward from the start of `container`, one per item, until `last` says to
 * stop (it is given each phrase and the node spoken) or the container ends (its own "end of …").
 */
export async function hear(container: Element, last?: (phrase: string, node: Node | null) => boolean): Promise<string[]> {
  const heard: string[] = [];
  await virtual.start({ container });
  try {
    // A cap so a page that never ends (the reader wraps round to the start) fails rather than hangs.
    for (let step = 0; step < 5000; step++) {
      const phrase = await virtual.lastSpokenPhrase();
      const node = virtual.activeNode;
      if (step > 0 && node === container && phrase.startsWith('end of')) return [...heard, phrase];
      if (!unheard(node)) heard.push(phrase);
      if (last?.(phrase, node)) return heard;
      await virtual.next();
    }
    throw new Error(`The screen reader did not reach the end of ${container.tagName} within 5000 items`);
  } finally {
    await virtual.stop();
  }
}
