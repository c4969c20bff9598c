/** One counter per page rendered (its request), so that every glossary popover has its own id. */
const counters = new WeakMap<Request, number>();

export function nextTermNumber(request: Request): number {
  const next = (counters.get(request) ?? 0) + 1;
  counters.set(request, next);
  return next;
}
