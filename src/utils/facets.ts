/**
 * Category facets: the few properties a category's services are compared on ("Data model", "Durability").
 * A category declares them in content/categories.yaml; each of its services gives a value for every one,
 * so the category's "at a glance" table has no empty column.
 */
export interface Facet {
  id: string;
  label: string;
}

export interface FacetProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a service's facets for its category: a facet it leaves out (allowed only for a
 * feature page, which sits in its parent's row group) and a value for a facet the category does not have.
 */
export function facetProblems(values: Readonly<Record<string, string>>, facets: readonly Facet[], category: string, isFeaturePage: boolean): FacetProblem[] {
  const known = new Set(facets.map((f) => f.id));
  const problems: FacetProblem[] = [];
  if (!isFeaturePage) {
    for (const facet of facets) {
      if (!(facet.id in values)) {
        problems.push({ field: `facets.${facet.id}`, message: `is missing: the "${category}" category compares its services on “${facet.label}”` });
      }
    }
  }
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      problems.push({ field: `facets.${key}`, message: `is not a facet of the "${category}" category (it has: ${[...known].join(', ') || 'none'})` });
    }
  }
  return problems;
}
