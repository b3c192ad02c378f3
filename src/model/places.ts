/**
 * Where each block of a document sits: the headings above it and, for a table row, its row groups,
 * joined by " › " (its section in the document's outline, src/model/outline.ts). A link to a block
 * is named by its label ("table row “Leadership and management”") and, where labels repeat, by its
 * place too.
 */

/** Words that tell apart links to blocks of the same label: the block's place and its document. */
export const placeOf = (places: ReadonlyMap<string, string>, id: string, document: string) =>
  [places.get(id), document].filter(Boolean).join(', ');
