/**
 * What a topic is called and what people type to find it. Its other names (short name, name without
 * "Amazon"/"AWS", `aliases`) are shown as "Also known as"; its `searchTerms` ("cold start", "alb vs
 * apigw") only help search find it and are never printed.
 */
import { distinctNames, nameKey, withoutVendor } from './names';

/** The names a topic goes by besides `title`, in the order given, each once (compared case-insensitively). */
export const otherNames = (title: string, names: readonly string[]): string[] => distinctNames([title, ...names]).slice(1);

/** A service's other names: short name, name without the vendor, then its aliases. */
export const serviceNames = ({ name, shortName, aliases }: { name: string; shortName: string; aliases: readonly string[] }) =>
  otherNames(name, [shortName, withoutVendor(name), ...aliases]);

/** The search terms that are not already among `names`, each once. */
export function searchOnly(names: readonly string[], terms: readonly string[]): string[] {
  const named = new Set(names.map(nameKey));
  return distinctNames(terms).filter((term) => !named.has(nameKey(term)));
}
