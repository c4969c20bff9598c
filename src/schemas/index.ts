/** Every schema of the kit, in one place: the site, the verifier and the tests import from here. */
export * from './common.ts';
export * from './phase.ts';
export * from './fiche.ts';
export * from './obstacle.ts';
export * from './outil.ts';
export * from './reference.ts';
export * from './glossaire.ts';
export * from './experience.ts';
export * from './video.ts';
export * from './questionnaire.ts';
export * from './synonymes.ts';
export * from './nouveaute.ts';
export * from './parcours.ts';
