import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { expect, it } from 'vitest';
import { formerAddresses } from '../../src/integrations/former-addresses';

type Hooks = AstroIntegration['hooks'];
// The hooks read only these fields of what Astro passes them.
const configDone = (base: string) => ({ config: { base } }) as unknown as Parameters<NonNullable<Hooks['astro:config:done']>>[0];
const buildDone = (dir: string, assets: Map<string, URL[]>) =>
  ({ dir: pathToFileURL(dir), assets }) as unknown as Parameters<NonNullable<Hooks['astro:build:done']>>[0];

it('tells the sitemap which pages are the redirects of former slugs, under the sub-path', async () => {
  const { integration, isRedirect } = formerAddresses();
  await integration.hooks['astro:config:done']?.(configDone('/guide'));
  const assets = new Map([
    ['/[...former]', [pathToFileURL('/site/dist/services/alfa/index.html')]],
    ['/services/[slug]', [pathToFileURL('/site/dist/services/alpha/index.html')]],
  ]);
  await integration.hooks['astro:build:done']?.(buildDone('/site/dist/', assets));
  expect(isRedirect('https://guide.example.org/guide/services/alfa/')).toBe(true);
  expect(isRedirect('https://guide.example.org/guide/services/alpha/')).toBe(false);
});
