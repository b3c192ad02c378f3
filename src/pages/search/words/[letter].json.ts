/**
 * The words of the record that start with one letter, each with how often it occurs:
 * what the search page corrects a misspelt word against. One small file a letter, so
 * a correction fetches only the words it could be.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSpellingWords } from '../../../data/search-records';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await loadSpellingWords())].map(([letter, words]) => ({ params: { letter }, props: { words } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.words));
