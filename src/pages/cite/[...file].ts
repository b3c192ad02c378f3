/**
 * Citation files for every document and every finding, in RIS, BibTeX and
 * CSL-JSON: /cite/<document>.ris, /cite/<document>/<finding>.bib and so on.
 * Built from the frontmatter by src/model/citation-formats.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocuments } from '../../data/documents';
import { loadFindings } from '../../data/findings';
import { addressOf } from '../../data/site-url';
import { keyed } from '../../data/page-keys';
import { sitePath } from '../../model/paths';
import { CITATION_FORMATS, citationPath, citationText, type CitationInput } from '../../model/citation-formats';
import { documentPath, findingPath } from '../../model/paths';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  const { findings } = await loadFindings();
  const inputs: { documentId: string; findingId?: string; input: CitationInput }[] = [
    ...documents.map((d) => ({
      documentId: d.id,
      input: { id: d.id, doc: d.data, url: addressOf(documentPath(d.id)) },
    })),
    ...findings.map((f) => {
      const d = documents.find((doc) => doc.id === f.document)!;
      return {
        documentId: d.id,
        findingId: f.id,
        input: {
          id: d.id,
          doc: d.data,
          url: addressOf(findingPath(d.id, f.id)),
          part: { id: f.id, label: d.labels.get(f.id) ?? f.id },
        },
      };
    }),
  ];
  return keyed(
    inputs.flatMap(({ documentId, findingId, input }) =>
      CITATION_FORMATS.map((format) => ({
        params: { file: citationPath(documentId, format.ext, findingId).slice(sitePath('/cite/').length) },
        props: { body: citationText(format.ext, input), mediaType: format.mediaType },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; mediaType: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': `${props.mediaType}; charset=utf-8` } });
