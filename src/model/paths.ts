/** Site-relative URLs of the record's pages, defined once. */
export const documentPath = (documentId: string) => `/inspections/${documentId}/`;
export const blockPath = (documentId: string, blockId: string) => `${documentPath(documentId)}#${blockId}`;
export const findingPath = (documentId: string, findingId: string) => `/findings/${documentId}/${findingId}/`;
export const themePath = (themeId: string) => `/themes/${themeId}/`;
export const SEARCH_PATH = '/search/';

/** The site's sections, in the order the header's navigation lists them (and the 404 page offers them). */
export const SECTIONS: readonly { href: string; label: string }[] = [
  { href: '/', label: 'Documents' },
  { href: '/journey/', label: 'The journey' },
  { href: '/themes/', label: 'Themes' },
  { href: '/what-happened-next/', label: 'What happened next' },
  { href: '/grades/', label: 'How to read the grades' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About this record' },
];
