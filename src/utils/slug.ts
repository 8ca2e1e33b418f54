import GithubSlugger from 'github-slugger';

/**
 * Makes ids the way GitHub (and rehype-slug) do, so an id depends only on its own text:
 * lower-case, punctuation dropped, spaces to hyphens, letters of any script kept.
 * A repeated text gets "-1", "-2", ... in document order.
 */
export function createIdMaker(taken: Iterable<string> = []) {
  const slugger = new GithubSlugger();
  // Marking ids already on the page makes a later clash get a suffix instead of a duplicate id.
  for (const id of taken) slugger.slug(id);
  return (text: string, fallback = 'row') => slugger.slug(text.trim()) || slugger.slug(fallback);
}

export type IdMaker = ReturnType<typeof createIdMaker>;
