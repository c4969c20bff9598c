/**
 * The editable documents a build makes, as a generic list: each kind says which entries it has,
 * which page and PDF each one belongs to and how its document model is built. A new kind of
 * document (a parcours…) is one more line in `OFFICE_KINDS`.
 */
import type { Fiche, Kit, Outil } from '../kit/model.ts';
import type { Parcours } from '../../schemas/index.ts';
import { parcoursTarget } from '../kit/parcours-targets.ts';
import { kitLinkTarget } from '../kit/kit-links.ts';
import { routes } from '../routes.ts';
import { citationText } from '../citation.ts';
import { phaseLabel } from '../../ui/phase-label.ts';
import { checklistUi } from '../../ui/islands/checklist.ts';
import { parcoursStepsUi } from '../../ui/islands/parcours.ts';
import { outilTypeLabels, parcoursUi, pdfUi, ui } from '../../ui/strings.ts';
import { mdxBlocks, textPieces, type MdxContext } from './from-mdx.ts';
import type { Block, Inline, OfficeDocument } from './model.ts';

export const EDITABLE_FORMATS = ['odt', 'docx'] as const;
export type EditableFormat = (typeof EDITABLE_FORMATS)[number];

export const KIT_LICENCE = 'Licence Ouverte / Etalab 2.0';

export interface OfficeSettings {
  /** Address printed for a site path; undefined when the site's address is unknown (no link then). */
  url(path: string): string | undefined;
  /** The generation date as printed (« 2 décembre 2026 »). */
  date: string;
  /** The same date, ISO 8601, for the metadata. */
  created: string;
}

export interface OfficeJob {
  kind: string;
  id: string;
  /** The page the document comes from, as a site path without base. */
  page: string;
  /** Its PDF: the editable copies sit next to it, same name (`/pdf/x.odt`, `/pdf/x.docx`). */
  pdf: string;
  build(): OfficeDocument;
}

type KindEntries = (kit: Kit, settings: OfficeSettings) => OfficeJob[];

/** Every kind of document, in build order (the whole kit first: it is the longest to write). */
export const OFFICE_KINDS: Record<string, KindEntries> = {
  kit: (kit, settings) => [{ kind: 'kit', id: 'kit', page: routes.home(), pdf: routes.pdfKit(), build: () => kitDocument(kit, settings) }],
  fiche: (kit, settings) => kit.fiches.map((fiche) => ({ kind: 'fiche', id: fiche.id, page: routes.fiche(fiche.id), pdf: routes.pdfFiche(fiche.id), build: () => ficheDocument(kit, fiche, settings) })),
  outil: (kit, settings) => kit.outils.map((outil) => ({ kind: 'outil', id: outil.id, page: routes.outil(outil.id), pdf: routes.pdfOutil(outil.id), build: () => outilDocument(kit, outil, settings) })),
  parcours: (kit, settings) => kit.parcours.map((parcours) => ({ kind: 'parcours', id: parcours.id, page: routes.parcours(parcours.id), pdf: routes.pdfParcours(parcours.id), build: () => parcoursDocument(kit, parcours, settings) })),
};

export function officeJobs(kit: Kit, settings: OfficeSettings): OfficeJob[] {
  return Object.values(OFFICE_KINDS).flatMap((entries) => entries(kit, settings));
}

function document(settings: OfficeSettings, page: string, title: string, subject: string, blocks: Block[]): OfficeDocument {
  return { title, subject, language: 'fr-FR', source: settings.url(page) ?? page, licence: KIT_LICENCE, date: settings.date, created: settings.created, blocks };
}

function mdxContext(kit: Kit, settings: OfficeSettings, headingShift = 0): MdxContext {
  return {
    link: (kind, id) => kitLinkTarget(kit, kind, id),
    term: (id) => kit.terme(id)?.terme,
    url: settings.url,
    headingShift,
  };
}

const text = (value: string, style: { bold?: boolean; italic?: boolean } = {}): Inline[] => textPieces(value, style);
const heading = (level: 1 | 2 | 3 | 4, value: string): Block => ({ kind: 'heading', level, content: text(value) });

export function ficheTitle(fiche: Fiche): string {
  return `${ui.fiche} ${fiche.data.numero}. ${fiche.data.titre}`;
}

/** A fiche as its page shows it: phase, title, the essential, the body, the checklists. */
function ficheBlocks(kit: Kit, fiche: Fiche, settings: OfficeSettings, shift: 0 | 1): Block[] {
  const level = (n: 1 | 2 | 3) => (n + shift) as 1 | 2 | 3 | 4;
  const checklist = (name: 'facteurs' | 'etapes', items: { texte: string; detail?: string | undefined }[]): Block[] => [
    heading(level(2), checklistUi.checklistLegend[name]),
    { kind: 'checklist', items: items.map((item) => ({ content: text(item.texte), ...(item.detail ? { detail: text(item.detail) } : {}) })) },
  ];
  return [
    { kind: 'paragraph', role: 'tag', content: text(phaseLabel(kit.phaseNamed(fiche.data.phase))) },
    heading(level(1), ficheTitle(fiche)),
    heading(level(2), ui.essentiel),
    { kind: 'paragraph', role: 'lead', content: text(fiche.data.essentiel) },
    ...mdxBlocks(fiche.body, mdxContext(kit, settings, shift)),
    ...checklist('facteurs', fiche.data.facteursCles),
    ...(fiche.data.etapes ? checklist('etapes', fiche.data.etapes) : []),
  ];
}

