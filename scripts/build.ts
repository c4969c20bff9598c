/**
 * `npm run build`: the whole publication chain, step by step, each step timed.
 * astro (pages) → pagefind (search index). Later steps plug in here in order.
 * Writes `<outDir>/../.build-timings.json` so that `npm run bench` can report each step.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from './steps/search-index.ts';

export interface StepTiming {
  step: string;
  seconds: number;
  detail?: string;
}

const outDir = resolve(process.env.OUT_DIR || 'dist');
const timings: StepTiming[] = [];

async function step(name: string, run: () => Promise<string | void> | string | void) {
  const started = performance.now();
  const detail = (await run()) ?? undefined;
  const seconds = (performance.now() - started) / 1000;
  timings.push({ step: name, seconds, detail });
  console.log(`\n[kit] étape « ${name} » terminée en ${seconds.toFixed(1)} s${detail ? ` — ${detail}` : ''}\n`);
}

await step('astro', () => {
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error('\n[kit] la construction des pages a échoué : voir les messages ci-dessus.');
    process.exit(result.status ?? 1);
  }
});

await step('pagefind', () => buildSearchIndex(outDir));

mkdirSync(resolve('.tmp'), { recursive: true });
writeFileSync(resolve('.tmp', `build-timings${process.env.OUT_DIR ? '-' + process.env.OUT_DIR.replace(/\W+/g, '_') : ''}.json`), JSON.stringify(timings, null, 2));
console.log(timings.map((t) => `  ${t.step.padEnd(10)} ${t.seconds.toFixed(1).padStart(6)} s`).join('\n'));
