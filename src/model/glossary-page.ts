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
export function usesByDocument<U extends Use>(uses: readonly U[]): { document: U['document']; uses: U[] }[] {
  return [...Map.groupBy(uses, (use) => use.document.id).values()].map((own) => ({ document: own[0]!.document, uses: own }));
}

/** Entries (in their given order) under each letter, letters in the order their first entry comes. */
export function glossaryByLetter<I extends { entry: { term: string }; uses: readonly Use[] }>(items: readonly I[]) {
  return [...Map.groupBy(items, (item) => letterOf(item.entry.term))].map(([letter, own]) => ({
    letter,
    items: own.map((item) => ({
      ...item,
      findings: item.uses.filter((u) => u.finding).length,
      byDocument: usesByDocument<I['uses'][number]>(item.uses),
    })),
  }));
}
