import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { buildKit, KitError } from '../../src/lib/kit/model.ts';
import { kitJsonSchema } from '../../src/schemas/kit-json.ts';
import { toKitJson } from '../../src/lib/kit-json.ts';
import { contentDatesFrom } from '../../src/lib/content-dates.ts';
import { validTree } from '../helpers/fixtures.ts';

const raw = () => verifyContent(validTree()).raw;

describe('Kit model', () => {
  it('orders fiches by numero and gives previous and next', () => {
    const kit = buildKit(raw());
    expect(kit.fiches.map((f) => f.id)).toEqual(['premiere-fiche', 'seconde-fiche']);
    expect(kit.neighbours('premiere-fiche').previous).toBeUndefined();
    expect(kit.neighbours('premiere-fiche').next?.id).toBe('seconde-fiche');
    expect(kit.neighbours('seconde-fiche').next).toBeUndefined();
  });
  it('groups fiches by phase', () => {
    const kit = buildKit(raw());
    expect(kit.fichesOfPhase('amont').map((f) => f.id)).toEqual(['premiere-fiche']);
    expect(kit.fichesOfPhase('apres')).toEqual([]);
  });
  it('joins obstacles and outils to fiches in both directions', () => {
    const kit = buildKit(raw());
    const jargon = kit.obstacle('jargon')!;
    // The obstacle lists one fiche; both fiches name the obstacle: both are shown.
    expect(kit.fichesForObstacle(jargon).map((f) => f.id)).toEqual(['premiere-fiche', 'seconde-fiche']);
    expect(kit.fichesForOutil(kit.outil('outil-deux')!).map((f) => f.id)).toEqual(['premiere-fiche', 'seconde-fiche']);
    expect(kit.obstaclesForOutil(kit.outil('outil-un')!).map((o) => o.id)).toEqual(['jargon']);
    expect(kit.citationsOf('ref-un').fiches).toHaveLength(2);
  });
  it('splits a fiche into its four rubrics', () => {
    const kit = buildKit(raw());
    expect(kit.rubricsOf(kit.fiche('premiere-fiche')!).map((r) => r.title)).toHaveLength(4);
  });
  it('refuses to build a kit with a broken reference, listing the problem in French', () => {
    const broken = raw();
    broken.fiches[0]!.data.outils = ['outil-un', 'outil-inconnu'];
    expect(() => buildKit(broken)).toThrow(KitError);
    expect(() => buildKit(broken)).toThrow(/aucun outil ne porte l'identifiant « outil-inconnu »/);
  });
});

describe('toKitJson', () => {
  it('produces data that its own schema accepts, with page URLs from the given maker', () => {
    const kit = buildKit(raw());
    const data = toKitJson(kit, (path) => `https://exemple.org/kit${path}`, contentDatesFrom({}));
    expect(kitJsonSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data.fiches[0]!.page).toBe('https://exemple.org/kit/fiches/premiere-fiche/');
    expect(data.fiches[0]!.rubriques[0]!.titre).toBe('Pourquoi cette démarche ?');
    expect(data.phases[0]!.fiches).toEqual(['premiere-fiche']);
  });
});
