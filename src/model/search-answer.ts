/**
 * The answer the search page gives above its results to a question about grades: the judgements
 * of the record (the documents' own, as the journey shows them), each with the words of a document
 * that state it and a link there. Pure: src/pages/search/judgements.json.ts writes them for the search
 * page, which fetches them for a question about grades only (src/scripts/search-answer.ts says which).
 */
import { plainWords } from './search-words';

export interface AnswerJudgement {
  year: string;
  /** The document's short title. */
  documentTitle: string;
  /** The framework's name. */
  framework: string;
  group: string;
  area: string;
  grade: string;
  rank: number;
  /** The sentence of a document that states it (a paragraph that also states it, else its own line or row). */
  quote: string;
  /** The block that quote is from. */
  url: string;
}

interface JudgedDocument {
  id: string;
  year: number;
  shortTitle: string;
  framework: string;
  judgements: { area: string; group?: string; grade: string; rank: number; source: string; alsoStatedIn: string[] }[];
}

/** The sentence of `text` that holds `grade` (its words, any case), or the whole text. */
export function sentenceStating(text: string, grade: string): string {
  const wanted = ` ${plainWords(grade).join(' ')} `;
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [text];
  return sentences.map((s) => s.trim()).find((s) => ` ${plainWords(s).join(' ')} `.includes(wanted)) ?? text.trim();
}

/**
 * Every judgement of the documents, with the words that state it: the first paragraph that also
 * states it, where one does (Ofsted's sentence "… is good." says more than a table's "Good"), else
 * its own line or row.
 */
export function answerJudgements(documents: JudgedDocument[], textOf: (document: string, block: string) => string | undefined, url: (document: string, block: string) => string): AnswerJudgement[] {
  return documents.flatMap((d) =>
    d.judgements.map((j) => {
      const block = [...j.alsoStatedIn, j.source].find((b) => textOf(d.id, b)?.trim()) ?? j.source;
      const text = textOf(d.id, block) ?? '';
      return {
        year: String(d.year),
        documentTitle: d.shortTitle,
        framework: d.framework,
        group: j.group ?? '',
        area: j.area,
        grade: j.grade,
        rank: j.rank,
        quote: sentenceStating(text, j.grade),
        url: url(d.id, block),
      };
    }),
  );
}
