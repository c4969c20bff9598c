import type { APIRoute } from 'astro';
import { getKit } from '../../data/kit.ts';
import { publicUrl } from '../../data/site-url.ts';
import { toKitJson } from '../../lib/kit-json.ts';
import { contentDates } from '../../data/dates.ts';

export const GET: APIRoute = async ({ site }) => {
  const kit = await getKit();
  return new Response(JSON.stringify(toKitJson(kit, publicUrl(site), contentDates()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
