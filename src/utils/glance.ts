/**
 * The "at a glance" table of a category, built from the services' frontmatter so it can never
 * drift from their pages: one row per service, and a column for each key fact that several of
 * them state under the same label.
 */
export interface GlanceService {
  keyFacts: ReadonlyArray<{ label: string; value: string }>;
}

/** Labels of key facts given by at least `min` services, most widely shared first, at most `max`. */
export function sharedFactLabels(services: readonly GlanceService[], min = 2, max = 3): string[] {
  const counts = new Map<string, { label: string; count: number; first: number }>();
  services.forEach((service, index) => {
    const seen = new Set<string>();
    for (const { label } of service.keyFacts) {
      const key = label.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { label: label.trim(), count: 0, first: index };
      entry.count += 1;
      counts.set(key, entry);
    }
  });
  return [...counts.values()]
    .filter((e) => e.count >= min)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, max)
    .map((e) => e.label);
}

/** The value a service gives for a label (compared case-insensitively), or an empty string. */
export const factValue = (service: GlanceService, label: string) =>
  service.keyFacts.find((f) => f.label.trim().toLowerCase() === label.toLowerCase())?.value ?? '';
