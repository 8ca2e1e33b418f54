/**
 * Marks the words a reader searched for on the page a search result opened, then drops the
 * `highlight` parameter from the address so a link copied from here stays clean.
 */
const SKIP = 'script, style, mark, .anchor-link, .sr-only';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightFromUrl(root: Element) {
  const url = new URL(window.location.href);
  const query = url.searchParams.get('highlight') ?? '';
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);

  const words = query.split(/\s+/).filter((w) => w.length > 1);
  if (words.length === 0) return;
  const alternatives = words.map(escape).join('|');
  const pattern = new RegExp(`(${alternatives})`, 'gi');
  const contains = new RegExp(alternatives, 'i');

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) || !contains.test(node.nodeValue ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const hits: Text[] = [];
  while (walker.nextNode()) hits.push(walker.currentNode as Text);

  for (const text of hits) {
    const parts = (text.nodeValue ?? '').split(pattern);
    text.replaceWith(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part;
        return mark;
      }),
    );
  }
}
