/** Site-relative URLs of the record's pages, defined once. */
export const documentPath = (documentId: string) => `/inspections/${documentId}/`;
export const blockPath = (documentId: string, blockId: string) => `${documentPath(documentId)}#${blockId}`;
