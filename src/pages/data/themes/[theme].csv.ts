import type { APIRoute, GetStaticPaths } from 'astro';
import { loadThemePages } from '../../../data/themes';
import { csvResponse } from '../../../data/responses';
import { BALANCE_FIELDS } from '../../../model/theme-balance';

export const getStaticPaths = (async () =>
  (await loadThemePages()).map((page) => ({ params: { theme: page.theme.id }, props: page }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  csvResponse(BALANCE_FIELDS, props.balance.map((row: Record<string, string | number>) => ({ ...row, theme: props.theme.id })));
