import type { Page } from 'playwright-core';

interface AxNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/**
 * The `expanded` state that Chromium's own accessibility tree gives a button, which is what screen
 * readers read (Playwright's aria snapshot computes its own, from ARIA attributes only).
 */
export async function expandedState(page: Page, name: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name);
  if (!button) throw new Error(`bouton « ${name} » absent de l'arbre d'accessibilité`);
  return button.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
}
