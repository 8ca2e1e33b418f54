/**
 * The loader of a folder of MDX pages: Astro's `glob()`, except that pages without MDX features are
 * rendered to HTML here, in the content layer (src/plugins/static-mdx.ts says why and how). The
 * others (a page that imports a component) are left to @astrojs/mdx, as every page was before.
 *
 * `glob()` asks the entry type of each file for a render function and stores whatever it returns;
 * wrapping its context gives `.mdx` ours, and marks the pages it declines for @astrojs/mdx to
 * compile (`deferredRender`), which is what `glob()` does for every `.mdx` page on its own.
 *
 * Under `astro dev` every page is left to @astrojs/mdx, which compiles only the pages a writer opens:
 * rendered here, each page's HTML sat in the data store, which Astro writes out whole and reloads
 * after every edit (18 MB at 1,000 pages, two seconds from saving to seeing). The HTML is the same
 * either way (tests/unit/static-mdx.test.ts compares every page).
 */
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { renderPage } from './render-pool';

type DataStore = LoaderContext['store'];

/** What `glob()` reads from its context besides the public fields: the entry type of each extension. */
interface GlobContext extends LoaderContext {
  entryTypes: Map<string, ContentEntryType>;
}

type RenderFunction = NonNullable<ContentEntryType['getRenderFunction']> extends (...args: never[]) => Promise<infer F> ? F : never;

function withStaticRender(entryTypes: Map<string, ContentEntryType>): Map<string, ContentEntryType> {
  // `glob()` passes the file's absolute path.
  const render = async ({ body, data, filePath }: Parameters<RenderFunction>[0]) => {
    if (body === undefined || filePath === undefined || import.meta.env.DEV) return undefined;
    const page = await renderPage(body, filePath, data);
    return page && { html: page.html, metadata: { headings: page.headings, frontmatter: data } };
  };
  const mdx = entryTypes.get('.mdx');
  if (!mdx) throw new Error('MDX pages need the @astrojs/mdx integration in astro.config.mjs.');
  // `glob()` stores an `undefined` result; `deferUnrendered` below turns it into a deferred page.
  const getRenderFunction = () => Promise.resolve(render as RenderFunction);
  return new Map([...entryTypes, ['.mdx', { ...mdx, getRenderFunction }]]);
}

function deferUnrendered(store: DataStore): DataStore {
  return { ...store, set: (entry) => store.set(entry.rendered ? entry : { ...entry, deferredRender: true }) };
}

/**
 * One entry per `*.mdx` file of `content/<folder>`. The raw text is not kept: kept, it would copy
 * every page's source into the data store the build bundles (10 MB at 1,000 services).
 */
export function mdxPages(folder: string): Loader {
  const inner = glob({ base: `content/${folder}`, pattern: '*.mdx', retainBody: false });
  return {
    name: 'mdx-pages',
    load: (context) => {
      const { entryTypes } = context as GlobContext;
      const wrapped: GlobContext = { ...context, store: deferUnrendered(context.store), entryTypes: withStaticRender(entryTypes) };
      return inner.load(wrapped);
    },
  };
}
