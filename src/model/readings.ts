/**
 * Our reading of each finding (content/readings/<document>.yaml): what it says about the
 * service (positive, negative, mixed or background) and the subjects it is substantively
 * about, each resting on the finding's own words. A person writes or reviews every entry
 * against the passage; the theme patterns only propose entries (scripts/propose-readings.ts),
 * and a proposed entry is never published. The words are checked against the text on every
 * build, so a reading cannot drift from the passage it reads.
 */
import { z } from 'astro/zod';
import type { Finding } from './findings';
import { quotes } from './quotations';
import { blockId } from './schema';
import { upperFirst } from './labels';
import { FINDING_KINDS } from './vocabulary';

/** What a finding says about the service, in our reading, in the order charts and tables list them. */
export const READINGS = {
  positive: { label: 'Positive', meaning: 'it praises, or reports a strength, something working well, or progress' },
  mixed: { label: 'Mixed', meaning: 'it both praises and criticises' },
  negative: { label: 'Negative', meaning: 'it criticises, reports a weakness or delay, or asks for an improvement' },
  background: { label: 'Background', meaning: 'it sets out facts or context and judges nothing' },
} as const;
export type Reading = keyof typeof READINGS;
export const READING_IDS = Object.keys(READINGS) as [Reading, ...Reading[]];

/** At most this many themes a finding is about: more would file it under passing mentions. */
export const MAX_THEMES = 3;

export const readingSchema = z
  .object({
    /** The finding's document: the file's name (content/readings/<document>.yaml). */
    document: z.string(),
    /** The finding's block in its document. */
    block: blockId,
    reading: z.enum(READING_IDS, { error: `must be one of ${READING_IDS.join(', ')}` }),
    /** The finding's exact words that show the reading: for mixed, the praise and the criticism; none for background. */
    words: z.array(z.string().min(3)).default([]),
    /** Each theme it is substantively about, with the exact words that make it so: the finding's, or for a grade line (whose words are only its grade) its heading's. */
    themes: z.record(z.string(), z.string().min(3)).default({}),
    /** Written by a pattern and not yet read by a person: never published. */
    proposed: z.boolean().default(false),
    /** Why, where the reading needed a decision a reader may question. */
    note: z.string().optional(),
  })
  .refine((r) => (r.reading === 'background') === (r.words.length === 0), { error: 'give words for every reading but background, and none for background' })
  .refine((r) => r.reading !== 'mixed' || r.words.length >= 2, { error: 'a mixed reading needs the words that praise and the words that criticise' })
  .refine((r) => Object.keys(r.themes).length <= MAX_THEMES, { error: `at most ${MAX_THEMES} themes` });
export type FindingReading = z.infer<typeof readingSchema>;

/** What a finding carries once read: empty (no reading, no themes) until a person has reviewed it. */
export interface ReadingOf {
  reading: Reading | null;
  readingWords: string[];
  /** Theme ids, in the themes' order. */
  themes: string[];
  /** For each of its themes, the words that make it so. */
  themeWords: Record<string, string>;
}

/** A finding with our reading of it, as the pages show it. */
export type ReadFinding = Finding & ReadingOf;

export const UNREAD: ReadingOf = { reading: null, readingWords: [], themes: [], themeWords: {} };

const fileOf = (document: string) => `content/readings/${document}.yaml`;

/**
 * Problems with the readings: each names a finding of its document, once; its words are the
 * finding's, and its themes' words the finding's or its heading's; its themes exist.
 */
export function checkReadings(readings: FindingReading[], findings: Pick<Finding, 'document' | 'id' | 'text' | 'section'>[], themeIds: string[]): string[] {
  const byKey = new Map(findings.map((f) => [`${f.document}#${f.id}`, f]));
  const known = new Set(themeIds);
  const seen = new Set<string>();
  return readings.flatMap((r) => {
    const key = `${r.document}#${r.block}`;
    const at = `${fileOf(r.document)} ${r.block}`;
    const finding = byKey.get(key);
    if (!finding) return [`${at}: ${r.document} has no finding ${r.block}`];
    const problems: string[] = [];
    if (seen.has(key)) problems.push(`${at}: read twice`);
    seen.add(key);
    for (const w of r.words) if (!quotes(finding.text, w)) problems.push(`${at}: the words “${w}” are not the finding's`);
    for (const [theme, w] of Object.entries(r.themes)) {
      if (!known.has(theme)) problems.push(`${at}: no theme "${theme}"`);
      else if (!quotes(finding.text, w) && !quotes(finding.section, w)) problems.push(`${at}: the words for ${theme}, “${w}”, are neither the finding's nor its heading's`);
    }
    return problems;
  });
}

/**
 * Each finding's published reading, keyed document#block: reviewed entries only. Themes are put
 * in the themes' order, so the same record always lists them the same way.
 */
export function readingsByFinding(readings: FindingReading[], themeIds: string[]): Map<string, ReadingOf> {
  const byKey = new Map<string, ReadingOf>();
  for (const r of readings.filter((r) => !r.proposed)) {
    const themes = themeIds.filter((t) => t in r.themes);
    byKey.set(`${r.document}#${r.block}`, {
      reading: r.reading,
      readingWords: r.words,
      themes,
      themeWords: Object.fromEntries(themes.map((t) => [t, r.themes[t]!])),
    });
  }
  return byKey;
}

/** Findings with no reviewed reading yet: the build names them, and they show neither reading nor themes. */
export const unread = (findings: Pick<Finding, 'document' | 'id'>[], read: ReadonlyMap<string, ReadingOf>) =>
  findings.filter((f) => !read.has(`${f.document}#${f.id}`)).map((f) => `${f.document}#${f.id}`);

/** A list's line under a finding, telling the document's label from ours: "The document's label: Strength; our reading: mixed". */
export function labelAndReading(f: Pick<Finding, 'kind' | 'timescale'> & Pick<ReadingOf, 'reading'>): string {
  return upperFirst(
    [
      f.kind !== 'unlabelled' && `the document's label: ${FINDING_KINDS[f.kind]}${f.timescale ? `, ${f.timescale.toLowerCase()}` : ''}`,
      f.reading && `our reading: ${READINGS[f.reading].label.toLowerCase()}`,
    ]
      .filter(Boolean)
      .join('; '),
  );
}
