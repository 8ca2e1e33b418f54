import { describe, expect, it } from 'vitest';
import { rankSections } from '../../src/utils/search-sections';

const lambda = [
  { title: 'Versions and aliases', score: 2 },
  { title: 'Layers', score: 1 },
  { title: 'Lambda compared with other compute', score: 9 },
];

describe('rankSections', () => {
  it('puts first the section whose heading names what the reader asked beyond the page’s own name', () => {
    expect(rankSections(lambda, 'lambda layers', 'AWS Lambda')[0]!.title).toBe('Layers');
    expect(rankSections(lambda, 'lambda alias', 'AWS Lambda')[0]!.title).toBe('Versions and aliases');
  });

  it('does not count a word of the page title as naming a section', () => {
    const sam = [
      { title: 'The SAM CLI', score: 5 },
      { title: 'Local testing', score: 1 },
    ];
    expect(rankSections(sam, 'sam local', 'AWS SAM').map((s) => s.title)).toEqual(['Local testing', 'The SAM CLI']);
  });

  it('keeps Pagefind’s order by score when no heading names the query', () => {
    expect(rankSections(lambda, 'lambda', 'AWS Lambda').map((s) => s.score)).toEqual([9, 2, 1]);
  });
});
