import type { APIRoute } from 'astro';
import { loadThemePages } from '../../data/themes';
import { csvResponse } from '../../data/responses';
import { BALANCE_FIELDS } from '../../model/theme-balance';

export const GET: APIRoute = async () =>
  csvResponse(BALANCE_FIELDS, (await loadThemePages()).flatMap(({ theme, balance }) => balance.map((row) => ({ ...row, theme: theme.id }))));
