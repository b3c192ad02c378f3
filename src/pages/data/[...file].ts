/** Every open data file under /data/ (src/data/open-data.ts makes them from the one registry of data sets). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOpenDataFiles, type OpenDataFile } from '../../data/open-data';

export const getStaticPaths = (async () =>
  (await loadOpenDataFiles()).map((file) => ({ params: { file: file.resource.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => (props as { file: OpenDataFile }).file.response();
