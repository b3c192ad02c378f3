/**
 * Themes (content/themes.yaml) and their assignment to findings: by the theme's
 * patterns, then by the written overrides (content/theme-overrides.yaml). Pure
 * and deterministic: the same text gives the same themes on every build.
 */
import { z } from 'astro/zod';
import type { Finding } from './findings';

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  /** Regular expressions, matched case-insensitively on word boundaries. */
  patterns: z.array(z.string()).min(1),
});
export type Theme = z.infer<typeof themeSchema>;

export const themeOverrideSchema = z.object({
  /** document#block */
  finding: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/),
  add: z.array(z.string()).default([]),
  remove: z.array(z.string()).default([]),
  reason: z.string().min(10),
});
export type ThemeOverride = z.infer<typeof themeOverrideSchema>;

export const findingKey = (f: Pick<Finding, 'document' | 'id'>) => `${f.document}#${f.id}`;

const matcher = (theme: Theme) => new RegExp(`\\b(?:${theme.patterns.join('|')})\\b`, 'i');

/** Themes matched by words alone, before overrides. */
export function matchedThemes(text: string, themes: Theme[]): string[] {
  return themes.filter((t) => matcher(t).test(text)).map((t) => t.id);
}

/** The themes of every finding, keyed document#id, in theme file order. */
export function assignThemes(findings: Finding[], themes: Theme[], overrides: ThemeOverride[]): Map<string, string[]> {
  const order = themes.map((t) => t.id);
  const assigned = new Map(findings.map((f) => [findingKey(f), matchedThemes(f.text, themes)]));
  for (const o of overrides) {
    const current = new Set(assigned.get(o.finding) ?? []);
    o.add.forEach((t) => current.add(t));
    o.remove.forEach((t) => current.delete(t));
    assigned.set(o.finding, order.filter((t) => current.has(t)));
  }
  return assigned;
}

/** Overrides that name no finding or theme, or that change nothing: each would hide a mistake. */
export function checkThemeOverrides(findings: Finding[], themes: Theme[], overrides: ThemeOverride[]): string[] {
  const byKey = new Map(findings.map((f) => [findingKey(f), f]));
  const ids = new Set(themes.map((t) => t.id));
  return overrides.flatMap((o) => {
    const finding = byKey.get(o.finding);
    if (!finding) return [`theme-overrides.yaml: ${o.finding} is not a finding`];
    const matched = matchedThemes(finding.text, themes);
    return [
      ...[...o.add, ...o.remove].filter((t) => !ids.has(t)).map((t) => `theme-overrides.yaml ${o.finding}: no theme "${t}"`),
      ...o.add.filter((t) => matched.includes(t)).map((t) => `theme-overrides.yaml ${o.finding}: already matches "${t}"; remove the override`),
      ...o.remove.filter((t) => ids.has(t) && !matched.includes(t)).map((t) => `theme-overrides.yaml ${o.finding}: does not match "${t}"; nothing to remove`),
    ];
  });
}
