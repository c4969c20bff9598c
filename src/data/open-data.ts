/** The open data as published: kit.json and the tables made from it, computed once per build. */
import { getKit } from './kit.ts';
import { contentDates } from './dates.ts';
import { publicUrl } from './site-url.ts';
import { toKitJson } from '../lib/kit-json.ts';
import { openTables, type OpenTable } from '../lib/open-data/tables.ts';
import type { KitJson } from '../schemas/kit-json.ts';

let published: Promise<{ kit: KitJson; tables: OpenTable[] }> | undefined;

export function openData(site: URL | undefined): Promise<{ kit: KitJson; tables: OpenTable[] }> {
  published ??= getKit().then((kit) => {
    const json = toKitJson(kit, publicUrl(site), contentDates());
    return { kit: json, tables: openTables(json) };
  });
  return published;
}
