/**
 * Checks that a document's frontmatter agrees with its text: every id it cites
 * exists, every judgement's grade is in the block it cites, every figure is in the
 * words it quotes. The schema cannot see the body; this can. Each problem names
 * the field and what would be allowed, so a failed build says what to fix.
 */
import { identifiedBlocks, type Block } from './body';
import { quotedSpans, quotes } from './quotations';
import type { InspectionDocument } from './schema';

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

export function checkDocument(data: InspectionDocument, blocks: Block[]): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const { id, text } of identifiedBlocks(blocks)) {
    if (texts.has(id)) problems.push(`body: the id "${id}" is used twice; every block needs its own id`);
    texts.set(id, text);
  }
  const ids = [...texts.keys()];
  const sample = ids.length > 6 ? `${ids.slice(0, 3).join(', ')} … ${ids.slice(-2).join(', ')}` : ids.join(', ');

  const textOf = (field: string, id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const text = texts.get(id);
    if (text === undefined) {
      problems.push(`${field}: "${id}" is not the id of any block in the text; ids there are ${sample}`);
    }
    return text;
  };

  data.judgements.forEach((j, n) => {
    const text = textOf(`judgements[${n}].source`, j.source);
    // As words: "Adequate" is not stated by "inadequate".
    if (text !== undefined && !new RegExp(`\\b${squash(j.grade)}\\b`).test(squash(text))) {
      problems.push(
        `judgements[${n}].grade: "${j.grade}" is not stated in ${j.source} ("${text.slice(0, 100)}"); cite the block that states this grade`,
      );
    }
    j.alsoStatedIn.forEach((id, k) => textOf(`judgements[${n}].alsoStatedIn[${k}]`, id));
  });

  data.evidence.forEach((item, n) => {
    const text = textOf(`evidence[${n}].source`, item.source);
    if (text !== undefined && !squash(text).includes(squash(item.quote))) {
      problems.push(`evidence[${n}].quote: these words are not in ${item.source}: "${item.quote}"`);
    }
    const spelled = NUMBER_WORDS[item.value];
    const quote = squash(item.quote);
    // As a number: 2 is not stated by "12".
    if (!new RegExp(`(?<!\\d)${item.value}(?!\\d)`).test(quote) && !(spelled && new RegExp(`\\b${spelled}\\b`).test(quote))) {
      problems.push(`evidence[${n}].value: ${item.value} does not appear in its quote "${item.quote}"`);
    }
  });

  textOf('outcome.source', data.outcome.source);
  textOf('inspected.source', data.inspected?.source);
  textOf('issued.source', data.issued.source);
  for (const field of ['original', 'ofstedReport'] as const) {
    const address = data[field];
    const stated = textOf(`${field}.source`, address?.source);
    if (address && stated !== undefined && !stated.includes(address.url.replace(/^https?:\/\//, ''))) {
      problems.push(`${field}.url: ${address.url} is not the address stated in ${address.source}`);
    }
  }
  data.repairs.forEach((r, n) => textOf(`repairs[${n}].at`, r.at));

  // Our sentences about the document may quote it inline: every span in curly quotes must be its words.
  const whole = [...texts.values()].join('\n');
  const prose: [string, string][] = [['summary', data.summary], ...data.notStated.map((s, n): [string, string] => [`notStated[${n}]`, s])];
  for (const [field, text] of prose) {
    for (const span of quotedSpans(text)) {
      if (!quotes(whole, span)) problems.push(`${field}: “${span}” is not the document's words`);
    }
  }
  return problems;
}
