/**
 * A video the kit hosts itself, built for real: a copy of the project gets one in
 * content/videos.yaml with its file and captions in public/medias/. The page must play the site's
 * own file with French captions and show the full transcript; the build's last check must refuse
 * the site when a file it names is missing.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/site/check.ts';
import { videoUi } from '../../src/ui/strings.ts';
import { attr, attributes, parsePage, textOf } from '../helpers/html.ts';
import { embeddedPlayers } from '../helpers/page-checks.ts';
import { makeTempProject } from '../helpers/temp-project.ts';

const project = makeTempProject('video-hebergee');
afterAll(() => project.cleanup());

const TRANSCRIPT =
  "Bonjour à toutes et à tous. Nous commençons par un tour de table : chacune et chacun dit son prénom et ce qui l'amène. " +
  'Ensuite, nous relisons ensemble les règles du groupe. Puis nous choisissons deux propositions à porter au comité de suivi.';

const ENTRY = `
- id: video-du-kit
  hebergement: kit
  titre: Une réunion filmée par le kit
  realisation: [Kit de la participation citoyenne]
  duree: 4 min 30 s
  description: >-
    Une réunion de participation filmée du début à la fin. On voit l'accueil
    des personnes. Puis vient le tour de table. Chacune et chacun dit son
    prénom. Le groupe relit ses règles. Il choisit ensuite deux propositions.
    Elles partent au comité de suivi. Le film dure quelques minutes.
  usages: [formation]
  question: Qu'est-ce qui a aidé chacun à prendre la parole ?
  fiches: [animer-une-reunion]
  fichier: /medias/reunion.mp4
  sousTitres: /medias/reunion.vtt
  transcription: >-
    ${TRANSCRIPT}
`;

describe('a video hosted by the kit', () => {
  const dist = join(project.root, 'dist');
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  let built: { status: number | null; output: string };

  beforeAll(() => {
    appendFileSync(join(project.root, 'content', 'videos.yaml'), ENTRY);
    mkdirSync(join(project.root, 'public', 'medias'), { recursive: true });
    // The build only serves the files: a few bytes stand for the film.
    writeFileSync(join(project.root, 'public', 'medias', 'reunion.mp4'), 'film');
    writeFileSync(join(project.root, 'public', 'medias', 'reunion.vtt'), 'WEBVTT\n\n00:00.000 --> 00:04.000\nBonjour à toutes et à tous.\n');
    built = project.buildSite({ PDF: '0' });
  }, 300_000);

  it('builds', () => {
    expect(built.output).toContain('étape « controle » terminée');
    expect(built.status).toBe(0);
  });

  it("plays the site's own file with French captions, and shows the full transcript", () => {
    const page = read('videos/index.html');
    const html = parsePage(page);
    const video = html.select('video');
    expect(video && attr(video, 'src')).toBe('/medias/reunion.mp4');
    expect(video && attr(video, 'controls')).toBe('');
    const track = html.select('video > track');
    expect(Object.fromEntries(attributes(track!))).toMatchObject({ kind: 'captions', src: '/medias/reunion.vtt', srclang: 'fr' });
    expect(textOf(page)).toContain(`${videoUi.transcript} ${TRANSCRIPT}`);
    expect(embeddedPlayers(page)).toEqual([]);
  });

  it('is cited « À voir » from its fiche and published in kit.json', () => {
    expect(parsePage(read('fiches/animer-une-reunion/index.html')).select('a[href="/videos/#video-du-kit"]')).toBeDefined();
    const film = JSON.parse(read('donnees/kit.json')).videos.find((v: { id: string }) => v.id === 'video-du-kit');
    expect(film).toMatchObject({ hebergement: 'kit', fichier: '/medias/reunion.mp4', sousTitres: '/medias/reunion.vtt', page: '/videos/#video-du-kit' });
  });

  it('is refused by the last check of the build when its captions are missing', () => {
    rmSync(join(dist, 'medias', 'reunion.vtt'));
    const { problems } = checkSite({ root: dist, base: '/', pdf: false });
    expect(problems.map((p) => `${p.file} — ${p.message}`)).toEqual([expect.stringMatching(/^videos\/index\.html — lien cassé vers « \/medias\/reunion\.vtt »/)]);
  });
});
