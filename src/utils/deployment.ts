/**
 * Where the built site will be published, read from the environment so a deployer never edits code
 * (README, "Deploying"). `astro.config.mjs` turns it into Astro's `site` and `base`; everything else
 * reads Astro's resolved `base`, so `astro build --base` works as well. The addresses made absolute
 * from them (canonical URL, `og:url`, robots.txt's sitemap line) are made here, where unit tests reach them.
 */
export interface Deployment {
  /** The public address, e.g. `https://guide.example.org/`: absolute links, canonical URLs, sitemap. */
  site: string | undefined;
  /** The path the site lives under, with both slashes: `/` at a domain's root, `/guide/` under a sub-path. */
  base: string;
}

/** `guide`, `/guide`, `guide/` all mean `/guide/`. */
export const normaliseBase = (path: string) => `/${path.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');

/**
 * `SITE_URL` is the public address; `BASE_PATH` the sub-path, which defaults to the address's own
 * path, so `SITE_URL=https://me.github.io/aws-guide/` alone is enough for a GitHub Pages project site.
 */
export function deploymentFrom(env: Record<string, string | undefined>): Deployment {
  // An empty SITE_URL (as the fixture build sets) means none.
  const site = env['SITE_URL'] === '' ? undefined : env['SITE_URL'];
  if (site !== undefined && !URL.canParse(site)) throw new Error(`SITE_URL must be an absolute URL such as https://guide.example.org/, not "${site}".`);
  const base = normaliseBase(env['BASE_PATH'] ?? (site ? new URL(site).pathname : '/'));
  return { site, base };
}

export const deployment: Deployment = deploymentFrom(process.env);

/**
 * A page's public address, for `<link rel="canonical">` and `og:url`: its path, which already carries the
 * sub-path, on the public address; none without SITE_URL (a link to the preview server would be wrong).
 */
export const canonicalUrl = (pathname: string, site: URL | undefined): string | undefined => (site ? new URL(pathname, site).href : undefined);

/**
 * `robots.txt`: every page may be crawled. With a public address, crawlers are pointed at the sitemap, which
 * @astrojs/sitemap writes at the top of the output, so it is served under the sub-path.
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(`${normaliseBase(base)}sitemap-index.xml`, site).href}`);
  return `${lines.join('\n')}\n`;
}
