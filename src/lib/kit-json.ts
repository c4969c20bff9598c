import type { KitJson } from '../schemas/kit-json.ts';
import type { Kit } from './kit/model.ts';
import { routes } from './routes.ts';
import { CONTENT_FILES } from './content/files.ts';
import type { ContentDates } from './content-dates.ts';
import { kitLinkTarget } from './kit/kit-links.ts';
import { toTextField, type PlainContext } from './open-data/plain-text.ts';

/** Turns a site path into the address published in kit.json (absolute when the site is known). */
export type UrlMaker = (path: string) => string;

/** A document's PDF and its editable copies (ODT for LibreOffice, DOCX for Word), next to it. */
function downloads(pdf: string, url: UrlMaker): { pdf: string; odt: string; docx: string } {
  return { pdf: url(pdf), odt: url(routes.editable(pdf, 'odt')), docx: url(routes.editable(pdf, 'docx')) };
}

/** The whole kit as open data, in the stable shape documented in README.md. */
export function toKitJson(kit: Kit, url: UrlMaker, dates: ContentDates): KitJson {
  /** The last commit that touched the entry's file; null when the history is not there. */
  const misAJour = (file: string) => ({ misAJour: dates.of(file) ?? null });
  const context: PlainContext = {
    url,
    kitLink: (kind, id) => kitLinkTarget(kit, kind, id),
    terme: (id) => {
      const terme = kit.terme(id);
      return terme && { terme: terme.terme, path: routes.terme(id) };
    },
  };
  const text = (mdx: string) => toTextField(mdx, context);
  return {
    format: 2,
    titre: 'Kit de la participation citoyenne aux politiques de solidarité',
    licence: 'Licence Ouverte / Etalab 2.0',
    site: url('/'),
    telechargements: downloads(routes.pdfKit(), url),
    phases: kit.phases.map((phase) => ({ ...phase, page: url(routes.phase(phase.id)), fiches: kit.fichesOfPhase(phase.id).map((f) => f.id) })),
    fiches: kit.fiches.map((fiche) => {
      const { facteursCles, etapes: _etapes, ...data } = fiche.data;
      return {
        id: fiche.id,
        ...data,
        page: url(routes.fiche(fiche.id)),
        ...downloads(routes.pdfFiche(fiche.id), url),
        rubriques: kit.rubricsOf(fiche).map((section) => ({ titre: section.title, texte: text(section.content) })),
        facteursCles,
        ...misAJour(fiche.file),
      };
    }),
    obstacles: kit.obstacles.map((obstacle) => ({ ...obstacle, page: url(routes.obstacle(obstacle.id)), ...misAJour(CONTENT_FILES.obstacles) })),
    outils: kit.outils.map((outil) => ({
      id: outil.id,
      ...outil.data,
      page: url(routes.outil(outil.id)),
      ...downloads(routes.pdfOutil(outil.id), url),
      texte: text(outil.body),
      ...misAJour(outil.file),
    })),
    references: kit.references.map((ref) => ({ ...ref, page: url(routes.reference(ref.id)) })),
    glossaire: kit.glossaire.map((terme) => ({ ...terme, page: url(routes.terme(terme.id)) })),
    experiences: kit.experiences.map((experience) => ({
      id: experience.id,
      ...experience.data,
      page: url(routes.experience(experience.id)),
      texte: text(experience.body),
      ...misAJour(experience.file),
    })),
    autoevaluations: [...kit.selfAssessments, ...kit.quizzes].map((questionnaire) => ({
      ...questionnaire,
      page: url(routes.questionnaire(questionnaire.id)),
    })),
    parcours: kit.parcours.map((parcours) => ({ ...parcours, page: url(routes.parcours(parcours.id)), ...downloads(routes.pdfParcours(parcours.id), url), ...misAJour(`${CONTENT_FILES.parcours}/${parcours.id}.yaml`) })),
    videos: kit.videos.map((video) =>
      video.hebergement === 'kit'
        ? { ...video, fichier: url(video.fichier), sousTitres: url(video.sousTitres), page: url(routes.video(video.id)) }
        : { ...video, page: url(routes.video(video.id)) },
    ),
  };
}
