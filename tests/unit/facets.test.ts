import { describe, expect, it } from 'vitest';
import { facetProblems } from '../../src/utils/facets';

const facets = [
  { id: 'model', label: 'Data model' },
  { id: 'use', label: 'Typical use' },
];

describe('facetProblems', () => {
  it('accepts a service that fills every facet of its category', () => {
    expect(facetProblems({ model: 'Key-value', use: 'Carts' }, facets, 'database', false)).toEqual([]);
  });

  it('names each facet a service leaves out, with the column it feeds', () => {
    expect(facetProblems({ model: 'Key-value' }, facets, 'database', false)).toEqual([
      { field: 'facets.use', message: 'is missing: the "database" category compares its services on “Typical use”' },
    ]);
  });

  it('lets a feature page leave facets out, but not invent them', () => {
    expect(facetProblems({}, facets, 'database', true)).toEqual([]);
    expect(facetProblems({ engine: 'MySQL' }, facets, 'database', true)).toEqual([
      { field: 'facets.engine', message: 'is not a facet of the "database" category (it has: model, use)' },
    ]);
  });
});
