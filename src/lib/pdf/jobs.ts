/**
 * The PDFs a build makes: one per fiche, one per outil and the whole kit, each with the page it is
 * printed from and the texts of its running header and footer. Read from the built kit.json, so
 * the list always matches the pages that were built.
 */
import type { KitJson } from '../../schemas/kit-json.ts';
import { routes } from '../routes.ts';
import { phaseLabel } from '../../ui/phase-label.ts';

export interface PdfJob {
  kind: 'fiche' | 'outil' | 'parcours' | 'kit';
  id: string;
  /** Page printed, as a site path without base (`/fiches/x/`). */
  page: string;
  /** The PDF, as a site path without base (`/pdf/x.pdf`). */
  pdf: string;
  /** Address printed in the footer: absolute when the site's address is known. */
  source: string;
  headerLeft: string;
  headerRight: string;
}

export interface JobTexts {
  fiche: string;
  outil: string;
  parcours: string;
  kitTitle: string;
  kitSubtitle: string;
  outilTypes: Record<string, string>;
}

export function pdfJobs(kit: KitJson, texts: JobTexts): PdfJob[] {
  const phases = new Map(kit.phases.map((phase) => [phase.id, phase]));
  const kitJob: PdfJob = {
    kind: 'kit',
    id: 'kit',
    page: routes.impressionKit(),
    pdf: routes.pdfKit(),
    source: kit.site,
    headerLeft: texts.kitTitle,
    headerRight: texts.kitSubtitle,
  };
  const fiches = kit.fiches.map((fiche): PdfJob => {
    const phase = phases.get(fiche.phase);
    return {
      kind: 'fiche',
      id: fiche.id,
      page: routes.fiche(fiche.id),
      pdf: routes.pdfFiche(fiche.id),
      source: fiche.page,
      headerLeft: `${texts.fiche} ${fiche.numero} · ${fiche.titre}`,
      headerRight: phase ? phaseLabel(phase) : '',
    };
  });
  const outils = kit.outils.map(
    (outil): PdfJob => ({
      kind: 'outil',
      id: outil.id,
      page: routes.outil(outil.id),
      pdf: routes.pdfOutil(outil.id),
      source: outil.page,
      headerLeft: `${texts.outil} · ${outil.titre}`,
      headerRight: texts.outilTypes[outil.type] ?? '',
    }),
  );
  const parcours = kit.parcours.map(
    (entry): PdfJob => ({
      kind: 'parcours',
      id: entry.id,
      page: routes.parcours(entry.id),
      pdf: routes.pdfParcours(entry.id),
      source: entry.page,
      headerLeft: `${texts.parcours} · ${entry.titre}`,
      headerRight: '',
    }),
  );
  // The kit first: it is the longest to print, so the others fill the time around it.
  return [kitJob, ...fiches, ...outils, ...parcours];
}
