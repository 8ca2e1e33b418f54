export const SITE_NAME = 'AWS Study Guide';

/** The search filter value, and group title, for concept pages (which have no AWS category). */
export const CONCEPTS_FILTER = 'Cloud concepts';

/** Without a configured `site` (SITE_URL), absolute links point at the local preview server, where they can be tried. */
export const LOCAL_PREVIEW = new URL('http://localhost:4321/');

/** The public address for links that must be absolute (feed items, flashcard exports). */
export const siteUrl = (site: URL | undefined) => site ?? LOCAL_PREVIEW;

/** Where the reader's light/dark choice is kept (localStorage): read before first paint, written by the toggle. */
export const THEME_STORAGE_KEY = 'theme';
