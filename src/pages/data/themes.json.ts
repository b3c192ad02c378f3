import type { APIRoute } from 'astro';
import { loadThemePages } from '../../data/themes';
import { jsonResponse } from '../../data/responses';

export const GET: APIRoute = async () =>
  jsonResponse((await loadThemePages()).flatMap(({ theme, balance }) => balance.map(({ label: _, ...row }) => ({ theme: theme.id, ...row }))));
