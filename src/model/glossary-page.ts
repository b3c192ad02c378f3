/**
 * The glossary page's shape: its entries under their first letter, and each entry's uses under
 * the documents that hold them, in the record's order, with the counts its "Where it appears" states.
 */
interface Use {
  document: { id: string };
  finding: boolean;
}

/** The letter an entry is filed under: its term's first letter, or "#" for a term that starts with none. */
export function letterOf(term: string): string {
  const first = term.replace(/^[^A-Za-z]+/, '')[0]?.toUpperCase() ?? '#';
  return /[A-Z]/.test(first) ? first : '#';
}

/** Uses grouped by their document, documents in the order of their first use. */
function usesByDocument<U extends Use>(uses: readonly U[]): { document: U['document']; uses: U[] }[] {
  return [...Map.groupBy(uses, (use) => use.document.id).values()].map((own) => ({ document: own[0]!.document, uses: own }));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What "Where it appears" says of an entry's uses: how many are findings, how many other places, in how many documents. */
export function whereSentence(uses: number, findings: number, documents: number): string {
  const others = uses > findings ? `, and ${count(uses - findings, 'other place', 'other places')} in the text` : '';
  return `${count(findings, 'finding', 'findings')}${others}, in ${count(documents, 'document', 'documents')}.`;
}

/** Entries (in their given order) under each letter, letters in the order their first entry comes. */
export function glossaryByLetter<I extends { entry: { term: string }; uses: readonly Use[] }>(items: readonly I[]) {
  return [...Map.groupBy(items, (item) => letterOf(item.entry.term))].map(([letter, own]) => ({
    letter,
    items: own.map((item) => {
      const findings = item.uses.filter((u) => u.finding).length;
      const byDocument = usesByDocument<I['uses'][number]>(item.uses);
      return { ...item, findings, byDocument, where: whereSentence(item.uses.length, findings, byDocument.length) };
    }),
  }));
}

/**
 * What the glossary page says after "Stands for <expansion>": whether the documents use the letters,
 * and whether they write the expansion's words (ours where they do not).
 */
export function expansionTail(lettersUsed: boolean, wordsInDocuments: boolean): string {
  if (lettersUsed) return wordsInDocuments ? ', as the documents spell it out.' : '. The documents do not spell it out.';
  return wordsInDocuments ? '. The documents never use the letters: they write the words.' : '. The documents use neither the letters nor these words.';
}
