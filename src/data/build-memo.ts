/**
 * What a build works out for every document and card, kept for the next build: at a hundred times today's record,
 * laying out 35,000 preview cards to name them and making every block's search record cost a one-document rebuild
 * about a fifth of its time, though all but one document's are the same as the last build's.
 *
 * A value is kept under a digest of what it is made from and of the code that makes it (every source file of
 * src/model and src/data, and npm's record of the packages installed), so it is reused exactly when making it again would give the
 * same value; the values must be plain JSON (they are read back from a file). A build keeps only the values it used,
 * written once it has them all, so the file holds one site's, not every value ever made.
 * In node_modules/.astro/ (Astro's cache, which a copy of the project has its own of: scripts/kit/project.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../model/digest';
import { codeDigest } from './code-digest';

const MEMO_DIR = () => join(process.cwd(), 'node_modules/.astro/build-memo');

let code: string | undefined;
/** A digest of the code every memo's values are made by: the sources of src/model and src/data, and the packages installed. */
const madeBy = () => (code ??= codeDigest(process.cwd(), ['src/model', 'src/data'], ['node_modules/.package-lock.json']));

export interface BuildMemo<T> {
  /** The value made from `input` (anything digest takes), the last build's where it made one from the same. */
  get(input: unknown, make: () => T): T;
  /** Keeps the values this build asked for, and only those, for the next. */
  save(): void;
}

/** The memo `name`; `kept` false (dev, tests) makes every value anew and keeps none. */
export function buildMemo<T>(name: string, kept: boolean): BuildMemo<T> {
  const file = join(MEMO_DIR(), `${name}.json`);
  const last = new Map<string, T>(kept && existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>) : []);
  const used = new Map<string, T>();
  let made = 0;
  return {
    get(input, make) {
      if (!kept) return make();
      const key = digest([madeBy(), input]);
      let value = used.get(key) ?? last.get(key);
      if (value === undefined) {
        // As it will be read back (a key whose value is undefined dropped): a page handed it is keyed alike by this build
        // and the next (src/data/page-keys.ts), which copies it rather than render it again.
        value = JSON.parse(JSON.stringify(make())) as T;
        made++;
      }
      used.set(key, value);
      return value;
    },
    save() {
      // Nothing new made and nothing the last build kept unused: the file is this build's already.
      if (!kept || (made === 0 && used.size === last.size)) return;
      mkdirSync(MEMO_DIR(), { recursive: true });
      // Under another name first: a build stopped half-way leaves the last whole file, never half of one.
      writeFileSync(`${file}.part`, JSON.stringify(Object.fromEntries(used)));
      renameSync(`${file}.part`, file);
    },
  };
}
