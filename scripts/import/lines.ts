/**
 * The import works on lines that carry the notes of the repairs made to them, so
 * that each repair can later be pinned to the block it ended up in.
 */
import type { RepairKind } from '../../src/model/vocabulary';

export interface Note {
  kind: RepairKind;
  detail: string;
}

export interface Line {
  text: string;
  notes: Note[];
}

export const line = (text: string, notes: Note[] = []): Line => ({ text, notes });

export const isBlank = (l: Line) => l.text.trim() === '';

/** A short quotation of converted text for a repair note. */
export const quote = (text: string, max = 60) => {
  const t = text.replace(/\t/g, '→').trim();
  return `“${t.length > max ? `${t.slice(0, max)}…` : t}”`;
};
