import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { loadDocuments } from '../../data/documents';

/** The source texts exactly as extracted, so a reader can compare them with the repaired text. */
export const getStaticPaths = (async () =>
  (await loadDocuments()).map((d) => ({ params: { file: d.data.sourceFile } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(new URL(`../../../content/sources/${params.file}`, import.meta.url)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
