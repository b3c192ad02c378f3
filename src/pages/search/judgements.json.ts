/**
 * The record's judgements with the sentence of a document that states each (src/model/search-answer.ts),
 * which the search page fetches to answer a question about grades above its results.
 */
import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { loadBlockTexts } from '../../data/record';
import { blockPath } from '../../model/paths';
import { answerJudgements } from '../../model/search-answer';
import { FRAMEWORKS, type FrameworkId } from '../../model/vocabulary';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      answerJudgements(
        (await loadDocuments()).map((d) => ({
          id: d.id,
          year: d.year,
          shortTitle: d.data.shortTitle,
          framework: d.data.framework ? FRAMEWORKS[d.data.framework as FrameworkId].name : '',
          judgements: d.data.judgements,
        })),
        await loadBlockTexts(),
        blockPath,
      ),
    ),
  );
