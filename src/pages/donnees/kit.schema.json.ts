import type { APIRoute } from 'astro';
import { kitJsonSchemaDocument } from '../../schemas/kit-json.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(kitJsonSchemaDocument(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
