/**
 * The loader of a folder of topic pages: Astro's `glob()` for `*.md` and `*.mdx`, with two guards
 * that the stock loader leaves to us.
 *
 * - No stale pages. Astro renders each `.md` page while it syncs content and keeps the HTML in its
 *   data store between builds, keyed by the file's text: it throws the store away when the config
 *   or Astro change, not when a plugin of ours does. So the store is cleared whenever the digest of
 *   the Markdown pipeline's code and the locked dependencies changes.
 * - No silent failures. `glob()` logs a page that fails to render (a plugin's error, such as a
 *   former id that points at no section) and stores it without HTML; a build must stop there.
 *
 * `.mdx` pages are compiled by @astrojs/mdx as modules of the build, so neither applies to them, and
 * neither applies under `astro dev`, which renders each page when it is opened (see `load`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

/**
 * What the HTML of a page depends on besides its own text: the plugins, the helpers they import
 * (ids, slugs, the deployment's base) and the installed versions. All of `src/plugins` and
 * `src/utils` are hashed rather than the exact imports, so a new import can never be missed; an
 * unrelated edit there costs one re-render of the pages (about two seconds).
 */
const PIPELINE_INPUTS = ['src/plugins', 'src/utils', 'package-lock.json'];

export function pipelineDigest(root: string, base: string): string {
  // Links carry the base (plugins/rehype-base-links.ts).
  const hash = createHash('sha256').update(base).update('\0');
  for (const input of PIPELINE_INPUTS) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    const files = input.includes('.') ? [full] : readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => path.join(full, f));
    for (const file of files.sort()) {
      if (!/\.(ts|json)$/.test(file)) continue;
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('base64url');
}

export function topicPages(folder: string): Loader {
  // The raw text is not kept: only its own page shows it, rendered.
  const options = { base: `content/${folder}`, pattern: '*.{md,mdx}', retainBody: false };
  return {
    name: 'topic-pages',
    load: async (context) => {
      // `astro dev` (the only command that watches files) renders a page when it is opened: rendered here,
      // every page's HTML would sit in the data store, which Astro writes out and reloads whole after each
      // edit (2.4 s from saving to seeing at 1,000 pages). A page that fails shows its error when opened.
      const deferRender = context.watcher !== undefined;
      // Pages stored one way are not rendered the other way: moving between dev and build starts afresh.
      const digest = `${pipelineDigest(fileURLToPath(context.config.root), context.config.base)}${deferRender ? ':deferred' : ''}`;
      if (context.meta.get('pipeline') !== digest) {
        context.store.clear();
        context.meta.set('pipeline', digest);
      }
      await glob({ ...options, deferRender }).load(context);
      if (deferRender) return;
      const unrendered = context.store
        .values()
        .filter((entry) => entry.filePath?.endsWith('.md') && !entry.rendered)
        .map((entry) => entry.filePath);
      if (unrendered.length > 0) {
        throw new Error(`Pages that could not be rendered (the errors above say why):\n${unrendered.map((file) => `  ${file}`).join('\n')}`);
      }
    },
  };
}
