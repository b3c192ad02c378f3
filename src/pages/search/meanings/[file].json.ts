/**
 * content/search-meanings.yaml's meanings filed by the first two letters of their phrases (src/model/search-records.ts
 * `meaningFiles`): small files, so a query fetches only the meanings its words could hold.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadMeaningFiles } from '../../../data/search-records';
import { keyed } from '../../../data/page-keys';
import type { MeaningEntry } from '../../../model/search-records';

export const getStaticPaths = (async () =>
  keyed([...(await loadMeaningFiles())].map(([file, meanings]) => ({ params: { file }, props: { meanings } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ meanings: MeaningEntry[] }> = ({ props }) => new Response(JSON.stringify(props.meanings));
