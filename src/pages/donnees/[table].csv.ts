import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { OPEN_TABLE_NAMES } from '../../lib/open-data/tables.ts';

export function getStaticPaths() {
  return OPEN_TABLE_NAMES.map((table) => ({ params: { table } }));
}

/** Addresses in the tables depend on the site's address, which only the request knows. */
export const GET: APIRoute = async ({ params, site }) => {
  const { tables } = await openData(site);
  const table = tables.find((t) => t.name === params.table);
  if (!table) return new Response(null, { status: 404 });
  return new Response(table.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
