/**
 * Imported by the experience form island before it validates anything. When it may, zod (the
 * classic API; `zod/mini`, used by the progress islands, never does) compiles its object parsers
 * with `new Function`, and to find out it tries once. Under the site's CSP that try is refused
 * and reported as a `securitypolicyviolation`, caught but still reported. The interpreted parser
 * gives the same results and never tries.
 */
import { config } from 'zod';

config({ jitless: true });
