import type { APIRoute } from 'astro';
import { getKit } from '../../data/kit.ts';
import { bibliographyExports, type BibliographyExports } from '../../lib/citations.ts';

const FORMATS = {
  bib: { field: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { field: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { field: 'csl', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const satisfies Record<string, { field: keyof BibliographyExports; type: string }>;

export function getStaticPaths() {
  return Object.keys(FORMATS).map((format) => ({ params: { format } }));
}

export const GET: APIRoute = async ({ params }) => {
  const format = FORMATS[params.format as keyof typeof FORMATS];
  const exports = bibliographyExports((await getKit()).references);
  return new Response(exports[format.field], { headers: { 'Content-Type': format.type } });
};
