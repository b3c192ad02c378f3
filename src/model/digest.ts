/**
 * A digest of a value's contents (SHA-256, hex): the same for equal contents, whatever the objects'
 * identities or the order of their keys, and different when any part differs. What a page is handed
 * is digested to key it for Astro's incremental build (src/data/page-keys.ts).
 *
 * Written here, not taken from a library (ohash, object-hash), for one reason: the pages of a record
 * share large values (a document, its whole text included, is handed to each of its findings' pages and
 * to the pages of findings it relates to), and a library serialises a value whole each time it is asked,
 * so keying 35,000 finding pages would digest each document's text thousands of times. Here each object
 * is digested once and remembered by identity. So an object must not change once digested (a page's
 * props are made once, in getStaticPaths, and never changed).
 */
import { createHash, type Hash } from 'node:crypto';

const known = new WeakMap<object, string>();
const inProgress = new WeakSet<object>();

export function digest(value: unknown): string {
  if (typeof value === 'object' && value !== null) return digestObject(value);
  const hash = createHash('sha256');
  add(hash, value);
  return hash.digest('hex');
}

/** Writes one value into a hash: primitives by type and contents, objects by their own digest. */
function add(hash: Hash, value: unknown): void {
  switch (typeof value) {
    case 'string':
      // Its length first, so "ab" + "c" and "a" + "bc" differ.
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
      hash.update(`d${Object.is(value, -0) ? '-0' : String(value)};`);
      return;
    case 'boolean':
      hash.update(value ? 'T' : 'F');
      return;
    case 'undefined':
      hash.update('u');
      return;
    case 'bigint':
      hash.update(`i${value};`);
      return;
    case 'object':
      hash.update(value === null ? 'n' : `h${digestObject(value)}`);
      return;
    default:
      // A function's or a symbol's contents cannot be digested: a page handed one cannot be keyed by what it is handed.
      throw new TypeError(`digest: cannot digest a ${typeof value}`);
  }
}

function digestObject(value: object): string {
  const remembered = known.get(value);
  if (remembered) return remembered;
  if (inProgress.has(value)) throw new TypeError('digest: the value refers to itself');
  inProgress.add(value);
  const hash = createHash('sha256');
  try {
    if (Array.isArray(value)) {
      hash.update(`a${value.length}[`);
      for (const item of value) add(hash, item);
    } else if (value instanceof Map) {
      hash.update(`m${value.size}[`);
      for (const [key, item] of value) {
        add(hash, key);
        add(hash, item);
      }
    } else if (value instanceof Set) {
      hash.update(`S${value.size}[`);
      for (const item of value) add(hash, item);
    } else if (value instanceof Date) {
      hash.update(`D${value.getTime()}`);
    } else if (value instanceof URL) {
      hash.update(`U${value.href}`);
    } else if (value instanceof Uint8Array) {
      hash.update(`B${value.length}:`).update(value);
    } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      const keys = Object.keys(value).sort();
      hash.update(`o${keys.length}{`);
      for (const key of keys) {
        add(hash, key);
        add(hash, (value as Record<string, unknown>)[key]);
      }
    } else {
      // An instance of another class may hold state its own keys do not show.
      throw new TypeError(`digest: cannot digest an instance of ${value.constructor?.name ?? 'an unknown class'}`);
    }
  } finally {
    inProgress.delete(value);
  }
  const hex = hash.digest('hex');
  known.set(value, hex);
  return hex;
}
