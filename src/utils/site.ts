export const SITE_NAME = 'AWS Study Guide';

/** The search filter value, and group title, for concept pages (which have no AWS category). */
export const CONCEPTS_FILTER = 'Cloud concepts';

/** Without a configured `site` (SITE_URL), absolute links point at the local preview server, where they can be tried. */
export const LOCAL_PREVIEW = new URL('http://localhost:4321/');

/** The public address for links that must be absolute (feed items, flashcard exports). */
export const siteUrl = (site: URL | undefined) => site ?? LOCAL_PREVIEW;

/** One step of a page's breadcrumb trail, after "Home". */
export interface Crumb {
  label: string;
  href: string;
}

/** The page background in each theme (Tailwind's white and slate-950, as in styles/global.css), for browser chrome and the installed app. */
export const THEME_COLORS = { light: '#ffffff', dark: '#020618' } as const;

/** Where the reader's light/dark choice is kept (localStorage): read before first paint, written by the toggle. */
export const THEME_STORAGE_KEY = 'theme';
