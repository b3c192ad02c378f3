/**
 * Themes (content/themes.yaml): an editorial set of subjects that run through the documents.
 * Which findings are on a theme is a reviewed reading (src/model/readings.ts); a theme's
 * patterns only propose candidates for a person to review (scripts/propose-readings.ts).
 */
import { z } from 'astro/zod';
import type { Finding } from './findings';

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** What the theme covers, and where a reader might expect it to reach but it does not. */
  description: z.string(),
  /** Regular expressions, matched case-insensitively on word boundaries: they propose, never publish. */
  patterns: z.array(z.string()).min(1),
});
export type Theme = z.infer<typeof themeSchema>;

export const findingKey = (f: Pick<Finding, 'document' | 'id'>) => `${f.document}#${f.id}`;

/** The themes a finding's words match, with the first words matched: a proposal to review. */
export function proposedThemes(text: string, themes: Theme[]): Record<string, string> {
  return Object.fromEntries(
    themes.flatMap((t) => {
      const match = new RegExp(`\\b(?:${t.patterns.join('|')})\\b`, 'i').exec(text);
      return match ? [[t.id, match[0]]] : [];
    }),
  );
}
