/**
 * The `controle` step of `npm run build`, after every other: the links, PDFs, ODT/DOCX and kit.json that
 * were written must all hold together, or the build fails with the list of what is wrong.
 */
import { problemReport } from '../../src/lib/content/problems.ts';
import { checkSite } from '../../src/lib/site/check.ts';

export class SiteCheckError extends Error {}

/** `base` as `hostingFrom` gives it: `/` or `/sous-chemin/`. */
export function checkBuiltSite(outDir: string, options: { base: string; pdf: boolean }): string {
  const { problems, links, pdfs, editable } = checkSite({ root: outDir, base: options.base, pdf: options.pdf });
  if (problems.length) {
    throw new SiteCheckError(`${problemReport(problems)}\n(chemins relatifs au dossier de sortie ${outDir})`);
  }
  return `${links} liens et ressources internes vérifiés, ${pdfs ? `${pdfs} PDF présents, ` : ''}${editable} documents modifiables présents, kit.json conforme à son schéma`;
}
