/** The components content MDX may use, handed to `<Content components={…} />` (no imports in content). */
import Exemple from './Exemple.astro';
import Attention from './Attention.astro';
import Astuce from './Astuce.astro';
import LienFiche from './LienFiche.astro';
import LienOutil from './LienOutil.astro';
import LienObstacle from './LienObstacle.astro';
import Terme from './Terme.astro';
import Table from './Table.astro';
import Link from './Link.astro';

export const mdxComponents = { Exemple, Attention, Astuce, LienFiche, LienOutil, LienObstacle, Terme, table: Table, a: Link };
