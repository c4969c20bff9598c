/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files; this lets it check the .ts modules that import them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
