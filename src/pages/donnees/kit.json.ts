import type { APIRoute } from 'astro';
import { openData } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { kit } = await openData(site);
  return new Response(JSON.stringify(kit, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
