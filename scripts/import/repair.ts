/**
 * Repairs of the damage that PDF and Word conversion did to the source texts.
 * Each function takes lines and returns lines, attaching a note to every line it
 * changed, so the reader can be told exactly what was repaired and where.
 * None of them changes a word the document wrote.
 */
import { isBlank, line, quote, type Line, type Note } from './lines';
import type { RepairKind } from '../../src/model/vocabulary';

const BULLET = /^\s*[-·▪]\s+/;
export const isBullet = (text: string) => BULLET.test(text);

/** A one-off repair the profile names exactly; it must match exactly once, so it cannot drift. */
export interface Replacement {
  find: string;
  replace: string;
  kind: RepairKind;
  detail: string;
}

export function applyReplacements(lines: Line[], replacements: Replacement[]): Line[] {
  const out = lines.map((l) => ({ ...l, notes: [...l.notes] }));
  for (const r of replacements) {
    const hits = out.filter((l) => l.text.includes(r.find));
    if (hits.length !== 1) throw new Error(`replacement ${JSON.stringify(r.find)} matched ${hits.length} lines, not 1`);
    const hit = hits[0]!;
    hit.text = hit.text.replace(r.find, r.replace);
    hit.notes.push({ kind: r.kind, detail: r.detail });
  }
  return out;
}

/** An image description standing in for a signature is not the document's text. */
export function removeSignatureImage(lines: Line[], description: string | undefined): Line[] {
  if (description === undefined) return lines;
  const at = lines.findIndex((l) => l.text.trim() === description);
  if (at < 0) throw new Error(`signature image description not found: ${description}`);
  const out = lines.filter((_, i) => i !== at);
  const next = out.findIndex((l, i) => i >= at && !isBlank(l));
  out[next] = line(out[next]!.text, [
    ...out[next]!.notes,
    { kind: 'signature-image', detail: `The converted text described the signature image (${quote(description, 40)}); the description was removed.` },
  ]);
  return out;
}

/** Web-page code left in the text: a list element whose bullets ran into one line, and <…> around web addresses. */
export function removeHtmlDebris(lines: Line[]): Line[] {
  return lines.flatMap((l) => {
    const list = /^<ul[^>]*>\s*(.*)$/.exec(l.text);
    if (list) {
      const items = list[1]!.split(/\s*▪\s*/).filter((s) => s !== '');
      const note: Note = {
        kind: 'html-debris',
        detail: `The conversion left web-page list code (${quote(l.text.slice(0, l.text.indexOf('>') + 1))}) and ran ${items.length} bullets into one line; the code was removed and each bullet set on its own line.`,
      };
      return items.map((item, i) => line(`- ${item}`, i === 0 ? [...l.notes, note] : []));
    }
    const autolink = /<(https?:\/\/[^>\s]+)>/;
    const m = autolink.exec(l.text);
    if (m) {
      return [
        line(l.text.replace(autolink, '$1'), [
          ...l.notes,
          { kind: 'html-debris', detail: `Angle brackets left around the web address ${m[1]} by the conversion were removed.` },
        ]),
      ];
    }
    return [l];
  });
}

/** Bullets whose marker the conversion dropped, named by how they start. */
export function restoreLostBullets(lines: Line[], starts: string[]): Line[] {
  return lines.map((l) => {
    const start = starts.find((s) => l.text.trim().startsWith(s));
    if (!start || isBullet(l.text)) return l;
    return line(`- ${l.text.trim()}`, [
      ...l.notes,
      { kind: 'lost-bullet', detail: `This bullet (${quote(start)}) lost its list marker in the conversion; it is restored to its list.` },
    ]);
  });
}

const NUMBERED = /^(?:- )?(\d+)\. /;

/** "… children and young people 30. are identified": the number goes back to the start of its paragraph. */
export function moveDisplacedNumbers(lines: Line[]): Line[] {
  let last = 0;
  return lines.map((l) => {
    const start = NUMBERED.exec(l.text);
    if (start) {
      last = Number(start[1]);
      return l;
    }
    const expected = last + 1;
    const marker = ` ${expected}. `;
    const at = l.text.indexOf(marker);
    if (at < 0 || isBlank(l)) return l;
    last = expected;
    const body = l.text.replace(/^- /, '');
    const fixed = `- ${expected}. ${body.replace(marker, ' ')}`;
    return line(fixed, [
      ...l.notes,
      {
        kind: 'displaced-number',
        detail: `The paragraph number ${expected} had been displaced into the text (${quote(l.text.slice(Math.max(0, at - 30), at + 12))}); it is moved back to the start of the paragraph.`,
      },
    ]);
  });
}

const lastWords = (text: string) => text.trim().split(/\s+/).slice(-4).join(' ');

/**
 * Page breaks split paragraphs: the rest continues after a blank line, starting in
 * lower case. `after` names further breaks by the words that end the first part,
 * where the continuation happens to start with a capital.
 */
export function joinSplitParagraphs(lines: Line[], after: string[] = []): Line[] {
  const out: Line[] = [];
  let joinNext = false;
  for (const l of lines) {
    if (isBlank(l)) {
      out.push(l);
      continue;
    }
    const previousIndex = out.findLastIndex((p) => !isBlank(p));
    const previous = out[previousIndex];
    const continues = /^\s*[a-z]/.test(l.text) && !/^\s*[ivx]+\. /.test(l.text) && !isBullet(l.text) && previous && !previous.text.trimEnd().endsWith(':');
    if (previous && (continues || joinNext)) {
      out.splice(previousIndex + 1);
      // A line ending in a hyphen broke inside a hyphenated word ("re-" / "invested").
      const joint = previous.text.trimEnd().endsWith('-') ? '' : ' ';
      out[previousIndex] = line(`${previous.text.trimEnd()}${joint}${l.text.trim()}`, [
        ...previous.notes,
        ...l.notes,
        {
          kind: 'split-paragraph',
          detail: `A page or line break split this text after ${quote(lastWords(previous.text))}; the parts are rejoined.`,
        },
      ]);
    } else {
      out.push(l);
    }
    joinNext = after.some((end) => l.text.trimEnd().endsWith(end));
  }
  return out;
}

/** "Heading Grade 2 (Good)" becomes the heading, then the grade on its own line. */
export function splitHeadingGrades(lines: Line[], headings: string[]): Line[] {
  return lines.flatMap((l) => {
    const m = /^(.*\S) (Grade \d \([A-Za-z ]+\))$/.exec(l.text.trim());
    if (!m || !headings.includes(m[1]!)) return [l];
    return [
      l.notes.length ? line(m[1]!, l.notes) : line(m[1]!),
      line(m[2]!, [{ kind: 'heading-grade', detail: `The grade had run into its heading (${quote(l.text)}); it is set on its own line under the heading.` }]),
    ];
  });
}
