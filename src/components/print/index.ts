/** MDX headings one level down, for the whole kit: ## becomes h3 under a fiche's h2 title. */
import Heading3 from './Heading3.astro';
import Heading4 from './Heading4.astro';
import Heading5 from './Heading5.astro';

export const demotedHeadings = { h2: Heading3, h3: Heading4, h4: Heading5 };
