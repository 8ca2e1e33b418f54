/**
 * The names a learner may type for a service, shown on its page as "Also known as" and weighted
 * highest in the search index, so "EC2", "Elastic Compute Cloud" or an alias puts the service first.
 */
const VENDOR_PREFIX = /^(Amazon|AWS)\s+/;

export interface Named {
  name: string;
  shortName: string;
  aliases: readonly string[];
}

/** Name without "Amazon"/"AWS", so "Elastic Compute Cloud" matches as well as "Amazon Elastic Compute Cloud". */
export const withoutVendor = (name: string) => name.replace(VENDOR_PREFIX, '');

/** Distinct search terms, in the order given, compared case-insensitively; the full name itself is left out. */
export function searchTerms({ name, shortName, aliases }: Named): string[] {
  const seen = new Set([name.toLowerCase()]);
  const terms: string[] = [];
  for (const term of [shortName, withoutVendor(name), ...aliases]) {
    const key = term.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      terms.push(term.trim());
    }
  }
  return terms;
}
