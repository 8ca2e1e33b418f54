/**
 * How the guide compares and shortens service names, in one place: search ranking, "Also known as",
 * flashcards and the `npm run new` scaffolder all strip the vendor and compare case-insensitively here.
 */
const VENDOR_PREFIX = /^(Amazon|AWS)\s+/i;

/** "Amazon Elastic Compute Cloud" → "Elastic Compute Cloud"; names without a vendor stay as they are. */
export const withoutVendor = (name: string) => name.replace(VENDOR_PREFIX, '');

/** The form two names are compared in: lower-case, single spaces, trimmed. */
export const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Names in the order given, without repeats (compared by `nameKey`) or blanks. */
export function distinctNames(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (key && !seen.has(key)) {
      seen.add(key);
      kept.push(name.trim());
    }
  }
  return kept;
}
