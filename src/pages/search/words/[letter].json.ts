/**
 * The words of the record that start with one letter, each with how often it occurs:
 * what the search page corrects a misspelt word against. One small file a letter, so
 * a correction fetches only the words it could be.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSpellingWords } from '../../../data/search-records';
import { keyed } from '../../../data/page-keys';

export const getStaticPaths = (async () =>
  keyed([...(await loadSpellingWords())].map(([letter, words]) => ({ params: { letter }, props: { words } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: Record<string, number> }> = ({ props }) => new Response(JSON.stringify(props.words));
