/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files; this lets it check the .ts modules that import them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// Pagefind's stylesheet is exported without a .css ending, so `astro/client` does not cover it.
declare module '@pagefind/component-ui/css';

/** The French patterns of `hyphen` (CommonJS, without types). */
declare module 'hyphen/fr/index.js' {
  const french: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; html?: boolean }): string };
  export default french;
}

/** `client:interaction` (src/integrations/interaction-directive.ts); its value names what to paint before React loads. */
declare namespace Astro {
  interface ClientDirectives {
    'client:interaction'?: import('./schemas/progress-format.ts').InteractionIsland | true;
  }
}
