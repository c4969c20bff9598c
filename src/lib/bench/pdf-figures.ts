/**
 * The PDF step seen by the bench: how long it took, how many documents it made, and what one
 * PDF and one fiche cost. Read from the step's timing and detail, and from the PDFs in dist/.
 */
import { stepSeconds, type BuildStep } from './build-steps.ts';

export type PdfFigures =
  | { made: false; reason: string }
  | {
      made: true;
      /** The bench gave the step an empty cache: every PDF was printed, none copied. */
      cold: boolean;
      seconds: number;
      pdfs: number;
      /** From the step's own report, when its wording is the one known here. */
      printed?: number;
      reused?: number;
      fiches: number;
      secondsPerPdf: number;
      /** The whole step shared among the fiches: what each fiche costs, its outils and the kit included. */
      secondsPerFiche: number;
    };

/** « 42 PDF (42 imprimés, 0 repris du cache), … » as written by scripts/steps/pdf.ts. */
const DETAIL = /^(\d+) PDF \((\d+) imprimés, (\d+) repris du cache\)/;

export function pdfFigures(steps: BuildStep[], found: { pdfs: number; fiches: number; cold: boolean }): PdfFigures {
  const step = steps.find((s) => s.step === 'pdf');
  if (!step) return { made: false, reason: "pas d'étape pdf dans la construction" };
  if (!found.pdfs) return { made: false, reason: step.detail ?? 'aucun PDF produit' };
  const seconds = stepSeconds(steps, 'pdf');
  const counts = step.detail?.match(DETAIL);
  return {
    made: true,
    cold: found.cold,
    seconds,
    pdfs: found.pdfs,
    ...(counts ? { printed: Number(counts[2]), reused: Number(counts[3]) } : {}),
    fiches: found.fiches,
    secondsPerPdf: seconds / found.pdfs,
    secondsPerFiche: found.fiches ? seconds / found.fiches : Number.NaN,
  };
}

/** One line of the bench table, in French. */
export function pdfSummary(figures: PdfFigures): string {
  if (!figures.made) return `étape sans PDF : ${figures.reason}`;
  const parts = [
    `${figures.pdfs} PDF en ${figures.seconds.toFixed(1)} s${figures.cold ? ' (cache vide : mesure à froid)' : ''}`,
    `${figures.secondsPerPdf.toFixed(2)} s par PDF`,
    `${figures.secondsPerFiche.toFixed(2)} s par fiche (${figures.fiches} fiches)`,
  ];
  if (figures.printed !== undefined) parts.push(`${figures.printed} imprimés, ${figures.reused} repris du cache`);
  return parts.join(' · ');
}
