import type { APIRoute, GetStaticPaths } from 'astro';
import { loadThemePages } from '../../../data/themes';
import { jsonResponse } from '../../../data/responses';

export const getStaticPaths = (async () =>
  (await loadThemePages()).map((page) => ({ params: { theme: page.theme.id }, props: page }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.balance.map(({ label: _, ...row }: { label: string }) => ({ theme: props.theme.id, ...row })));
