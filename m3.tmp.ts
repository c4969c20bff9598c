import { launchChromium } from './tests/helpers/chromium.ts';
import { serveStatic } from './tests/helpers/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const p of ['/fiches/animer-une-reunion/', '/outils/', '/']) {
  const out: string[] = [];
  for (const block of [false, true]) {
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
    if (block) await ctx.route('**/*.woff2', (r) => r.abort());
    const page = await ctx.newPage();
    await page.goto(server.origin + p);
    await page.evaluate(() => document.fonts.ready);
    out.push(JSON.stringify(await page.evaluate(() => ({ main: document.querySelector('main')!.getBoundingClientRect().top, ess: document.querySelector('main h2')?.getBoundingClientRect().top, bottom: Math.round(document.querySelector('main')!.getBoundingClientRect().bottom), f:getComputedStyle(document.body).fontFamily.slice(0,60) }))));
    await ctx.close();
  }
  console.log(p, out.join(' | '));
}
await browser.close(); await server.close();
