/**
 * Stable event ids: the date value and a slug of the label ("2022-01-10-talks-in-geneva-ended"),
 * so the same corpus gives the same ids run after run and a link to an event survives a re-run.
 * Clashes get "-2", "-3" in timeline order.
 */
const MAX_SLUG = 48;

export function slug(s: string): string {
  const base = s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= MAX_SLUG) return base;
  const cut = base.slice(0, MAX_SLUG + 1);
  // End on a whole word: "…-legal-documents", not "…-legal-documen".
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** Ids for events in their final order; `keys` are `[date value, label]`. */
export function eventIds(keys: Array<[string, string]>): string[] {
  const used = new Set<string>();
  /**
   * The suffix each base tries next: every lower one is taken and stays taken, so a text that
   * tells thousands of events with one label numbers them in linear time, not quadratic.
   */
  const next = new Map<string, number>();
  return keys.map(([value, label]) => {
    const base = [slug(value), slug(label)].filter(Boolean).join('-') || 'event';
    let id = base;
    let i = next.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${i++}`;
    next.set(base, i);
    used.add(id);
    return id;
  });
}
