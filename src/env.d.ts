/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files; this lets it check the .ts modules that import them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

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
