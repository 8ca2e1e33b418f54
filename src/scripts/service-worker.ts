/**
 * The offline service worker (see src/integrations/offline.ts, which bundles it after the build and
 * puts the list of the site's files where `self.__WB_MANIFEST` stands).
 *
 * - Every listed file is precached when the reader saves the guide; a file keeps answering under any
 *   query string (`?highlight=` from search, `?deck=` on study pages, Pagefind's `?ts=`), as a static
 *   host's would.
 * - A new version waits until the page asks for it (`SKIP_WAITING`, sent by the "Update" button),
 *   then takes over open pages and drops the old version's files.
 * - An address that is not in the list (a mistyped one) gets the site's 404 page while offline.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

// The project's TypeScript types are the DOM's; the worker needs only these of its own global.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

self.addEventListener('message', (event) => {
  if (typeof event.data === 'object' && event.data !== null && 'type' in event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();
// What Workbox's PrecacheFallbackPlugin does, whose declared types do not fit this project's strict settings.
const notFoundWhenOffline = { handlerDidError: () => matchPrecache('404.html') };
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly({ plugins: [notFoundWhenOffline] }));
