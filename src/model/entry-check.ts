/**
 * An entry of the content read by its schema: its data, or every problem that stops it, each naming
 * the file, the entry and the field with what is allowed, as the record's other checks do
 * (src/data/record.ts reports them all together).
 */
import type { z } from 'astro/zod';

export type Checked<T> = { data: T; problems: [] } | { data: undefined; problems: string[] };

/** A field left out reads "Required"; a schema's own message (what is allowed) wins where it gives one. */
const required = (issue: { code: string; input?: unknown }) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined);

/** `where` names the file, and the entry where the file holds several: "content/quotations.yaml adequate-defined". */
export function checkEntry<S extends z.ZodType>(schema: S, data: unknown, where: string): Checked<z.output<S>> {
  const result = schema.safeParse(data, { error: required });
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: result.error.issues.map((issue) => `${where}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`) };
}
