// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { formerAddresses } from './src/integrations/former-addresses.ts';
import { mdxTraps } from './src/integrations/mdx-traps.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { siteBase } from './src/integrations/site-base.ts';
import { markdownProcessor } from './src/plugins/index.ts';
import { deployment } from './src/utils/deployment.ts';

const former = formerAddresses();

export default defineConfig({
  // Where the site is published, from SITE_URL and BASE_PATH (README, "Deploying"): absolute links in
  // the feed, canonical URLs, the sitemap, and the sub-path every link carries.
  ...(deployment.site ? { site: deployment.site } : {}),
  base: deployment.base,
  // Pages link to each other with trailing slashes; a static host serves `dir/index.html` for them.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: markdownProcessor,
    syntaxHighlight: false,
  },
  // optimize: MDX compiles static parts to plain HTML strings; a 1,000-page build is 20% faster and lighter.
  integrations: [
    siteBase(),
    mdxTraps(),
    mdx({ optimize: true }),
    // Pagefind indexes the finished pages, then the offline step lists every file, the index's included.
    pagefind(),
    offline(),
    // A sitemap needs absolute addresses, so only a build that knows its public address writes one. It
    // leaves out the 404 page by itself, and the redirect pages of renamed topics through `former`, whose
    // hook must run first.
    former.integration,
    ...(deployment.site ? [sitemap({ filter: (page) => !former.isRedirect(page) })] : []),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // Astro 7 marks every MDX module with a directive that Rolldown warns about, once per file:
        // harmless and known upstream (withastro/astro#18087). Other warnings still show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
