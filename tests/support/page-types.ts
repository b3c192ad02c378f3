/**
 * One built page of each template, for the browser checks whose result depends on the template
 * and not on the words in it (a second accessibility engine, the phone layout): every page with a
 * template of its own, one theme page, one finding page per document, and every document page
 * (each document's body has a structure of its own: judgement tables, lists, letters).
 */
import { builtPages, type BuiltPage } from './pages';

/** The template a page is built from: its path with the parts a template repeats over replaced. */
function templateOf(path: string): string {
  const finding = /^\/findings\/([^/]+)\/[^/]+\/$/.exec(path);
  if (finding) return `/findings/${finding[1]}/*/`;
  return path.replace(/^\/themes\/[^/]+\/$/, '/themes/*/');
}

export function pageTypeSample(pages = builtPages()): BuiltPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const template = templateOf(page.path);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}
