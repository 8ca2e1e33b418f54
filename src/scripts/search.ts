/**
 * Search, loaded on first use: queries the Pagefind index built from the site, puts pages
 * named by the query first (see utils/search-names.ts), and renders results with their
 * matching sections. Arrow keys move between results; Enter follows the focused link;
 * Esc closes the dialog (native <dialog> behaviour).
 */
import { rankByName, splitNames } from '../utils/search-names';
import { rankSections } from '../utils/search-sections';
import { withBase } from '../utils/base';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `names` and `terms` are what components/SearchMeta.astro gives each topic. */
  meta: { title?: string; names?: string; terms?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Ranking {
  metaWeights: Record<string, number>;
}
interface Pagefind {
  options: (options: { baseUrl?: string; noWorker?: boolean; ranking?: Ranking }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (term: string, options: { filters?: Record<string, string> }, debounceMs?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/** How many pages a result list shows at first (and adds with "Show more"), and sections per page. */
const PAGE_SIZE = 5;
const MAX_SECTIONS = 3;
/** Pause after a keystroke before searching: short enough to feel instant, long enough to skip mid-word queries. */
const DEBOUNCE_MS = 120;

/**
 * Words in a page's names and search terms (components/SearchMeta.astro) raise it, names a little
 * more, on top of Pagefind's boost of words in the title (5). Pagefind ranks by words, so pages that
 * share a word with the query's page can still come before it ("EC2 Image Builder" for "EC2"):
 * `rankByName` puts the page the query names first. The guide's query suite
 * (tests/e2e/content/search-queries.spec.ts) passes for names 5 to 30 with terms 8, and terms 5 to
 * 10 with names 10; these sit in the middle.
 */
const RANKING: Ranking = { metaWeights: { names: 10, terms: 8 } };

async function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: the index is generated after the site is built, so the bundler must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
  // The index knows pages by their path in dist/; under a sub-path, result URLs need it in front.
  // Searching a guide this size takes milliseconds on the page itself; Pagefind's web worker would be
  // 12 KiB more to fetch before the first result.
  await pagefind.options({ baseUrl: import.meta.env.BASE_URL, noWorker: true, ranking: RANKING });
  return pagefind;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

/** Pagefind's excerpts come from our own index: text it has escaped, with <mark> around the matches. */
function excerptNode(html: string) {
  const p = element('p', 'mt-0.5 text-sm text-slate-600 dark:text-slate-400 [&_mark]:bg-yellow-200 [&_mark]:text-slate-900');
  p.innerHTML = html;
  return p;
}

/** The result's URL, asking the page it opens to highlight the words searched for. */
function withHighlight(href: string, term: string) {
  const url = new URL(href, window.location.origin);
  url.searchParams.set('highlight', term);
  return url.pathname + url.search + url.hash;
}

function renderResult(data: PagefindResultData, term: string) {
  const item = element('li', 'mt-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700');
  const link = element('a', 'flex flex-wrap items-baseline gap-x-2 font-semibold text-accent-700 hover:underline dark:text-accent-300');
  link.href = withHighlight(data.url, term);
  link.append(element('span', '', data.meta.title ?? data.url));
  const category = data.filters['category']?.[0];
  if (category) link.append(element('span', 'text-xs font-normal text-slate-600 dark:text-slate-400', category));
  item.append(link);

  // Pagefind lists a page's sections in page order; the best-matching sections are the ones to show.
  const scored = data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s) => ({ ...s, score: s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0) }));
  const sections = rankSections(scored, term, data.meta.title ?? '').slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    item.append(excerptNode(data.excerpt));
  } else {
    const list = element('ul', 'mt-1 space-y-1 border-s-2 border-slate-200 ps-3 dark:border-slate-700');
    for (const section of sections) {
      const li = element('li', '');
      const a = element('a', 'text-sm font-medium text-slate-800 hover:underline dark:text-slate-200', section.title);
      a.href = withHighlight(section.url, term);
      li.append(a, excerptNode(section.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** The dialog's parts that search fills and listens to (the dialog's custom element finds them in its own markup). */
export interface SearchParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  /** Each narrows results by the Pagefind filter named in its `data-filter`; "" (the first option) means any. */
  filters: HTMLSelectElement[];
  /** Live region: result counts and failures. */
  status: HTMLElement;
  results: HTMLUListElement;
}

export async function attach({ dialog, input, filters, status, results: list }: SearchParts) {
  const pagefind = await loadPagefind();

  const filterOf = (select: HTMLSelectElement) => select.dataset['filter']!;
  const values = await pagefind.filters();
  for (const select of filters) {
    for (const value of Object.keys(values[filterOf(select)] ?? {}).sort()) select.append(new Option(value, value));
  }

  let latest = 0;
  async function run() {
    const term = input.value.trim();
    const ticket = ++latest;
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const active = Object.fromEntries(filters.filter((select) => select.value !== '').map((select) => [filterOf(select), select.value]));
    const search = await pagefind.debouncedSearch(term, { filters: active }, DEBOUNCE_MS);
    // A newer keystroke has started another search: this one's results are stale.
    if (!search || ticket !== latest) return;
    const { results } = search;
    list.replaceChildren();
    let loaded = 0;

    // Results come a page at a time: each one costs a fragment fetch, and most readers stop at the first few.
    async function showMore() {
      const batch = await Promise.all(results.slice(loaded, loaded + PAGE_SIZE).map((r) => r.data()));
      if (ticket !== latest) return;
      // Pages named by the query lead the first batch; later batches keep Pagefind's order.
      const ordered = loaded === 0 ? rankByName(term, batch, (d) => [...splitNames(d.meta.names), ...splitNames(d.meta.terms)]) : batch;
      loaded += PAGE_SIZE;
      const added = ordered.map((data) => renderResult(data, term));
      list.append(...added);
      if (loaded < results.length) list.append(moreButton(added));
    }

    function moreButton(previous: HTMLElement[]) {
      const item = element('li', 'mt-2 text-center');
      const button = element(
        'button',
        'rounded-md px-3 py-2 text-sm font-medium text-accent-700 hover:bg-slate-100 dark:text-accent-300 dark:hover:bg-slate-800',
        'Show more results',
      );
      button.type = 'button';
      button.addEventListener('click', async () => {
        item.remove();
        await showMore();
        // Keyboard users continue from the first new result rather than losing their place.
        (previous.at(-1)?.nextElementSibling?.querySelector('a') ?? input).focus();
      });
      item.append(button);
      return item;
    }

    await showMore();
    const count = results.length;
    status.textContent = count === 0 ? `No results for “${term}”.` : `${count} result${count === 1 ? '' : 's'} for “${term}”.`;
  }

  const rerun = () => void run();
  input.addEventListener('input', rerun);
  for (const select of filters) select.addEventListener('change', rerun);

  // Arrow keys walk through every link in the results, starting from the search box.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  // Following a result to a section of the page already open does not reload it: close the dialog.
  list.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) dialog.close();
  });

  if (input.value.trim()) await run();
}
