/** The digest of a value's contents (src/model/digest.ts), which keys pages for the incremental build. */
import { describe, expect, it } from 'vitest';
import { digest } from '../../src/model/digest';

describe('digest', () => {
  it('is the same for equal contents, whatever the identities or the order of keys', () => {
    const value = () => ({ id: 'p1', text: 'The council', marks: new Map([['p1', '1']]), themes: new Set(['help']), issued: new Date('2012-03-01'), n: [1, 2] });
    expect(digest(value())).toBe(digest(value()));
    expect(digest({ a: 1, b: 'x' })).toBe(digest({ b: 'x', a: 1 }));
    expect(digest(value())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when any part differs, however deep, and tells types and boundaries apart', () => {
    const base = { document: { data: { summary: 'Good' }, blocks: [{ id: 'p1', text: 'a' }] }, n: 1 };
    const variants = [
      { document: { data: { summary: 'Good.' }, blocks: [{ id: 'p1', text: 'a' }] }, n: 1 },
      { document: { data: { summary: 'Good' }, blocks: [{ id: 'p1', text: 'b' }] }, n: 1 },
      { document: { data: { summary: 'Good' }, blocks: [{ id: 'p1', text: 'a' }, { id: 'p2', text: '' }] }, n: 1 },
      { document: { data: { summary: 'Good' }, blocks: [{ id: 'p1', text: 'a' }] }, n: '1' },
      { document: { data: { summary: 'Good' }, blocks: [{ id: 'p1', text: 'a' }] } },
    ];
    const all = [base, ...variants].map(digest);
    expect(new Set(all).size).toBe(all.length);
    expect(digest(['ab', 'c'])).not.toBe(digest(['a', 'bc']));
    expect(digest(new Map([['a', 1]]))).not.toBe(digest({ a: 1 }));
    expect(digest([undefined])).not.toBe(digest([null]));
  });

  it('digests a value shared by many others once, and remembers it by identity', () => {
    const document = { text: 'x'.repeat(1000) };
    const pages = Array.from({ length: 3 }, (_, i) => ({ finding: i, document }));
    expect(new Set(pages.map(digest)).size).toBe(3);
    // Remembered: the shared object is not read again (it must not change once digested).
    const before = digest(pages[0]);
    document.text = 'changed';
    expect(digest({ finding: 0, document })).toBe(before);
  });

  it('refuses what it cannot digest: a function, an instance of another class, a value that refers to itself', () => {
    expect(() => digest({ response: () => 1 })).toThrow(/function/);
    expect(() => digest({ at: new (class Clock {})() })).toThrow(/Clock/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => digest(loop)).toThrow(/itself/);
  });
});
