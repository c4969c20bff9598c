import type { KitJson } from '../schemas/kit-json.ts';
import type { Kit } from './kit/model.ts';
import { routes } from './routes.ts';

/** Turns a site path into the address published in kit.json (absolute when the site is known). */
export type UrlMaker = (path: string) => string;

/** The whole kit as open data, in the stable shape documented in README.md. */
export function toKitJson(kit: Kit, url: UrlMaker): KitJson {
  return {
    format: 1,
    titre: 'Kit de la participation citoyenne aux politiques de solidarité',
    licence: 'Licence Ouverte / Etalab 2.0',
    site: url('/'),
    phases: kit.phases.map((phase) => ({ ...phase, page: url(routes.phase(phase.id)), fiches: kit.fichesOfPhase(phase.id).map((f) => f.id) })),
    fiches: kit.fiches.map((fiche) => {
      const { facteursCles, etapes: _etapes, ...data } = fiche.data;
      return {
        id: fiche.id,
        ...data,
        page: url(routes.fiche(fiche.id)),
        pdf: url(routes.pdfFiche(fiche.id)),
        rubriques: kit.rubricsOf(fiche).map((section) => ({ titre: section.title, texte: section.content })),
        facteursCles,
      };
    }),
    obstacles: kit.obstacles.map((obstacle) => ({ ...obstacle, page: url(routes.obstacle(obstacle.id)) })),
    outils: kit.outils.map((outil) => ({
      id: outil.id,
      ...outil.data,
      page: url(routes.outil(outil.id)),
      pdf: url(routes.pdfOutil(outil.id)),
      texte: outil.body.trim(),
    })),
    references: kit.references.map((ref) => ({ ...ref, page: url(routes.reference(ref.id)) })),
    glossaire: kit.glossaire.map((terme) => ({ ...terme, page: url(routes.terme(terme.id)) })),
    experiences: kit.experiences.map((experience) => ({
      id: experience.id,
      ...experience.data,
      page: url(routes.experience(experience.id)),
      texte: experience.body.trim(),
    })),
    autoevaluations: [...kit.selfAssessments, ...kit.quizzes].map((questionnaire) => ({
      ...questionnaire,
      page: url(routes.questionnaire(questionnaire.id)),
    })),
    parcours: kit.parcours.map((parcours) => ({ ...parcours, page: url(routes.parcours(parcours.id)), pdf: url(routes.pdfParcours(parcours.id)) })),
    videos: kit.videos.map((video) =>
      video.hebergement === 'kit'
        ? { ...video, fichier: url(video.fichier), sousTitres: url(video.sousTitres), page: url(routes.video(video.id)) }
        : { ...video, page: url(routes.video(video.id)) },
    ),
  };
}
