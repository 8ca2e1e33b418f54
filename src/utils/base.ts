/**
 * The guide's own links are written from the site's root (`/services/lambda/`). Under a sub-path
 * (`BASE_PATH=/guide/`, see `deployment.ts`) they must carry it: every link, fetch and asset URL
 * the code makes goes through `withBase`. Page identities (progress ids, deck topics) stay
 * root-relative, so progress survives a move of the site.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/services/lambda/` → `/guide/services/lambda/` under `/guide/`; unchanged at the root. */
export const withBase = (path: string) => (path.startsWith('/') && !path.startsWith('//') ? `${BASE}${path}` : path);

/** The reverse, for a page's own address: `/guide/services/lambda/` → `/services/lambda/`, its identity. */
export const withoutBase = (path: string) => (BASE && path.startsWith(`${BASE}/`) ? path.slice(BASE.length) : path);
