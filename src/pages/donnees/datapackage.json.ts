import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';
import { publicUrl } from '../../data/site-url.ts';
import { dataPackage } from '../../lib/open-data/datapackage.ts';
import { routes } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const { kit, tables } = await openData(site);
  const descriptor = dataPackage({ kit, tables, homepage: site ? publicUrl(site)(routes.donnees()) : undefined });
  return new Response(JSON.stringify(descriptor, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
