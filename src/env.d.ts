/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files; this lets it check the .ts modules that import them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// Pagefind's stylesheet is exported without a .css ending, so `astro/client` does not cover it.
declare module '@pagefind/component-ui/css';
