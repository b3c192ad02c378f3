/** Site-relative URLs of the record's pages, defined once. */

/**
 * Where the site is served from: "/", or the base path astro.config sets from BASE_PATH
 * (e.g. "/lancashire/"), so the site can be hosted at a sub-path. import.meta.env exists
 * wherever Vite compiles the code (pages, components, tests); elsewhere (the import
 * script, integrations) it is "/" unless the caller says otherwise.
 */
export const BASE_PATH = basePath(typeof import.meta.env === 'undefined' ? '/' : import.meta.env.BASE_URL);

/** A base path with one slash at each end: "lancashire", "/lancashire" and "/lancashire/" are all "/lancashire/"; "" is "/". */
export function basePath(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** A path on this site, under the base path: sitePath('/about/') is "/lancashire/about/" when hosted there. */
export const sitePath = (path: string, base = BASE_PATH) => `${base}${path.replace(/^\/+/, '')}`;

export const documentPath = (documentId: string) => sitePath(`/inspections/${documentId}/`);
export const blockPath = (documentId: string, blockId: string) => `${documentPath(documentId)}#${blockId}`;
export const findingPath = (documentId: string, findingId: string) => sitePath(`/findings/${documentId}/${findingId}/`);
export const themePath = (themeId: string) => sitePath(`/themes/${themeId}/`);
export const SEARCH_PATH = sitePath('/search/');

/**
 * The site's sections, in the order the header's navigation lists them (and the 404 page offers
 * them); `within` are the paths of the pages that belong to a section besides its own page.
 */
export const SECTIONS: readonly { href: string; label: string; within?: readonly string[] }[] = [
  { href: sitePath('/'), label: 'Documents', within: [sitePath('/inspections/'), sitePath('/findings/')] },
  { href: sitePath('/journey/'), label: 'The journey' },
  { href: sitePath('/themes/'), label: 'Themes', within: [sitePath('/themes/')] },
  { href: sitePath('/what-happened-next/'), label: 'What happened next' },
  { href: sitePath('/grades/'), label: 'How to read the grades' },
  { href: sitePath('/glossary/'), label: 'Glossary' },
  { href: sitePath('/about/'), label: 'About this record' },
];

/**
 * A section link's aria-current on the page at `pathname`: "page" on the section's own page, "true"
 * on a page within it (a theme under Themes, a document under Documents), otherwise none.
 */
export function currentSection(section: (typeof SECTIONS)[number], pathname: string): 'page' | 'true' | undefined {
  if (pathname === section.href) return 'page';
  return section.within?.some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}
