/**
 * Our own sentences about this particular record, page by page (content/site.yaml `words`): the story
 * the home page tells, what the record does not hold, the terms on which its text may be reused. They
 * are content, not code, so another council's record says its own or nothing. Where a sentence quotes
 * a document it names the quotation, `{id}`, one of content/quotations.yaml for the same page, which
 * is checked against its block and shown linked to it; `**words**` are strong and `` `words` `` code.
 */
import { z } from 'astro/zod';

const sentences = z.string().min(1);

export const ourWordsSchema = z
  .object({
    /** The home page, after its lede: a paragraph each. */
    home: z.array(sentences).default([]),
    /** The journey page's introduction, before the comparison of the frameworks. */
    journey: sentences.optional(),
    /** How to read the grades: before the table of the scale the documents state. */
    gradeScale: z.array(sentences).default([]),
    /** How to read the grades: sections after the scale, each with its heading and id. */
    gradeSections: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), heading: sentences, paragraphs: z.array(sentences).min(1) }).strict()).default([]),
    /** About: what the record does not hold, a paragraph each (no section where there are none). */
    notHeld: z.array(sentences).default([]),
    /** About, the corrections policy: how the documents reached us and what converting them to text damaged. */
    conversion: sentences.optional(),
    /** About: the terms on which the documents' text may be reused, after whose text is Crown copyright. */
    reuse: sentences.optional(),
    /** Open data: the licence terms of the text, after whose text is Crown copyright. */
    licence: sentences.optional(),
    /** The data package: the same terms, in plain words (no quotation or markup). */
    licenceSummary: sentences.optional(),
    /** What happened next: where its later documents come from. */
    whatHappenedNext: sentences.optional(),
  })
  .strict()
  .default({ home: [], gradeScale: [], gradeSections: [], notHeld: [] });
export type OurWords = z.infer<typeof ourWordsSchema>;

/** The page each of our sentences is on: a quotation it names must be one of that page's. */
export const PAGE_OF: Record<keyof OurWords, string> = {
  home: '/',
  journey: '/journey/',
  gradeScale: '/grades/',
  gradeSections: '/grades/',
  notHeld: '/about/',
  conversion: '/about/',
  reuse: '/about/',
  licence: '/data/',
  licenceSummary: '/data/',
  whatHappenedNext: '/what-happened-next/',
};

/** A run of our sentences as it is shown: our words, words set strong or as code, and the documents' words quoted. */
export type Piece = { words: string } | { strong: string } | { code: string } | { quotation: string };

const PIECE = /\{([a-z0-9-]+)\}|\*\*(.+?)\*\*|`(.+?)`/g;

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(PIECE)) {
    if (m.index > at) out.push({ words: text.slice(at, m.index) });
    out.push(m[1] ? { quotation: m[1] } : m[2] ? { strong: m[2] } : { code: m[3]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ words: text.slice(at) });
  return out;
}

/** Every sentence of ours, with the page it is on and the field that holds it ("gradeSections[0].paragraphs[1]"). */
export function ourSentences(words: OurWords): { field: string; page: string; text: string }[] {
  const at = (field: keyof OurWords, text: string | undefined, name: string = field) => (text === undefined ? [] : [{ field: name, page: PAGE_OF[field], text }]);
  return [
    ...words.home.flatMap((text, i) => at('home', text, `home[${i}]`)),
    ...at('journey', words.journey),
    ...words.gradeScale.flatMap((text, i) => at('gradeScale', text, `gradeScale[${i}]`)),
    ...words.gradeSections.flatMap((s, i) => [
      ...at('gradeSections', s.heading, `gradeSections[${i}].heading`),
      ...s.paragraphs.flatMap((text, k) => at('gradeSections', text, `gradeSections[${i}].paragraphs[${k}]`)),
    ]),
    ...words.notHeld.flatMap((text, i) => at('notHeld', text, `notHeld[${i}]`)),
    ...at('conversion', words.conversion),
    ...at('reuse', words.reuse),
    ...at('licence', words.licence),
    ...at('licenceSummary', words.licenceSummary),
    ...at('whatHappenedNext', words.whatHappenedNext),
  ];
}

/**
 * What in our sentences the quotations do not bear out: a quotation named that is not one of its page's.
 * Our sentences quote the documents only through the quotations (the words checked against their blocks).
 * A quotation that could not be read (`unread`, reported already) is checked once it can be.
 */
export function checkOurWords(file: string, words: OurWords, quotations: readonly { id: string; page: string }[], unread: ReadonlySet<string> = new Set()): string[] {
  const problems = ourSentences(words).flatMap(({ field, page, text }) =>
    pieces(text).flatMap((piece) =>
      'quotation' in piece && !unread.has(piece.quotation) && !quotations.some((q) => q.id === piece.quotation && q.page === page)
        ? [`${file}: words.${field}: {${piece.quotation}} is not a quotation of content/quotations.yaml for the page ${page}`]
        : [],
    ),
  );
  if (words.licenceSummary && pieces(words.licenceSummary).some((piece) => !('words' in piece))) {
    problems.push(`${file}: words.licenceSummary: plain words only (the data package shows no quotation or markup)`);
  }
  return problems;
}
