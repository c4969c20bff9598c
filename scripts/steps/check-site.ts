/**
 * The `controle` step of `npm run build`, after every other: the links, PDFs and kit.json that
 * were written must all hold together, or the build fails with the list of what is wrong.
 */
import { problemReport } from '../../src/lib/content/problems.ts';
import { checkSite } from '../../src/lib/site/check.ts';

export class SiteCheckError extends Error {}

/** Astro's `base` as the links of the build start with it: `/` or `/sous-chemin/`. */
export function buildBase(basePath: string | undefined): string {
  const trimmed = (basePath || '/').replace(/^\/*/, '/').replace(/\/*$/, '');
  return `${trimmed}/`;
}

export function checkBuiltSite(outDir: string, options: { basePath: string | undefined; pdf: boolean }): string {
  const { problems, links, pdfs } = checkSite({ root: outDir, base: buildBase(options.basePath), pdf: options.pdf });
  if (problems.length) {
    throw new SiteCheckError(`${problemReport(problems)}\n(chemins relatifs au dossier de sortie ${outDir})`);
  }
  return `${links} liens et ressources internes vérifiés, ${pdfs ? `${pdfs} PDF présents, ` : ''}kit.json conforme à son schéma`;
}
