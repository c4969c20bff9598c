/**
 * The components content MDX may use, handed to `<Content components={…} />` (no imports in
 * content). The list itself lives in `src/lib/content/mdx-components.ts`: `satisfies` makes a
 * component missing here, or one added here without its entry there, a type error.
 */
import type { KitComponentName } from '../../lib/content/mdx-components.ts';
import Exemple from './Exemple.astro';
import Attention from './Attention.astro';
import Astuce from './Astuce.astro';
import LienFiche from './LienFiche.astro';
import LienOutil from './LienOutil.astro';
import LienObstacle from './LienObstacle.astro';
import Terme from './Terme.astro';
import Table from './Table.astro';
import Link from './Link.astro';

const kitComponents = { Exemple, Attention, Astuce, LienFiche, LienOutil, LienObstacle, Terme } satisfies Record<KitComponentName, unknown>;

/** Markdown's own elements the kit renders its way: tables that scroll, base-aware links. */
export const mdxComponents = { ...kitComponents, table: Table, a: Link };