/** An outil as its page shows it: type, title, summary, when / for whom / how long, the body. */
function outilBlocks(kit: Kit, outil: Outil, settings: OfficeSettings, shift: 0 | 1): Block[] {
  // « Quand ? … », « Phase : … »: the page's list of terms, as one labelled line each.
  const meta = (label: string, value: string): Block => ({ kind: 'paragraph', role: 'meta', content: [{ kind: 'text', text: label.endsWith('?') ? `${label} ` : `${label} : `, bold: true }, ...text(value)] });
  return [
    { kind: 'paragraph', role: 'tag', content: text(outilTypeLabels[outil.data.type] ?? outil.data.type) },
    heading((1 + shift) as 1 | 2, outil.data.titre),
    { kind: 'paragraph', role: 'lead', content: text(outil.data.resume) },
    meta(ui.when, outil.data.quand),
    meta(ui.forWhom, outil.data.pourQui),
    meta(ui.duration, outil.data.duree),
    meta(ui.phase, outil.data.phases.map((id) => phaseLabel(kit.phaseNamed(id))).join(' ; ')),
    ...mdxBlocks(outil.body, mdxContext(kit, settings, shift)),
  ];
}

function ficheDocument(kit: Kit, fiche: Fiche, settings: OfficeSettings): OfficeDocument {
  return document(settings, routes.fiche(fiche.id), ficheTitle(fiche), `${ui.fiche} ${fiche.data.numero} du ${ui.siteName} ${ui.siteSubtitle}`, ficheBlocks(kit, fiche, settings, 0));
}

function outilDocument(kit: Kit, outil: Outil, settings: OfficeSettings): OfficeDocument {
  return document(settings, routes.outil(outil.id), outil.data.titre, `${pdfUi.outil} du ${ui.siteName} ${ui.siteSubtitle}`, outilBlocks(kit, outil, settings, 0));
}

/** A parcours as its page shows it: the situation, for whom, how long, then each step to tick. */
function parcoursDocument(kit: Kit, parcours: Parcours, settings: OfficeSettings): OfficeDocument {
  const labelled = (label: string, value: string): Inline[] => [{ kind: 'text', text: label.endsWith('?') || label.endsWith(':') ? `${label} ` : `${label} : `, bold: true }, ...text(value)];
  const blocks: Block[] = [
    { kind: 'paragraph', role: 'tag', content: text(parcoursUi.tag) },
    heading(1, parcours.titre),
    { kind: 'paragraph', role: 'lead', content: text(parcours.situation) },
    { kind: 'paragraph', role: 'meta', content: labelled(ui.forWhom, parcours.pourQui) },
    { kind: 'paragraph', role: 'meta', content: labelled(ui.duration, parcours.duree) },
    { kind: 'paragraph', content: text(parcours.introduction) },
    heading(2, parcoursUi.steps),
  ];
  parcours.etapes.forEach((step, index) => {
    const target = parcoursTarget(kit, step);
    const url = settings.url(target.path);
    const targetName = `${parcoursStepsUi.targetKinds[target.kind]} ${target.label}${target.detail ? `, ${target.detail}` : ''}`;
    blocks.push(
      heading(3, `${parcoursStepsUi.step(index + 1)} : ${step.titre}`),
      { kind: 'checklist', items: [{ content: text(parcoursStepsUi.done(index + 1)) }] },
      { kind: 'paragraph', content: labelled(parcoursStepsUi.whyNow, step.pourquoi) },
      { kind: 'paragraph', content: [...labelled(parcoursStepsUi.target, ''), ...(url ? [{ kind: 'link' as const, href: url, children: text(targetName) }] : text(targetName))] },
      { kind: 'paragraph', content: labelled(parcoursStepsUi.takeAway, step.retenir) },
    );
  });
  return document(settings, routes.parcours(parcours.id), parcours.titre, `${parcoursUi.tag} du ${ui.siteName} ${ui.siteSubtitle}`, blocks);
}

/** The whole kit in one document, in the order of its PDF: phases and fiches, outils, glossary, bibliography. */
function kitDocument(kit: Kit, settings: OfficeSettings): OfficeDocument {
  const title = `${ui.siteName} ${ui.siteSubtitle}`;
  const blocks: Block[] = [
    heading(1, title),
    { kind: 'paragraph', role: 'lead', content: text(ui.siteDescription) },
    { kind: 'paragraph', content: text(pdfUi.kitContents(kit.fiches.length, kit.outils.length)) },
  ];
  for (const phase of kit.phases) {
    blocks.push(heading(1, phaseLabel(phase)), { kind: 'paragraph', role: 'lead', content: text(phase.intro) });
    for (const fiche of kit.fichesOfPhase(phase.id)) blocks.push(...ficheBlocks(kit, fiche, settings, 1));
  }
  blocks.push(heading(1, pdfUi.outilsPart));
  for (const outil of kit.outils) blocks.push(...outilBlocks(kit, outil, settings, 1));
  blocks.push(heading(1, ui.glossaire));
  for (const terme of kit.glossaire) blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: `${terme.terme} : `, bold: true }, ...text(terme.definition)] });
  blocks.push(heading(1, ui.bibliographie), { kind: 'list', ordered: false, items: kit.references.map((ref) => [{ kind: 'paragraph', content: text(citationText(ref)) }]) });
  return document(settings, routes.home(), title, ui.siteDescription, blocks);
}
