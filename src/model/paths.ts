/** Site-relative URLs of the record's pages, defined once. */
export const documentPath = (documentId: string) => `/inspections/${documentId}/`;
export const blockPath = (documentId: string, blockId: string) => `${documentPath(documentId)}#${blockId}`;
export const findingPath = (documentId: string, findingId: string) => `/findings/${documentId}/${findingId}/`;
export const themePath = (themeId: string) => `/themes/${themeId}/`;
