/**
 * Just enough reading of RIS and BibTeX to check what the site writes: the
 * tests parse each file back and compare it with the frontmatter.
 */

/** RIS: tag → values, in order; fails on a line that is not `TT  - value` or on a missing ER. */
export function parseRis(text: string): Map<string, string[]> {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const fields = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    fields.set(m[1]!, [...(fields.get(m[1]!) ?? []), m[2]!.trim()]);
  }
  if (lines[0]?.slice(0, 2) !== 'TY') throw new Error('RIS must start with TY');
  if (lines.at(-1)?.slice(0, 2) !== 'ER') throw new Error('RIS must end with ER');
  return fields;
}

/** One BibTeX entry: its type, key and fields, with braces balanced (escaped braces aside) or it throws. */
export function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
  const head = /^\s*@(\w+)\{([^,\s]+),/.exec(text);
  if (!head) throw new Error('not a BibTeX entry');
  let i = head[0].length;
  const fields = new Map<string, string>();
  const skipSpace = () => {
    while (/[\s,]/.test(text[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    if (text[i] === '}') break;
    const name = /^(\w+)\s*=\s*/.exec(text.slice(i));
    if (!name) throw new Error(`expected a field at ${JSON.stringify(text.slice(i, i + 20))}`);
    i += name[0].length;
    let value = '';
    if (text[i] === '{') {
      let depth = 0;
      const start = i;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') { i++; continue; }
        if (c === '{') depth++;
        if (c === '}' && --depth === 0) break;
      }
      if (depth !== 0) throw new Error(`unbalanced braces in ${name[1]}`);
      value = text.slice(start + 1, i);
      i++;
    } else {
      const bare = /^[\w]+/.exec(text.slice(i));
      if (!bare) throw new Error(`bad value for ${name[1]}`);
      value = bare[0];
      i += bare[0].length;
    }
    fields.set(name[1]!.toLowerCase(), value);
  }
  if (text.slice(i + 1).trim() !== '') throw new Error('text after the entry');
  return { type: head[1]!.toLowerCase(), key: head[2]!, fields };
}

/** A BibTeX value read as text: escapes undone, protective braces dropped. */
export function bibtexText(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([{}&%$#_])|([{}])/g, (_m, escaped: string | undefined) => escaped ?? '');
}
