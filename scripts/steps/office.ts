/**
 * The `office` step of `npm run build`: every fiche, every outil and the whole kit as an editable
 * document, in ODT (LibreOffice) and DOCX (Word), next to its PDF. Runs after `pdf` (so the PDFs'
 * cache keys never see these sizes) and before `pagefind`.
 *
 * - The documents are built from content/, read by the same parser as the pages: one document
 *   model per document (src/lib/office/), written twice.
 * - A document whose model and writers did not change is copied from the cache.
 * - Once every file exists, its size is written into the download block of the built pages.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { problemReport } from '../../src/lib/content/problems.ts';
import { buildKit } from '../../src/lib/kit/model.ts';
import { EDITABLE_FORMATS, officeJobs, type EditableFormat } from '../../src/lib/office/documents.ts';
import { writeDocx } from '../../src/lib/office/docx.ts';
import { writeOdt } from '../../src/lib/office/odt.ts';
import { FILE_SIZE_ATTRIBUTE, fillFileSizes } from '../../src/lib/office/size.ts';
import { formatGenerationDate, generationDate } from '../../src/lib/pdf/templates.ts';
import { absoluteUrl, routes } from '../../src/lib/routes.ts';
import { hostingFrom } from '../../src/lib/hosting.ts';
import { installedPackage } from '../../src/lib/installed-package.ts';
import type { OfficeDocument } from '../../src/lib/office/model.ts';

/** A failure the person building can fix; its message says how, in French. */
export class OfficeStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfficeStepError';
  }
}

type Env = Record<string, string | undefined>;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const WRITERS: Record<EditableFormat, (doc: OfficeDocument) => Uint8Array | Promise<Uint8Array>> = { odt: writeOdt, docx: writeDocx };

/** The sources of the writing recipe: changing any of them makes every document again. */
function recipe(): string {
  const files = [join(here, 'office.ts'), ...readdirSync(join(root, 'src/lib/office')).map((file) => join(root, 'src/lib/office', file))];
  const versions = ['docx', 'fflate'].map((name) => `${name}@${installedPackage(name)?.version}`);
  return [...files.map((file) => readFileSync(file, 'utf8')), ...versions].join('\u0000');
}

export async function buildOfficeDocuments(outDir: string, env: Env = process.env): Promise<string> {
  const started = performance.now();
  const { base, site } = hostingFrom(env);
  const cacheDir = resolve(env.OFFICE_CACHE_DIR || join(env.CACHE_DIR || 'node_modules/.cache', 'kit-office'));
  mkdirSync(cacheDir, { recursive: true });

  const { problems, raw } = verifyContent(readContentTree(root), { editorial: false });
  if (problems.length) throw new OfficeStepError(`Le contenu ne peut pas être lu pour les documents modifiables :\n${problemReport(problems)}`);
  const kit = buildKit(raw);
  const date = generationDate(env);
  const jobs = officeJobs(kit, {
    url: (path) => (site ? absoluteUrl(site, base, path) : undefined),
    date: formatGenerationDate(date),
    created: date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const shared = recipe();

  let written = 0;
  const used = new Set<string>();
  for (const job of jobs) {
    let doc: OfficeDocument;
    try {
      doc = job.build();
    } catch (error) {
      throw new OfficeStepError(`${job.kind} « ${job.id} » : ${(error as Error).message}`);
    }
    // The date is left out of the key, like the PDFs': a reused document keeps the date it was made.
    const key = createHash('sha256').update(shared).update(JSON.stringify({ ...doc, date: '', created: '' })).digest('hex');
    for (const format of EDITABLE_FORMATS) {
      const cached = join(cacheDir, `${key}.${format}`);
      used.add(cached);
      if (!existsSync(cached)) {
        const temporary = `${cached}.${process.pid}.tmp`;
        writeFileSync(temporary, await WRITERS[format](doc));
        renameSync(temporary, cached);
        written++;
      }
      const target = join(outDir, ...routes.editable(job.pdf, format).split('/').filter(Boolean));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(cached, target);
    }
  }
  const pages = writeSizes(outDir);
  for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name))) unlinkSync(join(cacheDir, name));

  const total = jobs.length * EDITABLE_FORMATS.length;
  const seconds = (performance.now() - started) / 1000;
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  return `${total} documents modifiables (ODT et DOCX de ${jobs.length} documents ; ${written} écrits, ${total - written} repris du cache) en ${number.format(seconds)} s ; tailles écrites dans ${pages} pages`;
}

/** Writes the real size of each document into the pages that offer it; returns how many pages changed. */
function writeSizes(outDir: string): number {
  let changed = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes(FILE_SIZE_ATTRIBUTE)) continue;
        let filled: string;
        try {
          filled = fillFileSizes(html, (sitePath) => {
            const file = join(outDir, ...sitePath.split('/').filter(Boolean));
            return existsSync(file) ? statSync(file).size : undefined;
          });
        } catch (error) {
          throw new OfficeStepError(`${path.slice(outDir.length + 1)} : ${(error as Error).message}`);
        }
        writeFileSync(path, filled);
        changed++;
      }
    }
  };
  walk(outDir);
  return changed;
}
